import { Application, type TurnState, type TeamsAdapter } from "./teamsAi.js";
import type { Logger } from "../logger.js";
import type { KnowledgeSource } from "../services/knowledgeSource.js";
import { registerTenantFilter } from "./handlers/tenantFilter.js";
import { registerQuestionHandler, type QuestionDependencies } from "./handlers/questions.js";
import { registerFeedbackHandler } from "./handlers/feedback.js";
import type { FeedbackService } from "../services/feedbackService.js";

/** What the bot's handlers need; built by the composition root. */
export interface BotDependencies {
  adapter: TeamsAdapter;
  botAppId?: string;
  log: Logger;
  knowledge: KnowledgeSource;
  /** Answers get 👍/👎 and the clicks are stored; without it answers go without the buttons. */
  feedback?: Pick<FeedbackService, "recordAnswer" | "submit">;
  /** Follow-ups, quoted passages and the editors' plan notes (see QuestionDependencies). */
  questions?: Pick<QuestionDependencies, "conversationContext" | "documents" | "editors">;
  /** Empty means every tenant. */
  allowedTenantIds: string[];
  /** Further feature registrations (reminders, subscriptions, forms), run after the core ones. */
  features?: ((app: Application<TurnState>) => void)[];
}

/**
 * The teams-ai Application with one registration per feature. No language model: every
 * answer comes from the question-answering layer over stored data.
 */
export function createBotApplication(deps: BotDependencies): Application<TurnState> {
  const app = new Application<TurnState>({
    adapter: deps.adapter,
    botAppId: deps.botAppId,
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });
  registerTenantFilter(app, deps.allowedTenantIds, deps.log);
  if (deps.feedback) registerFeedbackHandler(app, { feedback: deps.feedback, log: deps.log });
  for (const feature of deps.features ?? []) feature(app);
  // The catch-all question handler is registered last so that command routes win.
  registerQuestionHandler(app, {
    knowledge: deps.knowledge,
    log: deps.log,
    feedback: deps.feedback,
    ...deps.questions,
  });
  return app;
}
