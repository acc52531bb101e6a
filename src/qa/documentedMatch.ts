/** Finding the documented statements and roles a question asks about (ClusterFacts.documented, unnamedRoles, titles). */
import type { Directory, DocumentedFact, UnnamedRole } from "../domain/directory.js";
import { tokenize } from "./normalize.js";

/** The statements every one of whose key words (and a cue word, where needed) are in the question, most specific first. */
export function matchDocumented(tokens: string[], directory: Directory): DocumentedFact[] {
  const words = new Set(tokens);
  const scored: { f: DocumentedFact; size: number }[] = [];
  for (const f of directory.facts.documented ?? []) {
    if (f.cue && !f.cue.some((c) => words.has(c))) continue;
    const size = Math.max(0, ...f.keys.filter((k) => k.every((w) => words.has(w))).map((k) => k.length));
    if (size > 0) scored.push({ f, size });
  }
  const best = Math.max(0, ...scored.map((s) => s.size));
  return scored.filter((s) => s.size === best).map((s) => s.f);
}

/** A role the documents mention without naming anyone, when the question names it. */
export function matchUnnamedRole(tokens: string[], directory: Directory): UnnamedRole | undefined {
  return (directory.facts.unnamedRoles ?? []).find((r) => r.keys.some((k) => tokens.includes(k)));
}

// Title words that say nothing alone ("i", "for", a unit's words are used only to narrow).
const TITLE_STOP = new Set(["i", "for", "og", "av", "pa", "til", "intern", "alrek", "koordinator"]);

/**
 * People asked for by title ("kommunaldirektør", "fagleder i Kunnskapskommunen"): the first word
 * of a person's title or a seat's role must be in the question; unit words narrow several down.
 */
export function matchTitle(tokens: string[], directory: Directory): { ids: string[]; role: string } | undefined {
  const words = new Set(tokens);
  const hits = new Map<string, { role: string; score: number }>();
  const consider = (personId: string, title: string | undefined, unit: string | undefined) => {
    if (!title) return;
    const t = tokenize(title).filter((w) => !TITLE_STOP.has(w));
    if (t.length === 0 || !words.has(t[0])) return;
    const extra = tokenize(`${title} ${unit ?? ""}`).filter(
      (w) => !TITLE_STOP.has(w) && w !== t[0] && words.has(w),
    ).length;
    const prev = hits.get(personId);
    if (!prev || extra > prev.score) hits.set(personId, { role: title, score: extra });
  };
  for (const p of directory.people) consider(p.id, p.title, p.unit);
  for (const g of directory.groups) for (const m of g.members) consider(m.personId, m.role, m.unit);
  if (hits.size === 0) return undefined;
  const top = Math.max(...[...hits.values()].map((h) => h.score));
  const ids = [...hits].filter(([, h]) => h.score === top).map(([id]) => id);
  return { ids, role: hits.get(ids[0])!.role };
}
