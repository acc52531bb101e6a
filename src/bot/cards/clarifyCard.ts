import type { AnswerOf } from "../../qa/answerTypes.js";
import { adaptiveCard, buttonRows, questionButton, t, textBlock, type CardElement } from "./common.js";

/** "Which one do you mean?" with one button per candidate; a click sends that candidate's question. */
export function clarifyCard(answer: AnswerOf<"ambiguous">): CardElement {
  const { lang, candidates } = answer;
  return adaptiveCard([
    textBlock(t(lang, "Hvilken mener du?", "Which one do you mean?"), { weight: "Bolder", size: "Medium" }),
    ...buttonRows(candidates),
  ]);
}

/** Nothing matched: echoes the (escaped, shortened) question and offers the nearest groups and help. */
export function notFoundCard(answer: AnswerOf<"unknown">): CardElement {
  const { lang, suggestions } = answer;
  const body: CardElement[] = [
    textBlock(t(lang, "Jeg fant ingen gruppe eller person som passer til:", "I found no group or person matching:"), { weight: "Bolder" }),
    textBlock(answer.query.trim() || "…", { isSubtle: true }),
  ];
  if (suggestions.length > 0) {
    body.push(textBlock(t(lang, "Mente du:", "Did you mean:")));
    body.push(...buttonRows(suggestions));
  }
  const help = t(lang, "hjelp", "help");
  return adaptiveCard(body, [questionButton({ label: t(lang, "Vis eksempler", "Show examples"), question: help })]);
}

/** A message too long to be a question: says so, with the limit, and offers the examples. */
export function tooLongCard(answer: AnswerOf<"tooLong">): CardElement {
  const { lang } = answer;
  return adaptiveCard(
    [
      textBlock(t(lang, "Meldingen er for lang", "The message is too long"), { weight: "Bolder" }),
      textBlock(answer.text, { isSubtle: true }),
    ],
    [questionButton({ label: t(lang, "Vis eksempler", "Show examples"), question: t(lang, "hjelp", "help") })],
  );
}
