import type { AnswerOf } from "../../qa/answerTypes.js";
import { adaptiveCard, factSet, heading, t, textBlock, type CardElement } from "./common.js";

/** The internal Alrek coordinator, with a mailto button. */
export function coordinatorCard(answer: AnswerOf<"coordinator">): CardElement {
  const { lang, person } = answer;
  const body: CardElement[] = [
    textBlock(t(lang, "Intern Alrek-koordinator", "Internal Alrek coordinator"), { isSubtle: true }),
    heading(person.name),
    factSet([
      ...(person.unit ? [{ title: t(lang, "Enhet", "Unit"), value: person.unit }] : []),
      { title: t(lang, "E-post", "E-mail"), value: answer.email },
    ]),
    textBlock(answer.description, { spacing: "Medium" }),
  ];
  return adaptiveCard(body, [
    { type: "Action.OpenUrl", title: t(lang, "Send e-post", "Send e-mail"), url: `mailto:${answer.email}` },
  ]);
}

/** The partners of the cluster. */
export function partnersCard(answer: AnswerOf<"partners">): CardElement {
  const { lang, partners } = answer;
  return adaptiveCard([
    heading(t(lang, `Partnerne i ${answer.clusterName}`, `Partners of ${answer.clusterName}`)),
    ...partners.map((p) => textBlock(p.shortName ? `${p.name} (${p.shortName})` : p.name, { spacing: "Small" })),
  ]);
}

/** Address, BEHO's office and meeting room. */
export function locationCard(answer: AnswerOf<"location">): CardElement {
  const { lang } = answer;
  return adaptiveCard([
    heading(answer.clusterName),
    factSet([
      { title: t(lang, "Adresse", "Address"), value: `${answer.address}, ${answer.city}` },
      { title: t(lang, "BEHO sine kontorer", "BEHO's offices"), value: answer.behoOffice },
      { title: t(lang, "Møtelokale", "Meeting room"), value: answer.meetingRoom.name },
    ]),
    textBlock(answer.meetingRoom.description, { isSubtle: true }),
  ]);
}

/** What the cluster is; shows the part asked for, or all of it. */
export function aboutCard(answer: AnswerOf<"about">): CardElement {
  const { lang, topic } = answer;
  const body: CardElement[] = [heading(answer.clusterName)];
  if (topic === "general" || topic === "established") {
    body.push(textBlock(t(
      lang,
      `Formelt etablert i ${answer.established}, som et initiativ fra Universitetet i Bergen (UiB). ${answer.partnerCount} partnere.`,
      `Formally established in ${answer.established}, on an initiative from the University of Bergen (UiB). ${answer.partnerCount} partners.`,
    )));
  }
  if (topic === "general" || topic === "focusAreas") {
    body.push(textBlock(t(lang, "Satsingsområder", "Focus areas"), { weight: "Bolder", spacing: "Medium" }));
    body.push(...answer.focusAreas.map((a) => textBlock(a, { spacing: "Small" })));
  }
  if (topic === "general" || topic === "vision") {
    body.push(textBlock(t(lang, "Visjon", "Vision (in Norwegian)"), { weight: "Bolder", spacing: "Medium" }));
    body.push(textBlock(answer.vision, { isSubtle: true }));
  }
  return adaptiveCard(body);
}

/** BEHO's internal forum: when it was set up, who leads it, who is in it. */
export function forumCard(answer: AnswerOf<"forum">): CardElement {
  const { lang } = answer;
  const body: CardElement[] = [
    heading(answer.name),
    textBlock(t(lang, `Opprettet ${answer.established}.`, `Set up in autumn 2022 (${answer.established}).`), { isSubtle: true }),
    textBlock(answer.description),
  ];
  if (answer.leader) body.push(factSet([{ title: t(lang, "Leder", "Leader"), value: answer.leader.name }]));
  body.push(textBlock(t(lang, "Medlemmer", "Members"), { weight: "Bolder", spacing: "Medium" }));
  body.push(factSet(answer.members.map((m) => ({ title: m.name, value: m.detail ?? "" }))));
  return adaptiveCard(body);
}
