/**
 * Text normalisation shared by question parsing and name matching. Both sides of every
 * comparison go through `fold` (domain/fold.ts), so "Søråas", "Søraas", "Soraas" and "soeraas"
 * all become "soras".
 */
import { fold } from "../domain/fold.js";

export { fold } from "../domain/fold.js";

/** Removes Teams @mention markup (`<at>Alrek</at>`), other tags and leading "@name" words. */
export function stripMentions(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/(^|\s)@\S+/g, " ")
    .replace(/&nbsp;/gi, " ");
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
