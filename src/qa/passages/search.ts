/**
 * Full-text search over the documents' passages (and the statements editors store), for the
 * questions no structured answer fits. MiniSearch ranks with BM25; every term, indexed or asked,
 * goes through the Snowball Norwegian stemmer and the Norwegian fold ("søknadene" and "soknader"
 * meet), and stop words never count. The index holds sentences, so the answer quotes the sentence
 * that matched, as written, with its paragraph's document and heading.
 */
import MiniSearch from "minisearch";
import { stemmer } from "@orama/stemmers/norwegian";
import type { DocumentPassage } from "../../domain/documents.js";
import { fold } from "../../domain/fold.js";
import { stripMentions } from "../normalize.js";
import { STOP_WORDS } from "./stopWords.js";

/** One indexed sentence and where it stands. */
interface Sentence {
  id: string;
  passageId: string;
  /** Position of the sentence in its passage. */
  index: number;
  text: string;
  document: string;
  section: string;
}

/** A sentence found, with the score and how much of the question it covers. */
export interface PassageHit {
  id: string;
  passageId: string;
  text: string;
  document: string;
  section: string;
  score: number;
  /** The question's terms (processed) its paragraph contains. */
  matched: string[];
}

/** The index over a set of passages; built once per set (see passageIndex). */
export interface PassageIndex {
  search(question: string): PassageHit[];
  /** Sentences by id, for composing an answer from a cached parse. */
  get(id: string): PassageHit | undefined;
}

/** At most this many of a question's words are looked up: a long message costs no more than a question. */
const MAX_QUERY_TERMS = 24;
/**
 * A hit's paragraph must hold this share of the question's words (after stop words, each word
 * weighted by how rare it is in the documents, so a word they never use weighs most) …
 */
const MIN_COVERAGE = 0.6;
/** … and its sentence score at least this; single-word questions must name something rare. */
const MIN_SCORE = 4;
const RARE = 2;
/** A question's word counts as in a paragraph when a word there is it or starts with it (compounds). */
const PREFIX_LENGTH = 5;

/** A word as indexed and asked: lower case, no stop word, stemmed, folded; null drops it. */
export function processTerm(term: string): string | null {
  const lower = term.toLowerCase();
  if (lower.length < 2 || STOP_WORDS.has(fold(lower))) return null;
  return fold(stemmer(lower));
}

/** Sentences of a passage: split after . ! ? before a capital, a digit or a quote mark. */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-ZÆØÅ«"\d])/u).filter((s) => s.trim().length > 0);
}

function build(passages: readonly DocumentPassage[]): PassageIndex {
  const sentences: Sentence[] = passages.flatMap((p) =>
    sentencesOf(p.text).map((text, index) => ({
      id: `${p.id}#${index}`,
      passageId: p.id,
      index,
      text,
      document: p.document,
      section: p.section,
    })),
  );
  const byId = new Map(sentences.map((s) => [s.id, s]));
  const termsOf = (text: string) =>
    new Set((text.match(/[\p{L}\p{N}]+/gu) ?? []).map(processTerm).filter((t): t is string => t !== null));
  // Each paragraph's words, and in how many sentences each word occurs (its rarity).
  const passageTerms = new Map(passages.map((p) => [p.id, [...termsOf(p.text)]]));
  const sentenceCount = new Map<string, number>();
  for (const s of sentences) for (const t of termsOf(s.text)) sentenceCount.set(t, (sentenceCount.get(t) ?? 0) + 1);
  const weight = (term: string) => Math.log((sentences.length + 1) / ((sentenceCount.get(term) ?? 0) + 0.5));
  const search = new MiniSearch<Sentence>({
    fields: ["text", "section"],
    storeFields: [],
    processTerm,
    searchOptions: { boost: { text: 2, section: 1 } },
  });
  search.addAll(sentences);
  const hit = (s: Sentence, score: number, matched: string[]): PassageHit => ({
    id: s.id,
    passageId: s.passageId,
    text: s.text,
    document: s.document,
    section: s.section,
    score,
    matched,
  });
  return {
    get: (id) => {
      const s = byId.get(id);
      return s ? hit(s, 0, []) : undefined;
    },
    search(question) {
      const words = stripMentions(question).match(/[\p{L}\p{N}]+/gu) ?? [];
      const terms = [...new Set(words.map(processTerm).filter((t): t is string => t !== null))].slice(
        0,
        MAX_QUERY_TERMS,
      );
      if (terms.length === 0) return [];
      const results = search.search(terms.join(" "), {
        processTerm: (t) => t,
        prefix: (t) => t.length >= PREFIX_LENGTH,
        fuzzy: (t) => (t.length >= 7 ? 0.15 : false),
        combineWith: "OR",
      });
      const total = terms.reduce((sum, t) => sum + weight(t), 0);
      const out: PassageHit[] = [];
      for (const r of results.slice(0, 5)) {
        const s = byId.get(String(r.id));
        if (!s || r.score < MIN_SCORE) continue;
        // The paragraph answers; its best sentence is quoted. Its words must cover the question's.
        const inPassage = passageTerms.get(s.passageId) ?? [];
        const matched = terms.filter(
          (t) =>
            r.queryTerms.includes(t) ||
            inPassage.some((w) => w === t || (t.length >= PREFIX_LENGTH && w.startsWith(t))),
        );
        const coverage = matched.reduce((sum, t) => sum + weight(t), 0) / total;
        if (coverage < MIN_COVERAGE) continue;
        // One word asked: it must be rare in the documents' text, or it finds whatever mentions it in passing.
        if (terms.length === 1 && search.search(terms[0], { processTerm: (t) => t, fields: ["text"] }).length > RARE)
          continue;
        out.push(hit(s, r.score, matched));
      }
      return out;
    },
  };
}

const cache = new WeakMap<readonly DocumentPassage[], PassageIndex>();

/** The index over `passages`, built on first use and kept while the same array is used. */
export function passageIndex(passages: readonly DocumentPassage[]): PassageIndex {
  let index = cache.get(passages);
  if (!index) cache.set(passages, (index = build(passages)));
  return index;
}
