import type { Config } from "../config/config.js";
import type { Clock } from "../domain/clock.js";
import type {
  ConversationTarget,
  ConversationTargetRepository,
  SubscriptionRepository,
} from "../domain/conversations.js";
import type { ReminderSender } from "../domain/reminderSender.js";
import type { Logger } from "../logger.js";
import { createAdapter, type ChannelAdapter } from "../bot/adapter.js";
import { createBotApplication } from "../bot/application.js";
import { BotFrameworkSender } from "../bot/botFrameworkSender.js";
import { BotFrameworkThreads } from "../bot/botFrameworkThreads.js";
import { registerPersonalControl } from "../bot/handlers/personalControl.js";
import { registerRsvpHandlers, type RsvpDependencies } from "../bot/handlers/rsvp.js";
import type { LedgerRepository } from "../domain/ledger.js";
import type { RsvpRepository } from "../domain/rsvp.js";
import type { ThreadSender } from "../domain/threadSender.js";
import { registerInstallationHandlers } from "../bot/handlers/installation.js";
import { registerNewEventHandlers } from "../bot/handlers/newEvent.js";
import { registerSubscriptionCommands } from "../bot/handlers/subscriptions.js";
import { registerBorgertunHandlers } from "../bot/handlers/borgertun.js";
import type { BookingService } from "../services/bookingService.js";
import type { FeedbackService } from "../services/feedbackService.js";
import { createMessageEndpoint, type MessageEndpoint } from "../bot/messageEndpoint.js";
import type { AppServices } from "./services.js";
import type { ConversationContextRepository } from "../domain/conversationContext.js";
import { seedDocuments } from "../seed/documents.js";

/** The Bot Framework connection: the adapter for incoming turns and the sender for proactive posts. */
export interface BotChannel {
  adapter: ChannelAdapter;
  botAppId?: string;
  /** Posts reminders through the same adapter. */
  sender: ReminderSender;
  /** Updates posted cards, replies in their threads and lists members (RSVP nudges). */
  threads: ThreadSender;
}

/** The adapter and the proactive sender, from the bot settings only. */
export function createBotChannel(bot: Config["bot"], log: Logger): BotChannel {
  const adapter = createAdapter(bot, log);
  const botAppId = bot.mode === "authenticated" ? bot.appId : undefined;
  return {
    adapter,
    botAppId,
    sender: new BotFrameworkSender(adapter, botAppId ?? ""),
    threads: new BotFrameworkThreads(adapter, botAppId ?? ""),
  };
}

/** What the bot's features are built from; each feature gets its own slice. */
export interface BotParts {
  channel: BotChannel;
  settings: Pick<Config, "api" | "editorObjectIds" | "allowedTenantIds" | "borgertunHandlerObjectIds">;
  services: Pick<AppServices, "knowledge" | "events">;
  targets: ConversationTargetRepository;
  subscriptions: SubscriptionRepository;
  bookings: BookingService;
  /** What each conversation was last about, for follow-ups across instances. */
  conversationContext: ConversationContextRepository;
  /** 👍/👎 on answers: the answers kept for it and the clicks stored. */
  feedback: FeedbackService;
  /** What the reminder cards' buttons need: the ledger (snoozes), RSVP answers and the card renderer. */
  reminderFeatures: {
    ledger: LedgerRepository;
    rsvp: RsvpRepository;
    renderCard: RsvpDependencies["renderCard"];
  };
  /** Told when a conversation is reachable again (the reminder runtime forgets that it was gone). */
  onTargetActive: (target: ConversationTarget) => void;
  clock: Clock;
  log: Logger;
}

/** The teams-ai application with every feature, as the endpoint POST /api/messages calls. */
export function createBot(parts: BotParts): MessageEndpoint {
  const { channel, settings, services, clock, log } = parts;
  const conversations = { targets: parts.targets, clock, log, onTargetActive: parts.onTargetActive };
  const editors = { api: settings.api, editorObjectIds: settings.editorObjectIds };
  const app = createBotApplication({
    adapter: channel.adapter,
    botAppId: channel.botAppId,
    log,
    knowledge: services.knowledge,
    feedback: parts.feedback,
    questions: { conversationContext: parts.conversationContext, documents: seedDocuments, editors },
    allowedTenantIds: settings.allowedTenantIds,
    features: [
      (app) => registerInstallationHandlers(app, conversations),
      (app) =>
        registerSubscriptionCommands(app, {
          ...conversations,
          subscriptions: parts.subscriptions,
          knowledge: services.knowledge,
          editors,
        }),
      (app) => registerNewEventHandlers(app, { events: services.events, editors, log }),
      (app) =>
        registerPersonalControl(app, {
          ...conversations,
          subscriptions: parts.subscriptions,
          ledger: parts.reminderFeatures.ledger,
          knowledge: services.knowledge,
          editors,
        }),
      (app) =>
        registerRsvpHandlers(app, {
          rsvp: parts.reminderFeatures.rsvp,
          knowledge: services.knowledge,
          clock,
          log,
          renderCard: parts.reminderFeatures.renderCard,
        }),
      (app) =>
        registerBorgertunHandlers(app, {
          bookings: parts.bookings,
          targets: parts.targets,
          editors: { ...editors, borgertunHandlerObjectIds: settings.borgertunHandlerObjectIds },
          clock,
          log,
        }),
    ],
  });
  return createMessageEndpoint(channel.adapter, app);
}
