import type { Activity } from "botbuilder";
import { conversationTargetId, type ConversationTargetRepository } from "../domain/conversations.js";
import {
  personalReminderRefusal,
  subscriptionRefusal,
  type ReminderCaller,
  type ReminderPlace,
  type ReminderRefusal,
} from "../domain/reminderRights.js";
import type { Logger } from "../logger.js";
import { isBotEditor, type EditorRuleConfig } from "./editorRule.js";
import { channelConversationId, conversationTypeOf } from "./handlers/installation.js";

/** What the rights check reads: the stored conversations (whose personal chat it is) and the editor rule. */
export interface ReminderRightsDependencies {
  targets: Pick<ConversationTargetRepository, "get">;
  editors: EditorRuleConfig;
}

/** Which rule of domain/reminderRights.ts: one's own reminders (snooze, mute) or a conversation's subscription. */
export type ReminderChangeKind = "ownReminder" | "subscription";

/**
 * Why the sender of `activity` may not make this change in its conversation, or undefined when
 * they may. The conversation and the sender come from Teams (the activity itself), never from
 * the card's data, which the sender can forge.
 */
export async function reminderRefusalFor(
  kind: ReminderChangeKind,
  activity: Activity,
  deps: ReminderRightsDependencies,
): Promise<ReminderRefusal | undefined> {
  const conversationType = conversationTypeOf(activity);
  const caller: ReminderCaller = {
    oid: activity.from?.aadObjectId,
    isEditor: conversationType !== "personal" && isBotEditor(activity, deps.editors),
  };
  const place: ReminderPlace = { conversationType };
  if (conversationType === "personal") {
    const stored = await deps.targets.get(conversationTargetId(channelConversationId(activity.conversation.id)));
    if (stored?.userAadObjectId) place.userAadObjectId = stored.userAadObjectId;
  }
  return kind === "ownReminder" ? personalReminderRefusal(place, caller) : subscriptionRefusal(place, caller);
}

/** One line per refused change: which change, which rule, where, and who (object id only). */
export function logRefusal(log: Logger, activity: Activity, change: string, refusal: ReminderRefusal): void {
  log.info("reminder change refused", {
    change,
    refusal,
    conversationType: conversationTypeOf(activity),
    aadObjectId: activity.from?.aadObjectId ?? null,
  });
}
