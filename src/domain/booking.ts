/**
 * Requests to borrow BEHO's meeting room Borgertun. Times are Europe/Oslo wall-clock ("HH:mm")
 * on a calendar date ("YYYY-MM-DD"), as people ask for them; instants are derived when needed.
 */

/** Where a request stands. "proposed": the coordinator offered another time the requester may take. */
export type BookingStatus = "pending" | "approved" | "declined" | "cancelled" | "proposed";

/** The languages booking texts are written in. */
export type BookingLang = "nb" | "nn" | "en";

/** The time asked for: a date and a from–to on it, Europe/Oslo. */
export interface BookingSlot {
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm */
  from: string;
  /** HH:mm, after `from` on the same day. */
  to: string;
}

/** What a requester fills in. */
export interface BookingRequest extends BookingSlot {
  purpose: string;
  organisation: string;
  expectedPeople?: number;
  microphones: boolean;
}

/** A stored request. The requester is identified by Entra object id + tenant, never by name. */
export interface Booking extends BookingRequest {
  id: string;
  requester: { oid: string; tid: string; name: string };
  /** The stored conversation (ConversationTarget id) where the requester is told about the outcome. */
  replyTargetId?: string;
  /** Language the requester asked in; replies use it. */
  lang: BookingLang;
  status: BookingStatus;
  /** Why it was declined or cancelled, as the deciding person wrote it. */
  reason?: string;
  /** The other time the coordinator offered (status "proposed"). */
  proposal?: BookingSlot;
  createdAt: string;
  decidedAt?: string;
  decidedBy?: { oid: string; tid: string; name: string };
}

/** Rules editors may change without a code change (stored in Table Storage). */
export interface BookingRules {
  /** ISO weekdays that can be booked, 1 = Monday … 7 = Sunday. */
  weekdays: number[];
  /** Bookable hours, HH:mm. */
  openFrom: string;
  openTo: string;
  /** How far ahead a request may be, in days from today. */
  maxDaysAhead: number;
  /** Longest booking, in minutes. */
  maxMinutes: number;
  /** Extra closed dates (YYYY-MM-DD). */
  closedDates: string[];
  /** Norway's public holidays are closed unless this is false. */
  closedOnPublicHolidays: boolean;
}

/** Weekdays 08–16, up to 90 days ahead, at most 4 hours, closed on public holidays. */
export const DEFAULT_BOOKING_RULES: BookingRules = Object.freeze({
  weekdays: [1, 2, 3, 4, 5],
  openFrom: "08:00",
  openTo: "16:00",
  maxDaysAhead: 90,
  maxMinutes: 240,
  closedDates: [],
  closedOnPublicHolidays: true,
}) as BookingRules;

/** Something already in the room at the asked time. */
export interface BookingConflict {
  kind: "event" | "booking";
  id: string;
  title: string;
  /** Local HH:mm on the asked date (clipped to the day). */
  from: string;
  to: string;
}

/** Why a request cannot be taken; `conflict` carries what collides and the nearest free slots. */
export type BookingRefusal =
  | { reason: "invalid"; field: string }
  | { reason: "past" }
  | { reason: "tooFarAhead"; maxDaysAhead: number }
  | { reason: "tooLong"; maxMinutes: number }
  | { reason: "closedWeekday" }
  | { reason: "publicHoliday"; holiday: { nb: string; nn: string; en: string } }
  | { reason: "closedDate" }
  | { reason: "outsideHours"; openFrom: string; openTo: string }
  | { reason: "conflict"; conflicts: BookingConflict[]; freeSlots: BookingSlot[] };

/** The id of the Alrek event an approved booking shows as; a "." never occurs in ids made from titles. */
export function bookingEventId(bookingId: string): string {
  return `borgertun.${bookingId}`;
}

/** True for the events that stand for approved bookings (their conflicts are counted as bookings). */
export function isBookingEventId(eventId: string): boolean {
  return eventId.startsWith("borgertun.");
}

/** The title of an approved booking in Kommende and the calendar feed. */
export function bookingEventTitle(b: Pick<BookingRequest, "purpose" | "organisation">): string {
  return `Borgertun: ${b.purpose} (${b.organisation})`;
}
