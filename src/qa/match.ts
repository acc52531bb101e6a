import type { Directory, Group, Person } from "../domain/directory.js";
import { editDistance, similarity } from "./fuzzy.js";
import { bagDistance, letterCounts, SpanIndex } from "./spanIndex.js";
import { tokenize } from "./normalize.js";

/** A scored candidate: `similarity` in (0, 1], `specificity` higher for fuller names. */
export interface Scored {
  id: string;
  similarity: number;
  specificity: number;
}

/** Result of resolving one kind of entity in a question. */
export type Resolution = { kind: "none" } | { kind: "one"; id: string } | { kind: "ambiguous"; ids: string[] };

/** Candidates within this much similarity of the best are "about equally likely". */
const AMBIGUITY_MARGIN = 0.05;
const MAX_WINDOW = 5;
/**
 * "Did you mean" compares without a tolerance, so it costs the square of each name per span;
 * it looks at the start of the question only (a typo'd name in a short question is all it is for).
 */
const MAX_SUGGESTION_TOKENS = 12;

// Connector words dropped from aliases and questions alike, so "barn og unge" is "barn unge" on both sides.
const CONNECTORS = new Set(["for", "og", "i", "the", "of", "and", "til", "av", "pa"]);

/** Tokens without connector words: the part of a phrase that names something. */
export function contentTokens(tokens: string[]): string[] {
  return tokens.filter((t) => !CONNECTORS.has(t));
}

function key(phrase: string): string {
  return contentTokens(tokenize(phrase)).join("");
}

/** Every contiguous run of up to MAX_WINDOW tokens, joined without spaces. */
function windows(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let w = 1; w <= MAX_WINDOW && i + w <= tokens.length; w++) out.push(tokens.slice(i, i + w).join(""));
  }
  return out;
}

/** All names of a group as match keys: the document name, the English name, the aliases. */
export function groupKeys(group: Group): string[] {
  return memo(groupKeyCache, group, () => [
    ...new Set([group.name, group.nameEn, ...group.aliases].map(key).filter((k) => k.length > 0)),
  ]);
}

// Keys depend only on the (immutable) entity, and the same directory object serves many questions.
const groupKeyCache = new WeakMap<Group, string[]>();
const fullKeyCache = new WeakMap<Person, string[]>();
const namePartCache = new WeakMap<Person, string[]>();

function memo<K extends object | string, V>(
  cache: { get(k: K): V | undefined; set(k: K, v: V): unknown },
  k: K,
  make: () => V,
): V {
  let v = cache.get(k);
  if (v === undefined) cache.set(k, (v = make()));
  return v;
}

/** Scores every group whose name or alias occurs in the tokens, allowing a few wrong letters. */
export function scoreGroups(tokens: string[], directory: Directory): Scored[] {
  const spans = new SpanIndex(windows(contentTokens(tokens)));
  const out: Scored[] = [];
  for (const g of directory.groups) {
    let best: Scored | undefined;
    for (const k of groupKeys(g)) {
      const sim = spans.bestSimilarity(k, false, true);
      if (sim > 0 && (!best || sim > best.similarity || (sim === best.similarity && k.length > best.specificity))) {
        best = { id: g.id, similarity: sim, specificity: k.length };
      }
    }
    if (best) out.push(best);
  }
  return out;
}

/** Person keys: full names and first + last, joined without spaces ("annemaritamilde", "annemilde"). */
function fullKeys(p: Person): string[] {
  return memo(fullKeyCache, p, () => computeFullKeys(p));
}

function computeFullKeys(p: Person): string[] {
  const out: string[] = [];
  for (const name of [p.name, ...p.altNames]) {
    const t = tokenize(name);
    out.push(t.join(""));
    if (t.length > 2) out.push(t[0] + t[t.length - 1]);
  }
  return [...new Set(out)];
}

/** Single name parts (first, middle, last) long enough to stand alone. */
function nameParts(p: Person): string[] {
  return memo(namePartCache, p, () => [
    ...new Set([p.name, ...p.altNames].flatMap((n) => tokenize(n)).filter((t) => t.length >= 3)),
  ]);
}

