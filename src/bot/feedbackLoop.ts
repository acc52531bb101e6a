import type { Activity } from "botbuilder";
import type { AnswerKind } from "../qa/index.js";

/**
 * Answers that state no fact to be right or wrong about: the help text, a question back ("did you
 * mean …?", answered by a click) and a message too long to read. Every other kind gets 👍/👎,
 * "not found" included: a person who exists but was not found is exactly what editors must see.
 */
const WITHOUT_FEEDBACK: ReadonlySet<AnswerKind> = new Set<AnswerKind>([
  "help",
  "ambiguous",
  "tooLong",
  "thanks",
  "needsSubject",
]);

/**
 * Whether an answer gets Teams' feedback buttons: a factual answer, outside channels. Teams shows
 * the buttons in personal and group chats only (not in channels), so a channel answer goes without.
 */
export function offersFeedback(kind: AnswerKind, conversationType: string | undefined): boolean {
  return !WITHOUT_FEEDBACK.has(kind) && conversationType !== "channel";
}

/**
 * The reply with Teams' feedback buttons under it: `channelData.feedbackLoopEnabled`, which gives
 * the default 👍/👎 dialog. (Not also the newer `feedbackLoop: { type }`: Teams refuses a message
 * that sets both.) A click comes back as the invoke handlers/feedback.ts answers.
 */
export function withFeedbackLoop(reply: Partial<Activity>): Partial<Activity> {
  return { ...reply, channelData: { ...(reply.channelData as object | undefined), feedbackLoopEnabled: true } };
}
