import type { AnswerOf } from "../../qa/answerTypes.js";
import { adaptiveCard, buttonRows, factSet, heading, t, textBlock, type CardElement } from "./common.js";

/** What the bot can answer: example questions by topic and the commands, all as buttons. */
export function helpCard(answer: AnswerOf<"help">): CardElement {
  const { lang } = answer;
  const body: CardElement[] = [
    heading(t(lang, "Hva kan jeg spørre om?", "What can I ask?")),
    textBlock(t(
      lang,
      "Spør om hvem som representerer BEHO i gruppene i Alrek helseklynge, hvilke grupper en person sitter i, mandater, koordinator, partnere og adresse – og om arrangementer og tiltakene i handlingsplanen.",
      "Ask who represents BEHO in the groups of Alrek helseklynge, which groups a person is in, mandates, the coordinator, partners and the address – and about events and the action plan's measures.",
    )),
  ];
  const sections = answer.sections.length > 0 ? answer.sections : [{ title: t(lang, "Eksempler", "Examples"), examples: answer.examples }];
  for (const s of sections) {
    body.push(textBlock(s.title, { weight: "Bolder", spacing: "Medium" }));
    body.push(...buttonRows(s.examples));
  }
  if (answer.commands.length > 0) {
    body.push(textBlock(t(lang, "Kommandoer", "Commands"), { weight: "Bolder", spacing: "Medium" }));
    body.push(factSet(answer.commands.map((c) => ({ title: c.label, value: c.description }))));
    body.push(...buttonRows(answer.commands));
  }
  return adaptiveCard(body);
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
