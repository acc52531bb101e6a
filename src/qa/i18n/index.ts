/**
 * The question layer's texts per language. A language is one file here (nb.ts sets the entries
 * every language provides); a new entry in LANGS does not compile until it is listed below, and a
 * file that lacks an entry is a compile error naming it.
 */
import type { Lang } from "../../domain/language.js";
import { en } from "./en.js";
import { nb, type QaTexts } from "./nb.js";
import { nn } from "./nn.js";

const CATALOGUES: Readonly<Record<Lang, QaTexts>> = { nb, en, nn };

/** The texts of one language. */
export function qaTexts(lang: Lang): QaTexts {
  return CATALOGUES[lang];
}
