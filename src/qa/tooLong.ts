/**
 * The length cap on questions. Understanding a question compares its words with every name
 * the bot knows; past a few paragraphs that is wasted work (and was a way to stall the
 * service), so a longer message is answered with its length and the limit, without parsing.
 */
import type { AnswerOf } from "./answerTypes.js";
import type { Lang } from "../domain/language.js";
import { qaTexts } from "./i18n/index.js";
import { detectLanguage } from "./language.js";

/** The longest message still read as a question, in UTF-16 code units (as Teams counts). */
export const MAX_QUESTION_LENGTH = 2000;

/** The "too long" answer, or undefined when `text` is short enough to be a question. */
export function tooLongAnswer(text: string, locale: string | undefined): AnswerOf<"tooLong"> | undefined {
  if (text.length <= MAX_QUESTION_LENGTH) return undefined;
  // The language from the start of the message only: the rest is never looked at.
  const lang: Lang = detectLanguage(text.slice(0, MAX_QUESTION_LENGTH), locale);
  const limit = MAX_QUESTION_LENGTH;
  const textOut = qaTexts(lang).tooLong(text.length, limit);
  return { kind: "tooLong", lang, text: textOut, length: text.length, limit };
}
