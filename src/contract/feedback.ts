/** Feedback on the bot's answers on the wire: GET /api/feedback (editors). */
import { z } from "zod";
import { FEEDBACK_REACTIONS, type FeedbackReaction } from "../domain/feedback.js";
import { LANGS } from "../domain/language.js";

const count = z.number().int().nonnegative();

/** One 👍/👎. `text` and `question` are what people typed: data, to be shown as text only. */
export const FeedbackItem = z
  .object({
    /** The Teams id of the bot's message; "" when Teams named none. */
    activityId: z.string(),
    reaction: z.enum(FEEDBACK_REACTIONS),
    text: z.string().optional(),
    /** What was asked and the answer's kind, while the answer is still known (30 days). */
    question: z.string().optional(),
    kind: z.string().optional(),
    lang: z.enum(LANGS),
    tenantId: z.string().optional(),
    conversationType: z.string().optional(),
    userObjectId: z.string().optional(),
    at: z.string(),
  })
  .strict();
export type FeedbackItem = z.infer<typeof FeedbackItem>;

/** The newest feedback first (at most 100), and the counts of all feedback kept (since `since`). */
export const FeedbackResponse = z
  .object({
    since: z.string(),
    retentionDays: count,
    counts: z.object({ like: count, dislike: count } satisfies Record<FeedbackReaction, z.ZodTypeAny>).strict(),
    items: z.array(FeedbackItem),
  })
  .strict();
export type FeedbackResponse = z.infer<typeof FeedbackResponse>;
