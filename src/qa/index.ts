import type { Directory } from "../domain/directory.js";
import { answer } from "./answer.js";
import type { Answer } from "./answerTypes.js";
import { parseQuestion } from "./parse.js";

export { answer } from "./answer.js";
export type { Answer, AnswerKind, AnswerKinds, AnswerOf, Choice, GroupView, MemberView, PersonView, SeatView } from "./answerTypes.js";
export { detectLanguage, type Lang } from "./language.js";
export { editDistance, similarity, tolerance } from "./fuzzy.js";
export { fold, normalize, stripMentions, tokenize } from "./normalize.js";
export { nearestGroups, resolveGroup, resolvePerson, scoreGroups, scorePeople } from "./match.js";
export { parseQuestion } from "./parse.js";
export type { AboutTopic, EntityRef, Intent, Question, QuestionIntents, QuestionOf, TargetedIntent } from "./question.js";

/** Options for `answerQuestion`; further snapshot fields (events, tiltak) may be passed and are ignored here. */
export interface AnswerQuestionOptions {
  locale?: string;
  directory: Directory;
  [extra: string]: unknown;
}

/** Understands a chat message and answers it from the directory: the bot's one entry point. */
export function answerQuestion(text: string, opts: AnswerQuestionOptions): Answer {
  const question = parseQuestion(text, opts.locale, opts.directory);
  return answer(question, opts.directory, question.lang);
}
