import type { Directory } from "../domain/directory.js";
import type { AlrekEvent } from "../domain/events.js";
import type { PlanPeriod, Tiltak } from "../domain/tiltak.js";
import { answer } from "./answer.js";
import type { Answer } from "./answerTypes.js";
import { parseQuestion } from "./parse.js";
import { createQuestionCache, type QuestionParser } from "./questionCache.js";
import { tooLongAnswer } from "./tooLong.js";

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
 * is required; events, plan and `now` enable the calendar and plan answers. Other fields are ignored.
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
  [extra: string]: unknown;
}

/** Understands a chat message and answers it from the snapshot; a message past the length cap is not parsed. */
export function answerQuestion(text: string, opts: AnswerQuestionOptions, parse?: QuestionParser): Answer {
  const tooLong = tooLongAnswer(text, opts.locale);
  if (tooLong) return tooLong;
  const knowledge = {
    directory: opts.directory,
    events: opts.events,
    period: opts.period,
    tiltak: opts.tiltak,
    now: opts.now,
  };
  const question =
    parse && opts.version !== undefined
      ? parse(text, opts.locale, opts.directory, knowledge, opts.version)
      : parseQuestion(text, opts.locale, opts.directory, knowledge);
  return answer(question, knowledge, question.lang);
}

/** The bot's one entry point: `answerQuestion` with parses reused while the data version holds. */
export function createQuestionAnswerer(
  maxCachedQuestions?: number,
): (text: string, opts: AnswerQuestionOptions) => Answer {
  const parse = createQuestionCache(maxCachedQuestions);
  return (text, opts) => answerQuestion(text, opts, parse);
}
