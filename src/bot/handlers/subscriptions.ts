import { ActivityTypes, type Activity, type TurnContext } from "botbuilder";
import type { Application, TurnState } from "../teamsAi.js";
import {
  conversationTargetId,
  type ConversationTarget,
  type Subscription,
  type SubscriptionRepository,
} from "../../domain/conversations.js";
import type { Lang } from "../../domain/language.js";
import { occurrenceTitle } from "../../domain/occurrenceTitle.js";
import { dueReminders } from "../../domain/reminderSchedule.js";
import type { KnowledgeSource } from "../../services/knowledgeSource.js";
import {
  noticeCard,
  remindersListCard,
  subscribedCard,
  subscribedText,
  kindsInWords,
  type UpcomingReminderLine,
} from "../cards/subscriptionCards.js";
import { botTexts } from "../i18n/index.js";
import { parseBotCommand, type BotCommand } from "../subscriptionCommands.js";
import { channelConversationId, rememberConversation, type InstallationDependencies } from "./installation.js";
import { botMessage } from "../replies.js";
import { TEXT } from "../../domain/reminderTexts.js";
import type { EditorRuleConfig } from "../editorRule.js";
import { logRefusal, reminderRefusalFor } from "../reminderRights.js";

/** What the subscription commands need. */
export interface SubscriptionDependencies extends InstallationDependencies {
  subscriptions: SubscriptionRepository;
  knowledge: KnowledgeSource;
  /** Who is an editor: a channel's or group chat's subscription is theirs to change. */
  editors: EditorRuleConfig;
}

const LOOKAHEAD_MS = 60 * 86_400_000;

/** The reminders due in this conversation in the next 60 days, earliest first. */
export async function nextRemindersFor(
  target: ConversationTarget,
  subscription: Subscription,
  knowledge: KnowledgeSource,
  limit: number,
  lang: Lang,
): Promise<UpcomingReminderLine[]> {
  const { events, now } = await knowledge.snapshot();
  const active = { ...target, status: "active" as const };
  const due = dueReminders(events, [subscription], [active], { from: now, to: new Date(now.getTime() + LOOKAHEAD_MS) });
  return due
    .slice(0, limit)
    .map((d) => ({ title: occurrenceTitle(d.occurrence, lang), dueAt: d.dueAt, occurrenceStart: d.occurrence.start }));
}

function whoIs(activity: Activity): string {
  return activity.from?.aadObjectId ?? activity.from?.name ?? activity.from?.id ?? "unknown";
}

const PARSED_COMMAND = Symbol("alrek.parsedCommand");

/**
 * The command in this turn's message, parsed once per turn and kept in the turn state: every
 * command route's selector asks about the same message, and the chosen handler asks again.
 */
export function commandOf(context: TurnContext): BotCommand | undefined {
  if (!context.turnState.has(PARSED_COMMAND))
    context.turnState.set(PARSED_COMMAND, parseBotCommand(context.activity.text, context.activity.locale));
  return context.turnState.get(PARSED_COMMAND) as BotCommand | undefined;
}

/** Routes a message to a command handler when `accept` says the parsed command is one of ours. */
export function commandSelector(accept: (command: BotCommand) => boolean) {
  return async (context: TurnContext): Promise<boolean> => {
    const a = context.activity;
    if (a.type !== ActivityTypes.Message || typeof a.text !== "string") return false;
    const command = commandOf(context);
    return command !== undefined && accept(command);
  };
}

/**
 * "abonner [kinds]" / "subscribe", "avslutt abonnement" / "unsubscribe" and "påminnelser" /
 * "reminders". The conversation the command is typed in (a channel, a group chat, a personal
 * chat) is the one that gets the reminders.
 */
export function registerSubscriptionCommands(app: Application<TurnState>, deps: SubscriptionDependencies): void {
  const ours = new Set<BotCommand["command"]>(["subscribe", "unsubscribe", "listReminders"]);
  app.message(
    commandSelector((c) => ours.has(c.command)),
    async (context) => {
      const command = commandOf(context)!;
      if (command.command !== "listReminders") {
        // Subscribing and unsubscribing change what everybody in a channel gets: editors only there.
        const refusal = await reminderRefusalFor("subscription", context.activity, deps);
        if (refusal) {
          logRefusal(deps.log, context.activity, command.command, refusal);
          const t = TEXT[command.lang];
          await context.sendActivity(notice(t.notChangedTitle, t[refusal]));
          return;
        }
      }
      if (command.command === "subscribe") await subscribe(context, command.kinds, command.lang, deps);
      else if (command.command === "unsubscribe") await unsubscribe(context, command.lang, deps);
      else await listReminders(context, command.lang, deps);
    },
  );
}

async function subscribe(
  context: TurnContext,
  kinds: Subscription["kinds"],
  lang: Lang,
  deps: SubscriptionDependencies,
): Promise<void> {
  const target = await rememberConversation(context.activity, deps, lang);
  const subscription: Subscription = {
    targetId: target.id,
    kinds,
    createdAt: deps.clock().toISOString(),
    createdBy: whoIs(context.activity),
  };
  await deps.subscriptions.put(subscription);
  deps.log.info("reminders subscribed", { targetId: target.id, kinds, type: target.conversationType });
  const next = await nextRemindersFor(target, subscription, deps.knowledge, 3, lang);
  await context.sendActivity(botMessage(subscribedText(kinds, lang), subscribedCard(kinds, next, lang)));
}

/** A short reply: the text as the message and, with its title, as a card. */
function notice(title: string, text: string): Partial<Activity> {
  return botMessage(text, noticeCard(title, text));
}

async function unsubscribe(context: TurnContext, lang: Lang, deps: SubscriptionDependencies): Promise<void> {
  const targetId = conversationTargetId(channelConversationId(context.activity.conversation.id));
  const existing = await deps.subscriptions.get(targetId);
  const tx = botTexts(lang).reminders;
  if (!existing) {
    await context.sendActivity(notice(tx.noneTitle, tx.noSubscription));
    return;
  }
  await deps.subscriptions.remove(targetId);
  deps.log.info("reminders unsubscribed", { targetId });
  await context.sendActivity(notice(tx.offTitle, tx.off));
}

async function listReminders(context: TurnContext, lang: Lang, deps: SubscriptionDependencies): Promise<void> {
  const targetId = conversationTargetId(channelConversationId(context.activity.conversation.id));
  const [subscription, stored] = await Promise.all([deps.subscriptions.get(targetId), deps.targets.get(targetId)]);
  const tx = botTexts(lang).reminders;
  if (!subscription) {
    await context.sendActivity(notice(tx.noneTitle, tx.noneHere));
    return;
  }
  const target = stored ?? (await rememberConversation(context.activity, deps));
  const next = await nextRemindersFor(target, subscription, deps.knowledge, 10, lang);
  const text = tx.summary(kindsInWords(subscription.kinds, lang), next.length);
  await context.sendActivity(botMessage(text, remindersListCard(subscription.kinds, next, lang)));
}
