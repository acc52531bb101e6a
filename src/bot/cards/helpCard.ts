import type { AnswerOf } from "../../qa/answerTypes.js";
import { adaptiveCard, buttonRows, heading, t, textBlock, type CardElement } from "./common.js";

/** What the bot can answer, with example questions as buttons. */
export function helpCard(answer: AnswerOf<"help">): CardElement {
  const { lang } = answer;
  return adaptiveCard([
    heading(t(lang, "Hva kan jeg spørre om?", "What can I ask?")),
    textBlock(t(
      lang,
      "Spør om hvem som representerer BEHO i gruppene i Alrek helseklynge, hvilke grupper en person sitter i, mandater, koordinator, partnere og adresse.",
      "Ask who represents BEHO in the groups of Alrek helseklynge, which groups a person is in, mandates, the coordinator, partners and the address.",
    )),
    textBlock(t(lang, "Eksempler", "Examples"), { weight: "Bolder", spacing: "Medium" }),
    ...buttonRows(answer.examples),
  ]);
}

/** All groups, each a button asking who sits in it. */
export function listGroupsCard(answer: AnswerOf<"listGroups">): CardElement {
  const { lang } = answer;
  return adaptiveCard([
    heading(t(lang, "Grupper i Alrek helseklynge", "Groups in Alrek helseklynge")),
    textBlock(t(lang, "Velg en gruppe for å se hvem som sitter der for BEHO.", "Pick a group to see who sits there for BEHO."), { isSubtle: true }),
    ...buttonRows(answer.groups),
  ]);
}
