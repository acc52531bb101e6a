/**
 * Several questions in one message: one card with a section per answer (each part's own card
 * body, under a separator), the parts' buttons together, and the parts left unanswered as buttons.
 */
import type { Answer, AnswerOf } from "../../qa/answerTypes.js";
import { botTexts } from "../i18n/index.js";
import { adaptiveCard, buttonRows, textBlock, type CardElement } from "./common.js";

/** Teams shows at most this many actions on a card. */
const MAX_ACTIONS = 6;

/** The card of several answers; `renderPart` is the card of one answer (bot/cards/index.ts). */
export function multiCard(answer: AnswerOf<"multi">, renderPart: (part: Answer) => CardElement): CardElement {
  const body: CardElement[] = [];
  const actions: CardElement[] = [];
  answer.parts.forEach((part, i) => {
    const card = renderPart(part);
    body.push({
      type: "Container",
      separator: i > 0,
      spacing: i > 0 ? "ExtraLarge" : "None",
      items: (card.body as CardElement[] | undefined) ?? [],
    });
    actions.push(...((card.actions as CardElement[] | undefined) ?? []));
  });
  if (answer.offered.length > 0) {
    body.push(
      textBlock(botTexts(answer.lang).answers.askedToo, { weight: "Bolder", spacing: "Large", separator: true }),
    );
    body.push(...buttonRows(answer.offered));
  }
  const seen = new Set<string>();
  const unique = actions.filter((a) => {
    const key = JSON.stringify(a);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return adaptiveCard(body, unique.slice(0, MAX_ACTIONS));
}
