import type { Clock } from "../domain/clock.js";
import {
  FEEDBACK_RETENTION_DAYS,
  FEEDBACK_TEXT_MAX,
  QUESTION_TEXT_MAX,
  retentionCutoffs,
  storedText,
  type AnswerFeedback,
  type AnsweredQuestion,
  type FeedbackCounts,
  type FeedbackReaction,
  type FeedbackRepository,
} from "../domain/feedback.js";
import type { Lang } from "../domain/language.js";

/** The editors' list holds this many of the newest; the counts cover everything kept. */
const FEEDBACK_LIST_LIMIT = 100;

/** What editors see (GET /api/feedback): the newest feedback first, and the counts since `since`. */
export interface FeedbackOverview {
  since: string;
  retentionDays: number;
  counts: FeedbackCounts;
  items: AnswerFeedback[];
}

/** One click on 👍/👎 as the bot read it from Teams' invoke. */
export interface FeedbackSubmission {
  /** The bot message it is about (`replyToId`); "" when Teams named none. */
  activityId: string;
  reaction: FeedbackReaction;
  /** The comment as typed; cut and cleaned here. */
  text?: string;
  /** The language of the click's locale, used when the answer is no longer known. */
  lang: Lang;
  tenantId?: string;
  conversationType?: string;
  userObjectId?: string;
}

/** Remembers answers, stores feedback on them, and gives editors the overview. */
export interface FeedbackService {
  /** Keeps what was asked under the id Teams gave the answer, so later feedback can say. */
  recordAnswer(answer: Omit<AnsweredQuestion, "answeredAt">): Promise<void>;
  /**
   * Stores one click with the question it is about, replacing the same person's earlier click on
   * that answer; returns what was stored, or undefined (nothing stored) when the bot does not know
   * the answer: never sent, older than 30 days, or of another tenant.
   */
  submit(submission: FeedbackSubmission): Promise<AnswerFeedback | undefined>;
  overview(): Promise<FeedbackOverview>;
  /** Deletes what is past its retention; returns how many rows went. */
  prune(): Promise<number>;
}

/** The feedback service over its repository; time comes from `clock`. */
export function createFeedbackService(deps: { repo: FeedbackRepository; clock: Clock }): FeedbackService {
  const { repo, clock } = deps;
  return {
    async recordAnswer(answer) {
      await repo.recordAnswer({
        ...answer,
        question: storedText(answer.question, QUESTION_TEXT_MAX) ?? "",
        answeredAt: clock().toISOString(),
      });
    },

    async submit(s) {
      const found = s.activityId ? await repo.answer(s.activityId) : undefined;
      // An answer from another tenant is not this click's answer (message ids are only unique per tenant).
      const answer = found && (!found.tenantId || !s.tenantId || found.tenantId === s.tenantId) ? found : undefined;
      if (!answer) return undefined;
      const feedback: AnswerFeedback = withoutUndefined({
        activityId: s.activityId,
        reaction: s.reaction,
        text: s.text === undefined ? undefined : storedText(s.text, FEEDBACK_TEXT_MAX),
        question: answer.question || undefined,
        kind: answer.kind,
        lang: answer.lang,
        tenantId: s.tenantId ?? answer.tenantId,
        conversationType: s.conversationType ?? answer.conversationType,
        userObjectId: s.userObjectId,
        at: clock().toISOString(),
      });
      await repo.put(feedback, answer.answeredAt);
      return feedback;
    },

    async overview() {
      const now = clock();
      const window = { since: retentionCutoffs(now).feedbackBefore, until: now.toISOString() };
      const [items, counts] = await Promise.all([repo.recent(window, FEEDBACK_LIST_LIMIT), repo.counts(window)]);
      return { since: window.since, retentionDays: FEEDBACK_RETENTION_DAYS, counts, items };
    },

    prune: () => repo.prune(retentionCutoffs(clock())),
  };
}

/** The value without its undefined fields, so that it reads back equal from storage. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
