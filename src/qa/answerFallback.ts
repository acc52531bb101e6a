/**
 * Answers when nothing structured fits: a passage of the documents quoted as written, or that the
 * documents do not say it; a follow-up with nothing to refer to; thanks. The user's question is
 * carried in the first two, so an answer can offer to forward it (bot/cards/forwardable.ts).
 */
import type { Directory } from "../domain/directory.js";
import type { DocumentPassage } from "../domain/documents.js";
import type { Lang } from "../domain/language.js";
import type { AnswerOf, PassageView } from "./answerTypes.js";
import { qaTexts } from "./i18n/index.js";
import { indexFor } from "./passages/index.js";
import type { QuestionOf } from "./question.js";

/** How much of a question is carried along (for echoing and forwarding). */
const QUESTION_LENGTH = 200;

/** The question as carried: trimmed, and cut with "…" past QUESTION_LENGTH. */
function carriedQuestion(text: string): string {
  const trimmed = text.trim();
  return trimmed.length <= QUESTION_LENGTH ? trimmed : `${trimmed.slice(0, QUESTION_LENGTH).trimEnd()}…`;
}

/** "Dokumentene sier ikke hvor mange det er plass til i Borgertun." */
export function notInDocumentsAnswer(q: QuestionOf<"notInDocuments">, lang: Lang): AnswerOf<"notInDocuments"> {
  const text = qaTexts(lang).notInDocuments[q.topic](q.subject);
  return {
    kind: "notInDocuments",
    lang,
    text,
    topic: q.topic,
    ...(q.subject ? { subject: q.subject } : {}),
    question: carriedQuestion(q.text),
  };
}

/** The passages found for the question, quoted as written with document and section; none left: not said. */
export function passageAnswer(
  q: QuestionOf<"passage">,
  k: { documents?: readonly DocumentPassage[]; directory: Directory },
  lang: Lang,
): AnswerOf<"passage"> | AnswerOf<"notInDocuments"> {
  const index = indexFor(k);
  const passages: PassageView[] = q.passageIds
    .map((id) => index?.get(id))
    .filter((h) => h !== undefined)
    .map((h) => ({ id: h.id, text: h.text, document: h.document, section: h.section, lang: "nb" }));
  if (passages.length === 0) return notInDocumentsAnswer({ ...q, intent: "notInDocuments", topic: "other" }, lang);
  const tx = qaTexts(lang);
  const first = passages[0];
  const text = tx.passageLead(passages.map((p) => p.text).join(" ")) + tx.passageSource(first.document, first.section);
  return { kind: "passage", lang, text, question: carriedQuestion(q.text), passages };
}

/** "Hvem eller hva mener du med «hun»?", with examples of asking by name. */
export function needsSubjectAnswer(q: QuestionOf<"needsSubject">, lang: Lang): AnswerOf<"needsSubject"> {
  const tx = qaTexts(lang);
  const pronoun = q.reference === "none" ? "" : q.pronoun;
  const examples = [...tx.examples.groupMembers, ...tx.examples.personGroups].map((e) => ({ label: e, question: e }));
  return {
    kind: "needsSubject",
    lang,
    text: tx.needsSubject(pronoun),
    pronoun,
    question: carriedQuestion(q.text),
    examples,
  };
}

/** "Bare hyggelig!" with the help as a button. */
export function thanksAnswer(lang: Lang): AnswerOf<"thanks"> {
  const tx = qaTexts(lang);
  return {
    kind: "thanks",
    lang,
    text: tx.thanks,
    actions: [{ label: tx.helpChoice.label, question: tx.helpChoice.question }],
  };
}
