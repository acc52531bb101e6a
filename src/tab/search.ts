/**
 * Forgiving "search as you type" for the representation view. Kept local to the tab (the bot's
 * normaliser lives server-side) so the bundle pulls in nothing from src/qa.
 */

/**
 * Folds text for comparison: lower case, æ→ae, ø→o, å→a, accents stripped, "aa"→"a", so
 * "soraas", "Søraas" and "Søråas" all compare equal and "husradet" finds "Husrådet".
 */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .normalize("NFD")
    // Combining marks: å becomes a + ring above here, so this also handles å→a.
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/aa/g, "a")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * How well `query` matches any of `texts`: 0 = no match, 1 = every query word is a substring,
 * 2 = every query word starts a word (better). An empty query matches everything with 1.
 */
export function matchScore(query: string, texts: readonly (string | undefined)[]): number {
  const words = fold(query).split(" ").filter(Boolean);
  if (words.length === 0) return 1;
  const haystack = texts.filter((t): t is string => Boolean(t)).map(fold).join(" | ");
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
