import { ActivityTypes, type Activity } from "botbuilder";
import type { Application, TurnState } from "../teamsAi.js";
import type { Logger } from "../../logger.js";
import type { KnowledgeSource } from "../../services/knowledgeSource.js";
import { createQuestionAnswerer, type Answer } from "../../qa/index.js";
import { renderAnswer } from "../cards/index.js";
import { botMessage } from "../replies.js";

/** Every message that no command route took is a question: understand it, answer with a card. */
export function registerQuestionHandler(app: Application<TurnState>, knowledge: KnowledgeSource, log: Logger): void {
  const answerQuestion = createQuestionAnswerer();
  app.activity(ActivityTypes.Message, async (context) => {
    const text = context.activity.text ?? "";
    const started = performance.now();
    const answer = answerQuestion(text, { locale: context.activity.locale, ...(await knowledge.snapshot()) });
    await context.sendActivity(replyFor(answer));
    log.debug("answered", { kind: answer.kind, ms: Math.round(performance.now() - started) });
  });
}

/** The reply: the card, and a plain summary as text for notifications and screen readers. */
export function replyFor(answer: Answer): Partial<Activity> {
  return botMessage(answer.text, renderAnswer(answer));
}
