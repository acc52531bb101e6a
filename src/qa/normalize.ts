/**
 * Text normalisation shared by question parsing and name matching. Both sides of every
 * comparison go through `fold`, so "Søråas", "Søraas", "Soraas" and "soeraas" all become "soras".
 */

/** Removes Teams @mention markup (`<at>Alrek</at>`), other tags and leading "@name" words. */
export function stripMentions(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/(^|\s)@\S+/g, " ")
    .replace(/&nbsp;/gi, " ");
}

/**
 * Lower-cases and folds Norwegian letters to one skeleton: æ/ae → a, ø/oe → o, å/aa → a,
 * and other accents dropped. Typed substitutes and the real letters thus meet.
 */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/aa/g, "a")
    .replace(/ae/g, "a")
    .replace(/oe/g, "o");
}

/** Folded words: punctuation and hyphens become spaces, so "e-helse" gives "e", "helse". */
export function tokenize(text: string): string[] {
  return fold(stripMentions(text))
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter((t) => t.length > 0);
}

/** Tokens joined with single spaces: a canonical form for comparing whole phrases. */
export function normalize(text: string): string {
  return tokenize(text).join(" ");
}
