/**
 * Who may change which reminders (pure). A personal chat with the bot is its one user's: they
 * snooze, mute kinds, subscribe and change settings there. A channel or group chat is shared:
 * its subscription, kinds, lead times and digest are changed by editors only (the editor rule of
 * editors.ts), and snooze and "Ikke send meg slike" do not apply there at all, since they would
 * change what everybody in it gets. Channel owners are not asked: the bot's roster API does not
 * say who owns a team (see README, Security).
 */
import type { ConversationType } from "./conversations.js";

/** The conversation a change is asked for in, as far as the rule looks. */
export interface ReminderPlace {
  conversationType: ConversationType;
  /** For a personal chat: the Entra object id of its user, when known (stored with the conversation). */
  userAadObjectId?: string;
}

/** Who asks: their Entra object id, and whether the editor rule says they are an editor. */
export interface ReminderCaller {
  oid?: string;
  isEditor: boolean;
}

/** Why a change is refused: only in one's own personal chat, or only by editors. */
export type ReminderRefusal = "personalOnly" | "editorsOnly";

/** A personal chat that is the caller's own (or whose user is not known yet, as on the first message). */
function isOwnPersonalChat(place: ReminderPlace, caller: ReminderCaller): boolean {
  if (place.conversationType !== "personal") return false;
  if (!place.userAadObjectId || !caller.oid) return true;
  return place.userAadObjectId.toLowerCase() === caller.oid.toLowerCase();
}

/**
 * Snooze and "Ikke send meg slike" act on one's own reminders only: in one's own personal chat.
 * Undefined when allowed, else why not.
 */
export function personalReminderRefusal(place: ReminderPlace, caller: ReminderCaller): ReminderRefusal | undefined {
  return isOwnPersonalChat(place, caller) ? undefined : "personalOnly";
}

/**
 * Subscribing, unsubscribing, the settings card and the digest: the user in their own personal
 * chat; in a channel or group chat editors only. Undefined when allowed, else why not.
 */
export function subscriptionRefusal(place: ReminderPlace, caller: ReminderCaller): ReminderRefusal | undefined {
  if (place.conversationType === "personal") return isOwnPersonalChat(place, caller) ? undefined : "personalOnly";
  return caller.isEditor ? undefined : "editorsOnly";
}
