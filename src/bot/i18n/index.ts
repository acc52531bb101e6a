/**
 * The bot's texts per language, like the tab's catalogue: a language is one file here (nb.ts
 * sets the entries every language provides). A new entry in LANGS does not compile until it is
 * listed below, and a file that lacks an entry is a compile error naming it.
 */
import { LANGS, type Lang } from "../../domain/language.js";
import { en } from "./en.js";
import { nb, type BotTexts } from "./nb.js";
import { nn } from "./nn.js";

const CATALOGUES: Readonly<Record<Lang, BotTexts>> = { nb, en, nn };

/** The texts of one language. */
export function botTexts(lang: Lang): BotTexts {
  return CATALOGUES[lang];
}

/** Every language with its texts, in LANGS order (for reading commands typed in any of them). */
export function allBotTexts(): readonly { lang: Lang; texts: BotTexts }[] {
  return LANGS.map((lang) => ({ lang, texts: CATALOGUES[lang] }));
}
