import { ActivityTypes, type TurnContext } from "botbuilder";
import type { Application, TurnState } from "../teamsAi.js";
import type { Logger } from "../../logger.js";
import { langFromLocale } from "../../domain/language.js";
import type { FeedbackService } from "../../services/feedbackService.js";
import { FEEDBACK_INVOKE, readFeedbackValue } from "../feedbackValue.js";
import { tenantOf } from "../tenant.js";
import { checkInput, OpaqueKey } from "../../contract/index.js";

/**
 * 👍/👎 under an answer (see feedbackLoop.ts): Teams sends the invoke `message/submitAction` with
 * `replyToId` = the answer's message id, and expects 200. A value of another shape gets 400 and
 * nothing is stored; feedback on an answer the bot does not know (a made-up id, an answer older
 * than 30 days) gets 404 and nothing is stored; one person's feedback on one answer is kept once
 * (a later click replaces it); storage trouble gets 503, so Teams tells the person it did not go through.
 *
 * Registered as our own invoke route rather than teams-ai's `app.feedbackLoop`: that selector
 * reads `activity.value.actionName` unguarded (an invoke without a value ends in a TypeError and
 * a 5xx), and its handler always answers 200, even when nothing could be stored.
 */
export function registerFeedbackHandler(
  app: Application<TurnState>,
  deps: { feedback: Pick<FeedbackService, "submit">; log: Logger },
): void {
  const isFeedback = async (context: TurnContext) =>
    context.activity.type === ActivityTypes.Invoke && context.activity.name === FEEDBACK_INVOKE;
  app.addRoute(
    isFeedback,
    async (context) => {
      const activity = context.activity;
      const read = readFeedbackValue(activity.value);
      // The answer's id becomes a table key: bounded like every key from outside (or absent).
      if (activity.replyToId && !checkInput(OpaqueKey, activity.replyToId).ok) {
        deps.log.warn("feedback refused", { problem: "'replyToId' is not a message id." });
        return respond(context, 400, { error: { code: "bad_feedback", message: "'replyToId' is not a message id." } });
      }
      if (!read.ok) {
        deps.log.warn("feedback refused", { problem: read.problem });
        return respond(context, 400, { error: { code: "bad_feedback", message: read.problem } });
      }
      try {
        const stored = await deps.feedback.submit({
          activityId: activity.replyToId ?? "",
          reaction: read.reaction,
          text: read.text,
          lang: langFromLocale(activity.locale),
          tenantId: tenantOf(activity) || undefined,
          conversationType: activity.conversation?.conversationType,
          userObjectId: activity.from?.aadObjectId,
        });
        if (!stored) {
          deps.log.info("feedback refused: the answer is not known", {
            conversationType: activity.conversation?.conversationType,
          });
          return respond(context, 404, {
            error: { code: "unknown_answer", message: "The answer is not known (any more); nothing was stored." },
          });
        }
        // The comment is the person's own words: it stays out of the log.
        deps.log.info("feedback stored", {
          reaction: stored.reaction,
          kind: stored.kind,
          comment: Boolean(stored.text),
        });
      } catch (error) {
        deps.log.warn("feedback not stored", { error: String((error as Error)?.message).slice(0, 200) });
        return respond(context, 503, { error: { code: "unavailable", message: "Feedback could not be stored." } });
      }
      return respond(context, 200);
    },
    true,
  );
}

async function respond(context: TurnContext, status: number, body?: unknown): Promise<void> {
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status, ...(body ? { body } : {}) } });
}
