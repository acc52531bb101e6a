import { LANGS, langFromLocale, type Lang } from "../domain/language.js";
import { qaTexts } from "./i18n/index.js";
import { tokenize } from "./normalize.js";

// Each language's question words, from its catalogue (qa/i18n), as folded tokens.
const WORDS: readonly { lang: Lang; words: ReadonlySet<string> }[] = LANGS.map((lang) => ({
  lang,
  words: new Set(qaTexts(lang).questionWords),
}));

/**
 * The language of a question: the one whose question words it uses most, then the activity
 * locale, then the first of the tied languages in LANGS order.
 *
 * A word counts for every language that lists it. Bokmål and nynorsk share many words ("er",
 * "når", "tiltak"): those count for both, so they tell a Norwegian question from an English one
 * but decide nothing between the two. Only a word of one of them decides: "kven", "kva", "sit",
 * "ikkje" make a question nynorsk; "hvem", "hva", "sitter", "ikke" make it bokmål, whatever the
 * locale. A question with no deciding word follows the locale: "Når er neste
 * fredagspresentasjon?" with nn-NO is answered in nynorsk, with nb-NO in bokmål.
 */
export function detectLanguage(text: string, activityLocale?: string): Lang {
  const { tied } = countWords(text);
  const locale = langFromLocale(activityLocale);
  if (tied.length === 0) return locale;
  if (tied.length === 1) return tied[0];
  return tied.includes(locale) ? locale : tied[0];
}

/** The languages whose question words the text uses most (none when it uses none). */
function countWords(text: string): { tied: Lang[] } {
  const counts = new Map<Lang, number>();
  for (const t of tokenize(text)) {
    for (const { lang, words } of WORDS) if (words.has(t)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  const best = Math.max(0, ...counts.values());
  return { tied: best === 0 ? [] : LANGS.filter((lang) => counts.get(lang) === best) };
}

/**
 * The language the words of the text decide by themselves, or undefined when they do not (a tie,
 * or no question words): then the conversation's language, or the locale, decides ("og mandatet?").
 */
export function decidingLanguage(text: string): Lang | undefined {
  const { tied } = countWords(text);
  return tied.length === 1 ? tied[0] : undefined;
}
