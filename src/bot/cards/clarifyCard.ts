import type { AnswerOf } from "../../qa/answerTypes.js";
import { botTexts } from "../i18n/index.js";
import { adaptiveCard, buttonRows, questionButton, textBlock, type CardElement } from "./common.js";
import { forwardActions } from "./forwardable.js";

/** "Which one do you mean?" with one button per candidate; a click sends that candidate's question. */
export function clarifyCard(answer: AnswerOf<"ambiguous">): CardElement {
  const tx = botTexts(answer.lang).clarify;
  return adaptiveCard([textBlock(tx.whichOne, { weight: "Bolder", size: "Medium" }), ...buttonRows(answer.candidates)]);
}

/** Nothing matched: echoes the (escaped, shortened) question and offers the nearest groups and help. */
export function notFoundCard(answer: AnswerOf<"unknown">): CardElement {
  const { suggestions } = answer;
  const tx = botTexts(answer.lang).clarify;
  // A named person or group that is not in the documents says so in its own words; otherwise the query is echoed.
  const body: CardElement[] = answer.lead
    ? [textBlock(answer.lead, { weight: "Bolder" })]
    : [textBlock(tx.notFound, { weight: "Bolder" }), textBlock(answer.query.trim() || "…", { isSubtle: true })];
  if (suggestions.length > 0) {
    body.push(textBlock(tx.didYouMean));
    body.push(...buttonRows(suggestions));
  }
  return adaptiveCard(body, [
    ...forwardActions(answer),
    questionButton({ label: tx.showExamples, question: tx.helpQuestion }),
  ]);
}

/** A message too long to be a question: says so, with the limit, and offers the examples. */
export function tooLongCard(answer: AnswerOf<"tooLong">): CardElement {
  const tx = botTexts(answer.lang).clarify;
  return adaptiveCard(
    [textBlock(tx.tooLong, { weight: "Bolder" }), textBlock(answer.text, { isSubtle: true })],
    [questionButton({ label: tx.showExamples, question: tx.helpQuestion })],
  );
}
