import { ActivityTypes, TurnContext, type Activity } from "botbuilder";
import type { Application, TurnState } from "../teamsAi.js";
import type { Clock } from "../../domain/clock.js";
import {
  conversationTargetId,
  type ConversationReferenceData,
  type ConversationTarget,
  type ConversationTargetRepository,
  type ConversationType,
} from "../../domain/conversations.js";
import { langFromLocale, type Lang } from "../../domain/language.js";
import type { Logger } from "../../logger.js";
import { tenantOf } from "../tenant.js";

/** What the installation handlers need. */
export interface InstallationDependencies {
  targets: ConversationTargetRepository;
  clock: Clock;
  log: Logger;
  /** Told when a conversation becomes reachable again (re-installed, unblocked). */
  onTargetActive?: (target: ConversationTarget) => void;
}

/**
 * A reply in a channel thread carries ";messageid=…" in its conversation id; reminders go to the
 * channel itself, so the suffix is dropped.
 */
export function channelConversationId(conversationId: string): string {
  return conversationId.replace(/;messageid=\d+$/i, "");
}

/** Personal chat, group chat or channel, from the activity (Teams names it; older clients only say isGroup). */
export function conversationTypeOf(activity: Partial<Activity>): ConversationType {
  const type = activity.conversation?.conversationType;
  if (type === "channel" || type === "groupChat" || type === "personal") return type;
  return activity.conversation?.isGroup ? "groupChat" : "personal";
}

/** The conversation an activity came from, as a stored reminder target (status active). */
export function targetFromActivity(activity: Activity, now: Date, lang?: Lang): ConversationTarget {
  const raw = TurnContext.getConversationReference(activity);
  const conversationId = channelConversationId(activity.conversation.id);
  const type = conversationTypeOf(activity);
  const tenantId = tenantOf(activity);
  // No activityId: a proactive post must start a new message, not reply to an old one.
  const reference: ConversationReferenceData = {
    bot: { id: raw.bot?.id ?? activity.recipient?.id ?? "", name: raw.bot?.name },
    conversation: {
      id: conversationId,
      conversationType: type,
      ...(tenantId ? { tenantId } : {}),
      ...(activity.conversation.isGroup !== undefined ? { isGroup: activity.conversation.isGroup } : {}),
      ...(activity.conversation.name ? { name: activity.conversation.name } : {}),
    },
    channelId: raw.channelId ?? activity.channelId,
    serviceUrl: activity.serviceUrl,
    ...(activity.locale ? { locale: activity.locale } : {}),
    ...(type === "personal" && activity.from
      ? { user: { id: activity.from.id, name: activity.from.name, aadObjectId: activity.from.aadObjectId } }
      : {}),
  };
  const channelData = activity.channelData ?? {};
  const teamsChannelId: string | undefined =
    channelData.channel?.id ?? (type === "channel" ? conversationId : undefined);
  const name: string | undefined =
    channelData.channel?.name ??
    activity.conversation.name ??
    channelData.team?.name ??
    (type === "personal" ? activity.from?.name : undefined);
  return {
    id: conversationTargetId(conversationId),
    conversationId,
    serviceUrl: activity.serviceUrl,
    tenantId,
    botId: reference.bot.id,
    conversationType: type,
    ...(teamsChannelId ? { channelId: teamsChannelId } : {}),
    ...(channelData.team?.id ? { teamId: channelData.team.id } : {}),
    ...(name ? { name } : {}),
    ...(type === "personal" && activity.from?.aadObjectId ? { userAadObjectId: activity.from.aadObjectId } : {}),
    lang: lang ?? langFromLocale(activity.locale),
    reference,
    installedAt: now.toISOString(),
    status: "active",
  };
}

/** Stores the conversation of `activity` as active, keeping the first installation time. */
export async function rememberConversation(
  activity: Activity,
  deps: InstallationDependencies,
  lang?: Lang,
): Promise<ConversationTarget> {
  const fresh = targetFromActivity(activity, deps.clock(), lang);
  const existing = await deps.targets.get(fresh.id);
  const target: ConversationTarget = existing
    ? {
        ...fresh,
        installedAt: existing.installedAt,
        lang: lang ?? existing.lang ?? fresh.lang,
        name: fresh.name ?? existing.name,
      }
    : fresh;
  await deps.targets.upsert(target);
  if (existing && existing.status !== "active") deps.onTargetActive?.(target);
  return target;
}

/** Marks the conversation removed; when the bot leaves a team, every channel of that team too. */
async function forgetConversation(activity: Activity, deps: InstallationDependencies): Promise<void> {
  const at = deps.clock().toISOString();
  const id = conversationTargetId(channelConversationId(activity.conversation.id));
  await deps.targets.setStatus(id, "removed", at);
  const teamId: string | undefined = activity.channelData?.team?.id;
  if (!teamId) return;
  for (const target of await deps.targets.list()) {
    if (target.teamId === teamId && target.id !== id && target.status === "active")
      await deps.targets.setStatus(target.id, "removed", at);
  }
}

const MAX_KNOWN_CONVERSATIONS = 10_000;

const includesBot = (members: { id: string }[] | undefined, botId: string) =>
  (members ?? []).some((m) => m.id === botId);

/**
 * Keeps the stored conversations in step with where the bot is installed: installationUpdate
 * (add/add-upgrade, remove/remove-upgrade), conversationUpdate with the bot among the members
 * added or removed, and the first message from a conversation not seen before (Teams does not
 * always announce a sideloaded personal app).
 */
export function registerInstallationHandlers(app: Application<TurnState>, deps: InstallationDependencies): void {
  // Conversations already recorded by this instance. Keyed by what callers send, so bounded:
  // when full it starts again, which costs one storage read per conversation, nothing more.
  const known = new Set<string>();
  const remember = (id: string) => {
    if (known.size >= MAX_KNOWN_CONVERSATIONS) known.clear();
    known.add(id);
  };
  const installed = async (activity: Activity) => {
    const target = await rememberConversation(activity, deps);
    remember(target.id);
    deps.log.info("bot installed in conversation", { targetId: target.id, type: target.conversationType });
  };
  const removed = async (activity: Activity) => {
    await forgetConversation(activity, deps);
    known.delete(conversationTargetId(channelConversationId(activity.conversation.id)));
    deps.log.info("bot removed from conversation", { conversationId: activity.conversation.id });
  };

  app.activity(ActivityTypes.InstallationUpdate, async (context) => {
    const action = String(context.activity.action ?? "").toLowerCase();
    if (action === "add" || action === "add-upgrade") await installed(context.activity);
    else if (action === "remove" || action === "remove-upgrade") await removed(context.activity);
  });
  app.conversationUpdate("membersAdded", async (context) => {
    if (includesBot(context.activity.membersAdded, context.activity.recipient.id)) await installed(context.activity);
  });
  app.conversationUpdate("membersRemoved", async (context) => {
    if (includesBot(context.activity.membersRemoved, context.activity.recipient.id)) await removed(context.activity);
  });

  app.turn("beforeTurn", async (context) => {
    const activity = context.activity;
    if (activity.type !== ActivityTypes.Message || !activity.conversation?.id || !activity.serviceUrl) return true;
    const id = conversationTargetId(channelConversationId(activity.conversation.id));
    if (known.has(id)) return true;
    try {
      const existing = await deps.targets.get(id);
      if (!existing || existing.status !== "active") await rememberConversation(activity, deps);
      remember(id);
    } catch (error) {
      // Recording is a convenience; the user's message is still answered.
      deps.log.warn("conversation not recorded", { error: String(error) });
    }
    return true;
  });
}
