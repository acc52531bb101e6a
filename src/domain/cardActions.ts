/**
 * The protocol of the reminder cards' Action.Execute buttons, shared by the cards (src/reminders)
 * and the handlers that answer them (src/bot): verbs and the data each action carries.
 */
import type { Lang } from "./language.js";
import type { RsvpAnswer, RsvpCounts } from "./rsvp.js";

/** Verbs of the card's Action.Execute buttons and of its refresh. */
export const RSVP_VERB = "rsvp";
export const RSVP_REFRESH_VERB = "rsvpRefresh";
/** Teams refreshes a card automatically for at most this many listed users. */
export const MAX_REFRESH_USERS = 60;

/** Verbs of the personal-chat buttons. */
export const SNOOZE_VERB = "snooze";
export const MUTE_KIND_VERB = "muteKind";

/** What one person sees on the card: the counts and their own answer. */
export interface RsvpView {
  counts: RsvpCounts;
  mine?: RsvpAnswer;
  /** Teams user ids to refresh the card for (the latest answerers, at most 60). */
  userIds?: string[];
}

/** The data every RSVP action carries: enough to find the occurrence and render in the card's language. */
export interface RsvpActionData {
  eventId: string;
  occurrenceKey: string;
  lang: Lang;
  answer?: RsvpAnswer;
}

/** Where a personal card came from: a delivery id or a snooze row id (so snoozing it again is one new snooze). */
export interface PersonalControls {
  source: string;
}

/**
 * Verb of the Borgertun cancel button (an Action.Submit carrying `bookingId` and `lang`): on the
 * booking cards (src/bot) and on the requester's reminder the day before (src/reminders).
 */
export const BOOKING_CANCEL_VERB = "borgertunCancel";
