/** Forgiving "search as you type" for the representation view. */
import { fold as foldLetters } from "../contract/fold.js";

/**
 * Folds text for comparison with the service's one rule (æ/ae → a, ø/oe → o, å/aa → a, accents
 * dropped), then collapses whitespace: "soraas", "Søraas" and "Søråas" all compare equal and
 * "husradet" finds "Husrådet".
 */
export function fold(text: string): string {
  return foldLetters(text).replace(/\s+/g, " ").trim();
}

/**
 * How well `query` matches any of `texts`: 0 = no match, 1 = every query word is a substring,
 * 2 = every query word starts a word (better). An empty query matches everything with 1.
 */
export function matchScore(query: string, texts: readonly (string | undefined)[]): number {
  const words = fold(query).split(" ").filter(Boolean);
  if (words.length === 0) return 1;
  const haystack = texts
    .filter((t): t is string => Boolean(t))
    .map(fold)
    .join(" | ");
  if (!words.every((w) => haystack.includes(w))) return 0;
  const starts = words.every((w) => haystack.startsWith(w) || new RegExp(`[^a-z0-9]${escapeRegExp(w)}`).test(haystack));
  return starts ? 2 : 1;
}

/** True when every word of `query` occurs (folded) in one of `texts`. */
export function matches(query: string, texts: readonly (string | undefined)[]): boolean {
  return matchScore(query, texts) > 0;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
