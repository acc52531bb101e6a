/**
 * Feedback on the bot's answers (pure): 👍/👎 and an optional comment, tied to the question that
 * was answered, so that editors can find a wrong answer (a wrong person named, a wrong time) and
 * fix the data behind it. People are identified by Entra object id only; no names are kept.
 */
import type { Lang } from "./language.js";

/** Teams' two feedback buttons. */
export const FEEDBACK_REACTIONS = ["like", "dislike"] as const;
export type FeedbackReaction = (typeof FEEDBACK_REACTIONS)[number];

/** A comment is kept up to this many characters (longer ones are cut, with "…"). */
export const FEEDBACK_TEXT_MAX = 1_000;
/** The question is kept up to this many characters: enough to see what was asked. */
export const QUESTION_TEXT_MAX = 500;
/** Feedback is kept this long, then pruned. */
export const FEEDBACK_RETENTION_DAYS = 180;
/**
 * An answered question is kept this long, only so that feedback given later can say what was
 * asked; feedback on an older answer is kept without the question.
 */
const ANSWER_RETENTION_DAYS = 30;

const DAY_MS = 86_400_000;

/** One answer the bot sent with the feedback buttons, keyed by the id Teams gave the message. */
export interface AnsweredQuestion {
  activityId: string;
  /** The user's message as the bot read it (the @mention removed), cut to QUESTION_TEXT_MAX. */
  question: string;
  /** The answer kind (`groupMembers`, `nextEvent`, `overdueTiltak`, `unknown`, …). */
  kind: string;
  lang: Lang;
  tenantId?: string;
  conversationType?: string;
  /** ISO instant. */
  answeredAt: string;
}

/**
 * One person's 👍 or 👎 on one answer the bot still knows (with what was asked); a later click by
 * the same person on the same answer replaces it.
 */
export interface AnswerFeedback {
  /** The id of the bot's message the feedback is about (Teams' `replyToId`); "" when Teams sent none. */
  activityId: string;
  reaction: FeedbackReaction;
  /** The comment, cut to FEEDBACK_TEXT_MAX; absent when none was written. */
  text?: string;
  /** What was asked and how it was answered; absent only on feedback stored before answers were required. */
  question?: string;
  kind?: string;
  lang: Lang;
  tenantId?: string;
  conversationType?: string;
  /** Entra object id of the person who clicked. */
  userObjectId?: string;
  /** ISO instant. */
  at: string;
}

/** Counts per reaction. */
export type FeedbackCounts = Record<FeedbackReaction, number>;

/** Answered questions and the feedback on them. */
export interface FeedbackRepository {
  /** Keeps an answer until feedback may come; the same id again replaces it. */
  recordAnswer(answer: AnsweredQuestion): Promise<void>;
  answer(activityId: string): Promise<AnsweredQuestion | undefined>;
  /**
   * Stores one person's feedback on one answer (`answeredAt` is that answer's time): one per answer
   * and person, so a later click replaces the earlier one.
   */
  put(feedback: AnswerFeedback, answeredAt: string): Promise<void>;
  /** Feedback given in [since, until], newest first, at most `limit`. */
  recent(window: { since: string; until: string }, limit: number): Promise<AnswerFeedback[]>;
  /** Counts of the feedback given in [since, until]. */
  counts(window: { since: string; until: string }): Promise<FeedbackCounts>;
  /** Deletes answers older than `answersBefore` and feedback older than `feedbackBefore` (ISO); returns how many. */
  prune(cutoff: { answersBefore: string; feedbackBefore: string }): Promise<number>;
}

export function isFeedbackReaction(value: unknown): value is FeedbackReaction {
  return typeof value === "string" && (FEEDBACK_REACTIONS as readonly string[]).includes(value);
}

/**
 * User-typed text as stored: control characters (other than line breaks and tabs) become spaces,
 * surrounding space is trimmed, and text over `max` is cut with "…". Empty text is absent. The text
 * stays data: whoever shows it escapes it (the tab renders it as text).
 */
export function storedText(text: string, max: number): string | undefined {
  const clean = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, " ").trim();
  if (!clean) return undefined;
  if (clean.length <= max) return clean;
  // Cut between characters, never inside a surrogate pair (an emoji).
  return `${clean
    .slice(0, max - 1)
    .replace(/[\ud800-\udbff]$/, "")
    .trimEnd()}…`;
}

/** The instants before which answers and feedback are pruned, for `now`. */
export function retentionCutoffs(now: Date): { answersBefore: string; feedbackBefore: string } {
  return {
    answersBefore: new Date(now.getTime() - ANSWER_RETENTION_DAYS * DAY_MS).toISOString(),
    feedbackBefore: new Date(now.getTime() - FEEDBACK_RETENTION_DAYS * DAY_MS).toISOString(),
  };
}
