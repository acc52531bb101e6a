import { ActivityTypes, type Activity, type TurnContext } from "botbuilder";
import type { Application, TurnState } from "../teamsAi.js";
import type { Logger } from "../../logger.js";
import type { KnowledgeSource } from "../../services/knowledgeSource.js";
import type { FeedbackService } from "../../services/feedbackService.js";
import {
  contextKey,
  isFresh,
  type ConversationContextRepository,
  type ConversationSubject,
} from "../../domain/conversationContext.js";
import type { DocumentPassage } from "../../domain/documents.js";
import { createQuestionAnswerer, type Answer } from "../../qa/index.js";
import { renderAnswer } from "../cards/index.js";
import { isBotEditor, type EditorRuleConfig } from "../editorRule.js";
import { offersFeedback, withFeedbackLoop } from "../feedbackLoop.js";
import { botMessage } from "../replies.js";
import { tenantOf } from "../tenant.js";

/** What the question handler needs; all but `knowledge` and `log` are optional features. */
export interface QuestionDependencies {
  knowledge: KnowledgeSource;
  log: Logger;
  /** Answers get 👍/👎 and the question is kept for the clicks. */
  feedback?: Pick<FeedbackService, "recordAnswer">;
  /** Where each conversation's last subject is kept, for follow-ups across instances. */
  conversationContext?: ConversationContextRepository;
  /** The source documents' passages, quoted when nothing structured fits. */
  documents?: readonly DocumentPassage[];
  /** Who is an editor: plan answers tell editors what to do about an ended period. */
  editors?: EditorRuleConfig;
}

/**
 * Every message that no command route took is a question: understand it, answer with a card.
 * A follow-up ("og hvem leder den?") is resolved against what this person last asked about in
 * this conversation, kept in storage for ten minutes. With `feedback`, a factual answer carries
 * Teams' 👍/👎 (feedbackLoop.ts), and what was asked is kept under the id Teams gave the answer.
 */
export function registerQuestionHandler(app: Application<TurnState>, deps: QuestionDependencies): void {
  const { knowledge, log, feedback, conversationContext: contexts } = deps;
  const answerTurn = createQuestionAnswerer();
  const recent = createRecentWrites();
  app.activity(ActivityTypes.Message, async (context) => {
    const activity = context.activity;
    const text = activity.text ?? "";
    const started = performance.now();
    const key = contextKey(activity.conversation?.id ?? "", activity.from?.aadObjectId ?? activity.from?.id ?? "");
    const snapshot = await knowledge.snapshot();
    const options = {
      locale: activity.locale,
      ...snapshot,
      documents: deps.documents,
      editor: deps.editors ? isBotEditor(activity, deps.editors) : false,
    };
    // The kept subject is read only for a question that refers back ("og hvem leder den?").
    let turn = answerTurn(text, options);
    if (turn.refersBack && contexts) {
      const kept = await keptSubject(contexts, key, log);
      if (isFresh(kept, snapshot.now)) turn = answerTurn(text, { ...options, context: kept });
    }
    const answer = turn.answer;
    // Kept before the reply goes out, so a follow-up typed at once finds it on any instance.
    if (turn.subject && contexts && !recent.same(key, turn.subject, snapshot.now))
      await keepSubject(contexts, key, { ...turn.subject, at: snapshot.now.toISOString() }, log);
    const sent = await sendAnswer(context, answer, feedback !== undefined);
    log.debug("answered", { kind: answer.kind, ms: Math.round(performance.now() - started) });
    // No id when the replies go back in the HTTP response (expectReplies): nothing to tie feedback to.
    if (!feedback || !sent.buttons || !sent.id) return;
    try {
      await feedback.recordAnswer({
        activityId: sent.id,
        question: text,
        kind: answer.kind,
        lang: answer.lang,
        tenantId: tenantOf(activity) || undefined,
        conversationType: activity.conversation?.conversationType,
      });
    } catch (error) {
      // The answer is out; only the link for later feedback is lost.
      log.warn("answer not kept for feedback", { error: String((error as Error)?.message).slice(0, 200) });
    }
  });
}

/** How long an unchanged subject is not written again: no one asks two questions in that time. */
const REWRITE_AFTER_MS = 5_000;
const MAX_RECENT = 1_000;

/**
 * The subjects this instance wrote in the last few seconds, so the same subject asked again at
 * once (a burst, a meeting asking together) costs no second write. Another instance can have
 * written since only if the person asked there meanwhile, which takes longer than this.
 */
function createRecentWrites() {
  const written = new Map<string, { what: string; at: number }>();
  return {
    same(key: string, subject: Omit<ConversationSubject, "at">, now: Date): boolean {
      const what = `${subject.subject.type}|${subject.subject.id}|${subject.intent ?? ""}|${subject.lang ?? ""}`;
      const last = written.get(key);
      if (last && last.what === what && now.getTime() - last.at < REWRITE_AFTER_MS) return true;
      written.delete(key);
      written.set(key, { what, at: now.getTime() });
      if (written.size > MAX_RECENT) written.delete(written.keys().next().value!);
      return false;
    },
  };
}

/** The conversation's kept subject; a storage failure only costs the follow-up its context. */
async function keptSubject(
  contexts: ConversationContextRepository | undefined,
  key: string,
  log: Logger,
): Promise<ConversationSubject | undefined> {
  if (!contexts) return undefined;
  try {
    return await contexts.get(key);
  } catch (error) {
    log.warn("conversation context not read", { error: String((error as Error)?.message).slice(0, 200) });
    return undefined;
  }
}

async function keepSubject(
  contexts: ConversationContextRepository,
  key: string,
  subject: ConversationSubject,
  log: Logger,
): Promise<void> {
  try {
    await contexts.set(key, subject);
  } catch (error) {
    log.warn("conversation context not kept", { error: String((error as Error)?.message).slice(0, 200) });
  }
}

async function sendAnswer(
  context: TurnContext,
  answer: Answer,
  withFeedback: boolean,
): Promise<{ id?: string; buttons: boolean }> {
  const buttons = withFeedback && offersFeedback(answer.kind, context.activity.conversation?.conversationType);
  const sent = await context.sendActivity(buttons ? withFeedbackLoop(replyFor(answer)) : replyFor(answer));
  return { id: sent?.id, buttons };
}

/** The reply: the card, and a plain summary as text for notifications and screen readers. */
export function replyFor(answer: Answer): Partial<Activity> {
  return botMessage(answer.text, renderAnswer(answer));
}