// A full-name match outranks any number of single name parts.
const FULL_NAME_SPECIFICITY = 100;

/**
 * Scores every person named in the tokens. A full name may have a wrong letter or two; single
 * name parts are matched strictly, and more matched parts ("Anne Karine") rank higher.
 */
export function scorePeople(tokens: string[], directory: Directory): Scored[] {
  const content = contentTokens(tokens);
  const spans = new SpanIndex(windows(content));
  const out: Scored[] = [];
  for (const p of directory.people) {
    let full = 0;
    for (const k of fullKeys(p)) full = Math.max(full, spans.bestSimilarity(k));
    if (full > 0) {
      out.push({ id: p.id, similarity: full, specificity: FULL_NAME_SPECIFICITY });
      continue;
    }
    const parts = nameParts(p);
    const hits = content.map((tok) => Math.max(0, ...parts.map((k) => similarity(tok, k, true)))).filter((x) => x > 0);
    if (hits.length > 0) {
      out.push({ id: p.id, similarity: Math.min(...hits), specificity: hits.length });
    }
  }
  return out;
}

/** The single best candidate, or all that are about as good as the best, or none. */
export function resolve(scored: Scored[], bySpecificity: boolean): Resolution {
  if (scored.length === 0) return { kind: "none" };
  const sorted = [...scored].sort((a, b) =>
    bySpecificity
      ? b.specificity - a.specificity || b.similarity - a.similarity
      : b.similarity - a.similarity || b.specificity - a.specificity,
  );
  const top = sorted[0];
  const close = sorted.filter(
    (s) => s.similarity >= top.similarity - AMBIGUITY_MARGIN && (!bySpecificity || s.specificity === top.specificity),
  );
  return close.length === 1 ? { kind: "one", id: top.id } : { kind: "ambiguous", ids: close.map((s) => s.id) };
}

/** Resolves a group in the question's tokens. */
export function resolveGroup(tokens: string[], directory: Directory): Resolution {
  return resolve(scoreGroups(tokens, directory), false);
}

/** Resolves a person in the question's tokens. */
export function resolvePerson(tokens: string[], directory: Directory): Resolution {
  return resolve(scorePeople(tokens, directory), true);
}

/**
 * Groups nearest to what was typed, for "did you mean" buttons when nothing matched. Uses the
 * plain edit distance without a threshold, and keeps only groups reasonably close.
 */
export function nearestGroups(tokens: string[], directory: Directory, limit = 3): string[] {
  const spans = new SpanIndex(
    windows(contentTokens(tokens).slice(0, MAX_SUGGESTION_TOKENS)).filter((s) => s.length >= 4),
  );
  const counts = new Map<string, Int16Array>();
  const countsOf = (s: string) => memo(counts, s, () => letterCounts(s));
  const ranked = directory.groups.map((g) => {
    let best = 0;
    for (const k of groupKeys(g)) {
      const keyCounts = countsOf(k);
      // A closeness of 0.5 needs a distance of at most half the longer string, so lengths
      // between half and twice the key's; once a span is found, only a closer one matters.
      const cutoffFor = (length: number) => {
        const longer = Math.max(k.length, length);
        return Math.min(Math.floor(longer / 2), Math.ceil((1 - best) * longer) - 1);
      };
      for (const s of spans.candidates(k, Math.ceil(k.length / 2), k.length * 2, cutoffFor)) {
        const cutoff = cutoffFor(s.length);
        if (bagDistance(countsOf(s), keyCounts) > cutoff) continue;
        const d = editDistance(s, k, cutoff);
        if (d <= cutoff) best = Math.max(best, 1 - d / Math.max(k.length, s.length));
      }
    }
    return { id: g.id, best };
  });
  return ranked
    .filter((r) => r.best >= 0.5)
    .sort((a, b) => b.best - a.best)
    .slice(0, limit)
    .map((r) => r.id);
}
