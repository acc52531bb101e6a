import type { AnswerOf } from "../../qa/answerTypes.js";
import { botTexts } from "../i18n/index.js";
import { adaptiveCard, buttonRows, factSet, heading, textBlock, type CardElement } from "./common.js";

/** What the bot can answer: example questions by topic and the commands, all as buttons. */
export function helpCard(answer: AnswerOf<"help">): CardElement {
  const tx = botTexts(answer.lang).help;
  const body: CardElement[] = [heading(tx.heading), textBlock(tx.intro)];
  const sections = answer.sections.length > 0 ? answer.sections : [{ title: tx.examples, examples: answer.examples }];
  for (const s of sections) {
    body.push(textBlock(s.title, { weight: "Bolder", spacing: "Medium" }));
    body.push(...buttonRows(s.examples));
  }
  if (answer.commands.length > 0) {
    body.push(textBlock(tx.commands, { weight: "Bolder", spacing: "Medium" }));
    body.push(factSet(answer.commands.map((c) => ({ title: c.label, value: c.description }))));
    body.push(...buttonRows(answer.commands));
  }
  return adaptiveCard(body);
}

/** All groups, each a button asking who sits in it. */
export function listGroupsCard(answer: AnswerOf<"listGroups">): CardElement {
  const tx = botTexts(answer.lang).help;
  return adaptiveCard([
    heading(tx.groupsHeading),
    textBlock(tx.pickGroup, { isSubtle: true }),
    ...buttonRows(answer.groups),
  ]);
}
