import type { ConversationSubject } from "../domain/conversationContext.js";
import type { Directory } from "../domain/directory.js";
import type { DocumentPassage } from "../domain/documents.js";
import type { AlrekEvent } from "../domain/events.js";
import type { PlanPeriod, Tiltak } from "../domain/tiltak.js";
import { answer } from "./answer.js";
import type { Answer } from "./answerTypes.js";
import { parseQuestion } from "./parse.js";
import { createQuestionCache, type QuestionParser } from "./questionCache.js";
import { tooLongAnswer } from "./tooLong.js";
import { resolveFollowUp, subjectOf } from "./followUp.js";
import type { Knowledge } from "./knowledge.js";
import { decidingLanguage } from "./language.js";
import { combineAnswers, MAX_SECTIONS, splitQuestions } from "./multi.js";

export { answer } from "./answer.js";
export type {
  Answer,
  AnswerKind,
  AnswerKinds,
  AnswerOf,
  Choice,
  GroupView,
  MemberView,
  PersonView,
  SeatView,
} from "./answerTypes.js";
export { detectLanguage } from "./language.js";
export { editDistance, similarity, tolerance } from "./fuzzy.js";
export { fold, normalize, stripMentions, tokenize } from "./normalize.js";
export { nearestGroups, resolveGroup, resolvePerson, scoreGroups, scorePeople } from "./match.js";
export { parseQuestion } from "./parse.js";
export { createQuestionCache, type QuestionParser } from "./questionCache.js";
export { MAX_QUESTION_LENGTH, tooLongAnswer } from "./tooLong.js";
export type {
  AboutTopic,
  EntityRef,
  Intent,
  Question,
  QuestionIntents,
  QuestionOf,
  TargetedIntent,
} from "./question.js";
export type { Knowledge } from "./knowledge.js";
export type { EventView, NextEventView, OccurrenceView } from "./calendar/types.js";
export type { PeriodSpec } from "./calendar/period.js";
export type { AreaProgressView, AreaTiltakView, AreaView, StatusCount, TiltakView } from "./plan/types.js";

/**
 * Options for `answerQuestion`: a KnowledgeSnapshot plus the activity locale. Only the directory
 * is required; events, plan and `now` enable the calendar and plan answers, `documents` the quoted
 * passages, `context` follow-ups. Other fields are ignored.
 */
export interface AnswerQuestionOptions {
  locale?: string;
  directory: Directory;
  events?: readonly AlrekEvent[];
  period?: PlanPeriod;
  tiltak?: readonly Tiltak[];
  now?: Date;
  /** The data version (KnowledgeSnapshot.version); with it a question answerer may reuse a parse. */
  version?: number;
  /** The source documents' passages (seed/documents.ts), quoted when nothing structured fits. */
  documents?: readonly DocumentPassage[];
  /** The asker is an editor (plan answers then tell what to do about an ended period). */
  editor?: boolean;
  /** What the conversation was last about, still fresh (domain/conversationContext.isFresh). */
  context?: ConversationSubject;
  [extra: string]: unknown;
}

/** An answer, and the subject the conversation is now about (to keep for follow-ups), if it names one. */
export interface AnsweredTurn {
  answer: Answer;
  subject?: Omit<ConversationSubject, "at">;
  /**
   * Whether a question of the message refers back (a pronoun, "og …?"): only then does the
   * conversation's kept subject matter, so a caller may answer first without it and read it only then.
   */
  refersBack: boolean;
}

/**
 * Understands a chat message and answers it from the snapshot. A message past the length cap is
 * not parsed; a message of several questions is answered question by question (each may refer to
 * the one before it); a follow-up is resolved against `context`.
 */
export function answerTurn(text: string, opts: AnswerQuestionOptions, parse?: QuestionParser): AnsweredTurn {
  const tooLong = tooLongAnswer(text, opts.locale);
  if (tooLong) return { answer: tooLong, refersBack: false };
  const knowledge: Knowledge = {
    directory: opts.directory,
    events: opts.events,
    period: opts.period,
    tiltak: opts.tiltak,
    now: opts.now,
    documents: opts.documents,
    editor: opts.editor,
  };
  // Words of the whole message decide its language; with none that decide, the conversation's, then the locale.
  const locale = decidingLanguage(text) ?? opts.context?.lang ?? opts.locale;
  const parts = splitQuestions(text);
  let context = opts.context;
  let subject: AnsweredTurn["subject"];
  let refersBack = false;
  const answers: Answer[] = [];
  for (const part of parts.slice(0, MAX_SECTIONS)) {
    const parsed =
      parse && opts.version !== undefined
        ? parse(part, locale, opts.directory, knowledge, opts.version)
        : parseQuestion(part, locale, opts.directory, knowledge);
    // Only the message's own first question can refer to the kept subject; later ones refer to it.
    if (answers.length === 0 && (parsed.intent === "needsSubject" || parsed.elliptic || parsed.refersTo))
      refersBack = true;
    const question = resolveFollowUp(parsed, context, opts.directory);
    answers.push(answer(question, knowledge, question.lang));
    const about = subjectOf(question, opts.directory);
    if (about) {
      subject = about;
      context = { ...about, at: (opts.now ?? new Date(0)).toISOString() };
    }
  }
  const combined = parts.length === 1 ? answers[0] : combineAnswers(answers, parts.slice(MAX_SECTIONS));
  return { answer: combined, ...(subject ? { subject } : {}), refersBack };
}

/** `answerTurn` without the conversation: the answer alone. */
export function answerQuestion(text: string, opts: AnswerQuestionOptions, parse?: QuestionParser): Answer {
  return answerTurn(text, opts, parse).answer;
}

/** The bot's one entry point: `answerTurn` with parses reused while the data version holds. */
export function createQuestionAnswerer(
  maxCachedQuestions?: number,
): (text: string, opts: AnswerQuestionOptions) => AnsweredTurn {
  const parse = createQuestionCache(maxCachedQuestions);
  return (text, opts) => answerTurn(text, opts, parse);
}
