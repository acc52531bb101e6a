import type { AnswerOf } from "../../qa/answerTypes.js";
import { botTexts } from "../i18n/index.js";
import { adaptiveCard, factSet, heading, textBlock, type CardElement } from "./common.js";

/** The groups one person sits in, with the seat's unit or role. */
export function personCard(answer: AnswerOf<"personGroups">): CardElement {
  const { person, seats } = answer;
  const tx = botTexts(answer.lang).groups;
  const body: CardElement[] = [heading(person.name)];
  const about = [person.title, person.unit].filter((s): s is string => Boolean(s)).join(", ");
  if (about) body.push(textBlock(about, { isSubtle: true }));
  if (seats.length === 0) {
    body.push(textBlock(tx.noSeat));
  } else {
    body.push(textBlock(tx.groupsHeading, { weight: "Bolder", spacing: "Medium" }));
    body.push(factSet(seats.map((s) => ({ title: s.group.label, value: s.detail ?? "" }))));
  }
  if (answer.note) body.push(textBlock(answer.note, { spacing: "Medium" }));
  const actions: CardElement[] = person.email
    ? [{ type: "Action.OpenUrl", title: tx.sendEmail, url: `mailto:${person.email}` }]
    : [];
  return adaptiveCard(body, actions);
}
