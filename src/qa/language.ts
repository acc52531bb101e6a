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
 * locale ("en-US" → en), then bokmål. A word spelled alike in two languages ("forum") is in neither list.
 */
export function detectLanguage(text: string, activityLocale?: string): Lang {
  const counts = new Map<Lang, number>();
  for (const t of tokenize(text)) {
    for (const { lang, words } of WORDS) if (words.has(t)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  let best: Lang | undefined;
  let bestCount = 0;
  let tie = false;
  for (const [lang, count] of counts) {
    if (count > bestCount) [best, bestCount, tie] = [lang, count, false];
    else if (count === bestCount) tie = true;
  }
  return best !== undefined && !tie ? best : langFromLocale(activityLocale);
}
