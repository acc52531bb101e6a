/**
 * Cards for partners as facts, group leaders, contact details, thanks, follow-ups that need a
 * subject, what the documents do not say and quoted passages. Each has one heading naming what
 * was asked, and the answer (the message's summary) first.
 */
import { partnerLabel } from "../../qa/answerFacts.js";
import type { AnswerOf } from "../../qa/answerTypes.js";
import { botTexts } from "../i18n/index.js";
import { adaptiveCard, buttonRows, factSet, heading, questionButton, textBlock, type CardElement } from "./common.js";
import { forwardActions } from "./forwardable.js";

/** "Er X med i Alrek?": yes or no first, then the partners the document lists. */
export function partnerCheckCard(answer: AnswerOf<"partnerCheck">): CardElement {
  const tx = botTexts(answer.lang).answers;
  return adaptiveCard([
    heading(tx.partnerHeading(answer.name)),
    textBlock(answer.text, { weight: "Bolder", color: answer.partner ? "Good" : "Attention" }),
    textBlock(tx.partnersListed, { weight: "Bolder", spacing: "Medium" }),
    textBlock(answer.partners.map(partnerLabel).join(" · "), { isSubtle: true, spacing: "Small" }),
  ]);
}

/** Who leads a group, or that the documents do not say; the document's own sentence under it. */
export function groupLeaderCard(answer: AnswerOf<"groupLeader">): CardElement {
  const tx = botTexts(answer.lang).answers;
  const body: CardElement[] = [heading(tx.leaderHeading(answer.group.label)), textBlock(answer.text)];
  if (answer.quote) body.push(factSet([{ title: tx.fromDocument, value: answer.quote }]));
  return adaptiveCard(body);
}

/** A person's e-mail as the documents give it, with a mailto button; or that they give none. */
export function personContactCard(answer: AnswerOf<"personContact">): CardElement {
  const tx = botTexts(answer.lang);
  const body: CardElement[] = [heading(tx.answers.contactHeading(answer.person.name)), textBlock(answer.text)];
  if (answer.email) body.push(factSet([{ title: tx.facts.email, value: answer.email }]));
  const actions = answer.email
    ? [{ type: "Action.OpenUrl", title: tx.groups.sendEmail, url: `mailto:${answer.email}` }]
    : [];
  return adaptiveCard(body, actions);
}

/** "Bare hyggelig!", with the help as a button. */
export function thanksCard(answer: AnswerOf<"thanks">): CardElement {
  return adaptiveCard([textBlock(answer.text)], answer.actions.map(questionButton));
}

/** A follow-up with nothing to refer to: asks who or what is meant, with examples that name the subject. */
export function needsSubjectCard(answer: AnswerOf<"needsSubject">): CardElement {
  const tx = botTexts(answer.lang).answers;
  return adaptiveCard([
    heading(tx.needsSubjectHeading),
    textBlock(answer.text),
    textBlock(answer.question || "…", { isSubtle: true }),
    textBlock(tx.examples, { weight: "Bolder", spacing: "Medium" }),
    ...buttonRows(answer.examples),
  ]);
}

/** "Dokumentene sier ikke …": said plainly, with the forwarding actions (forwardable.ts). */
export function notInDocumentsCard(answer: AnswerOf<"notInDocuments">): CardElement {
  const tx = botTexts(answer.lang);
  return adaptiveCard(
    [
      heading(tx.answers.notSaidHeading),
      textBlock(answer.text),
      // What was asked, as typed (escaped like every card text): what a forwarded question would carry.
      textBlock(answer.question || "…", { isSubtle: true }),
    ],
    [...forwardActions(answer), questionButton({ label: tx.clarify.showExamples, question: tx.clarify.helpQuestion })],
  );
}

/**
 * Passages quoted as written, each with its document and section. Adaptive Cards have no
 * language per element, so the quote is marked in words ("Fra dokumentet", "in Norwegian") and
 * set apart in its own block; the card's language is the answer's.
 */
export function passageCard(answer: AnswerOf<"passage">): CardElement {
  const tx = botTexts(answer.lang).answers;
  const body: CardElement[] = [heading(tx.passageHeading)];
  for (const p of answer.passages) {
    body.push({
      type: "Container",
      style: "emphasis",
      spacing: "Medium",
      items: [textBlock(`«${p.text}»`)],
    });
    body.push(
      factSet([
        { title: tx.source, value: p.document },
        { title: tx.section, value: p.section },
      ]),
    );
  }
  return adaptiveCard(body, forwardActions(answer));
}
