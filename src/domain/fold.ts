/**
 * The one Norwegian folding rule, for every comparison of typed text with stored names: the bot's
 * question matching, the tab's search and the ids made from titles. People type "ae", "oe" and
 * "aa" for æ, ø and å (or leave the letters out), so both sides are folded to one skeleton.
 */

/**
 * Lower-cases and folds Norwegian letters to one skeleton: æ/ae → a, ø/oe → o, å/aa → a, other
 * accents dropped. "Søråas", "Søraas", "Soraas" and "soeraas" all become "soras"; "Bærum" and
 * "Baerum" both become "barum". Whitespace and punctuation are left as they are.
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
