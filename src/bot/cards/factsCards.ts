import type { AnswerOf } from "../../qa/answerTypes.js";
import { botTexts } from "../i18n/index.js";
import { adaptiveCard, factSet, heading, textBlock, type CardElement } from "./common.js";

/** Document text (Norwegian) under a label that says where it is from, in the answer's language. */
function quoted(text: string, label: string): CardElement[] {
  return [
    textBlock(label, { isSubtle: true, size: "Small", spacing: "Medium" }),
    textBlock(text, { spacing: "Small" }),
  ];
}

/** The internal Alrek coordinator, with a mailto button. */
export function coordinatorCard(answer: AnswerOf<"coordinator">): CardElement {
  const { person } = answer;
  const tx = botTexts(answer.lang);
  const body: CardElement[] = [
    textBlock(tx.facts.coordinator, { isSubtle: true }),
    heading(person.name),
    factSet([
      ...(person.unit ? [{ title: tx.facts.unit, value: person.unit }] : []),
      { title: tx.facts.email, value: answer.email },
    ]),
    ...quoted(answer.description, tx.facts.fromDocuments),
  ];
  return adaptiveCard(body, [{ type: "Action.OpenUrl", title: tx.groups.sendEmail, url: `mailto:${answer.email}` }]);
}

/** The partners of the cluster. */
export function partnersCard(answer: AnswerOf<"partners">): CardElement {
  return adaptiveCard([
    heading(botTexts(answer.lang).facts.partnersOf(answer.clusterName)),
    ...answer.partners.map((p) => textBlock(p.shortName ? `${p.name} (${p.shortName})` : p.name, { spacing: "Small" })),
  ]);
}

/** Address, BEHO's office and meeting room. */
export function locationCard(answer: AnswerOf<"location">): CardElement {
  const tx = botTexts(answer.lang).facts;
  return adaptiveCard([
    heading(answer.clusterName),
    factSet([
      { title: tx.address, value: `${answer.address}, ${answer.city}` },
      { title: tx.offices, value: answer.behoOffice },
      { title: tx.meetingRoom, value: answer.meetingRoom.name },
    ]),
    ...quoted(answer.meetingRoom.description, tx.fromDocuments),
  ]);
}

/** What the cluster is; shows the part asked for, or all of it. */
export function aboutCard(answer: AnswerOf<"about">): CardElement {
  const { topic } = answer;
  const tx = botTexts(answer.lang).facts;
  if (topic === "documented" || topic === "unnamedRole") {
    // One heading naming what was asked; the answer's own sentence, then the documents' words as quotes.
    const statements = topic === "documented" ? (answer.statements ?? []) : [];
    const body: CardElement[] = [heading(statements.length === 1 ? statements[0].title : answer.clusterName)];
    if (statements.length === 0) body.push(textBlock(answer.text, { weight: "Bolder" }));
    for (const st of statements) {
      if (statements.length > 1) body.push(textBlock(st.title, { weight: "Bolder", spacing: "Medium" }));
      if (st.lead) body.push(textBlock(st.lead, { spacing: "Small" }));
      body.push({
        type: "Container",
        style: "emphasis",
        spacing: "Small",
        items: st.quotes.map((q) => textBlock(`«${q}»`, { spacing: "Small" })),
      });
      body.push(factSet([{ title: tx.source, value: st.source }]));
    }
    return adaptiveCard(body);
  }
  const body: CardElement[] = [heading(answer.clusterName)];
  if (topic === "general" || topic === "established") {
    body.push(textBlock(tx.established(answer.established, answer.partnerCount)));
  }
  if (topic === "general" || topic === "focusAreas") {
    body.push(textBlock(tx.focusAreas, { weight: "Bolder", spacing: "Medium" }));
    body.push(...answer.focusAreas.map((a) => textBlock(a, { spacing: "Small" })));
  }
  if (topic === "general" || topic === "vision") {
    body.push(textBlock(tx.vision, { weight: "Bolder", spacing: "Medium" }));
    body.push(textBlock(answer.vision, { isSubtle: true }));
  }
  return adaptiveCard(body);
}

/** BEHO's internal forum: when it was set up, who leads it, who is in it. */
export function forumCard(answer: AnswerOf<"forum">): CardElement {
  const tx = botTexts(answer.lang).facts;
  const body: CardElement[] = [
    heading(answer.name),
    textBlock(tx.forumEstablished(answer.established), { isSubtle: true }),
    ...quoted(answer.description, tx.fromDocuments),
  ];
  if (answer.leader) body.push(factSet([{ title: tx.leader, value: answer.leader.name }]));
  body.push(textBlock(tx.members, { weight: "Bolder", spacing: "Medium" }));
  body.push(factSet(answer.members.map((m) => ({ title: m.name, value: m.detail ?? "" }))));
  return adaptiveCard(body);
}
