import type { AnswerOf } from "../../qa/answerTypes.js";
import { adaptiveCard, factSet, heading, t, textBlock, type CardElement } from "./common.js";

/** The groups one person sits in, with the seat's unit or role. */
export function personCard(answer: AnswerOf<"personGroups">): CardElement {
  const { person, seats, lang } = answer;
  const body: CardElement[] = [heading(person.name)];
  const about = [person.title, person.unit].filter((s): s is string => Boolean(s)).join(", ");
  if (about) body.push(textBlock(about, { isSubtle: true }));
  if (seats.length === 0) {
    body.push(textBlock(t(lang, "Sitter ikke i noen av gruppene som er oppført.", "Has no seat in the groups listed.")));
  } else {
    body.push(textBlock(t(lang, "Grupper", "Groups"), { weight: "Bolder", spacing: "Medium" }));
    body.push(factSet(seats.map((s) => ({ title: s.group.label, value: s.detail ?? "" }))));
  }
  const actions: CardElement[] = person.email
    ? [{ type: "Action.OpenUrl", title: t(lang, "Send e-post", "Send e-mail"), url: `mailto:${person.email}` }]
    : [];
  return adaptiveCard(body, actions);
}
