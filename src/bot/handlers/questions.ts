import { ActivityTypes, type Activity } from "botbuilder";
import type { Application, TurnState } from "../teamsAi.js";
import type { Logger } from "../../logger.js";
import type { KnowledgeSource } from "../../services/knowledgeSource.js";
import type { FeedbackService } from "../../services/feedbackService.js";
import { createQuestionAnswerer, type Answer } from "../../qa/index.js";
import { renderAnswer } from "../cards/index.js";
import { offersFeedback, withFeedbackLoop } from "../feedbackLoop.js";
import { botMessage } from "../replies.js";
import { tenantOf } from "../tenant.js";

/**
 * Every message that no command route took is a question: understand it, answer with a card.
 * With `feedback`, a factual answer carries Teams' 👍/👎 (feedbackLoop.ts), and what was asked is
 * kept under the id Teams gave the answer, so a click later can say which question it was about.
 */
export function registerQuestionHandler(
  app: Application<TurnState>,
  knowledge: KnowledgeSource,
  log: Logger,
  feedback?: Pick<FeedbackService, "recordAnswer">,
): void {
  const answerQuestion = createQuestionAnswerer();
  app.activity(ActivityTypes.Message, async (context) => {
    const activity = context.activity;
    const text = activity.text ?? "";
    const started = performance.now();
    const answer = answerQuestion(text, { locale: activity.locale, ...(await knowledge.snapshot()) });
    const conversationType = activity.conversation?.conversationType;
    const buttons = feedback !== undefined && offersFeedback(answer.kind, conversationType);
    const sent = await context.sendActivity(buttons ? withFeedbackLoop(replyFor(answer)) : replyFor(answer));
    log.debug("answered", { kind: answer.kind, ms: Math.round(performance.now() - started) });
    // No id when the replies go back in the HTTP response (expectReplies): nothing to tie feedback to.
    if (!buttons || !sent?.id) return;
    try {
      await feedback.recordAnswer({
        activityId: sent.id,
        question: text,
        kind: answer.kind,
        lang: answer.lang,
        tenantId: tenantOf(activity) || undefined,
        conversationType,
      });
    } catch (error) {
      // The answer is out; only the link for later feedback is lost.
      log.warn("answer not kept for feedback", { error: String((error as Error)?.message).slice(0, 200) });
    }
  });
}

/** The reply: the card, and a plain summary as text for notifications and screen readers. */
export function replyFor(answer: Answer): Partial<Activity> {
  return botMessage(answer.text, renderAnswer(answer));
}
