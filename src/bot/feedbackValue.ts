/**
 * The `value` of Teams' feedback invoke (name `message/submitAction`), read without trusting it:
 * `{ actionName: "feedback", actionValue: { reaction: "like" | "dislike", feedback } }`, where
 * `feedback` is a JSON string `{"feedbackText":"…"}` (an object in some clients, absent or "" when
 * nothing was written). Pure: no SDK, no I/O.
 */
import { isFeedbackReaction, type FeedbackReaction } from "../domain/feedback.js";

/** The invoke's name. */
export const FEEDBACK_INVOKE = "message/submitAction";

/**
 * Far more than Teams' dialog sends. A comment up to this is kept, cut to FEEDBACK_TEXT_MAX; a
 * longer one is not a comment but junk, and the click is refused.
 */
export const MAX_FEEDBACK_CHARS = 16_000;

/** The click, or what is wrong with the value (one short sentence that never repeats the value). */
export type FeedbackValue = { ok: true; reaction: FeedbackReaction; text?: string } | { ok: false; problem: string };

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const refused = (problem: string): FeedbackValue => ({ ok: false, problem });

/** Reads the invoke's value; a value of any other shape is refused. */
export function readFeedbackValue(value: unknown): FeedbackValue {
  if (!isObject(value)) return refused("'value' must be an object.");
  if (value.actionName !== "feedback") return refused("'value.actionName' must be 'feedback'.");
  const action = value.actionValue;
  if (!isObject(action)) return refused("'value.actionValue' must be an object.");
  if (!isFeedbackReaction(action.reaction)) return refused("'value.actionValue.reaction' must be 'like' or 'dislike'.");
  const comment = commentOf(action.feedback);
  if (typeof comment === "object") return refused(comment.problem);
  return { ok: true, reaction: action.reaction, ...(comment ? { text: comment } : {}) };
}

/** The comment's text ("" for none), or the problem. */
function commentOf(feedback: unknown): string | { problem: string } {
  const where = "'value.actionValue.feedback'";
  if (feedback === undefined || feedback === null || feedback === "") return "";
  let parsed: unknown = feedback;
  if (typeof feedback === "string") {
    if (feedback.length > MAX_FEEDBACK_CHARS) return { problem: `${where} is too long.` };
    try {
      parsed = JSON.parse(feedback);
    } catch {
      return { problem: `${where} must be JSON with 'feedbackText'.` };
    }
  }
  if (!isObject(parsed)) return { problem: `${where} must be an object with 'feedbackText'.` };
  const text = parsed.feedbackText;
  if (text === undefined || text === null) return "";
  if (typeof text !== "string") return { problem: `${where}.feedbackText must be a string.` };
  if (text.length > MAX_FEEDBACK_CHARS) return { problem: `${where}.feedbackText is too long.` };
  return text;
}
