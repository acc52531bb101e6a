/**
 * RSVP on reminder cards (pure): who answered what for one occurrence.
 * A person is keyed by their Entra object id; the name is kept only for display.
 */
import { occurrenceNow } from "./cardUpdate.js";
import type { AlrekEvent, EventKind, Occurrence } from "./events.js";

/** "Kommer", "Kommer ikke", "Kanskje". */
export type RsvpAnswer = "yes" | "no" | "maybe";
export const RSVP_ANSWERS: readonly RsvpAnswer[] = ["yes", "no", "maybe"];

/** Kinds whose reminder cards ask who is coming (deadlines and conferences do not). */
export const RSVP_KINDS: ReadonlySet<EventKind> = new Set<EventKind>(["meeting", "workshop", "presentation"]);

/** Answers are taken from this many days before an occurrence (reminders come at most 90 days ahead)… */
const RSVP_OPENS_DAYS_BEFORE = 100;
/** …until this long after its start. */
const RSVP_CLOSES_AFTER_MS = 86_400_000;
const DAY_MS = 86_400_000;

/**
 * The occurrence `key` of `event` as far as RSVP goes: undefined when the event does not exist,
 * does not ask who is coming (RSVP_KINDS), or `key` is not one of its occurrences or is cancelled.
 * Otherwise the occurrence (whose own key answers are stored under, so made-up keys cannot add
 * rows) and whether answers are taken at `now`: from RSVP_OPENS_DAYS_BEFORE days before its start
 * until a day after.
 */
export function rsvpOccurrence(
  event: AlrekEvent | undefined,
  key: string,
  now: Date,
): { occurrence: Occurrence; open: boolean } | undefined {
  const found = event && RSVP_KINDS.has(event.kind) ? occurrenceNow(event, key) : undefined;
  if (!found || found.cancelled) return undefined;
  const start = found.occurrence.start.getTime();
  const open =
    now.getTime() >= start - RSVP_OPENS_DAYS_BEFORE * DAY_MS && now.getTime() <= start + RSVP_CLOSES_AFTER_MS;
  return { occurrence: found.occurrence, open };
}

/** One person's answer for one occurrence; the latest click wins. */
export interface RsvpEntry {
  eventId: string;
  occurrenceKey: string;
  /** Entra object id. */
  oid: string;
  /** Display name at the time of the answer. */
  name?: string;
  /** Teams user id ("29:…"), needed to name the person in a card refresh or a mention. */
  userId?: string;
  answer: RsvpAnswer;
  /** ISO instant. */
  answeredAt: string;
}

/** Counts per answer. */
export type RsvpCounts = Record<RsvpAnswer, number>;

/** Answers per occurrence; `put` replaces a person's earlier answer. */
export interface RsvpRepository {
  put(entry: RsvpEntry): Promise<void>;
  list(eventId: string, occurrenceKey: string): Promise<RsvpEntry[]>;
  /** Records that the "Husk å svare" nudge was sent; false when it had been already (insert-if-absent). */
  claimNudge(eventId: string, occurrenceKey: string, at: string, by: string): Promise<boolean>;
}

export function isRsvpAnswer(value: unknown): value is RsvpAnswer {
  return typeof value === "string" && (RSVP_ANSWERS as readonly string[]).includes(value);
}

export function rsvpCounts(entries: readonly Pick<RsvpEntry, "answer">[]): RsvpCounts {
  const counts: RsvpCounts = { yes: 0, no: 0, maybe: 0 };
  for (const e of entries) counts[e.answer]++;
  return counts;
}

/** Members of a conversation who have not answered (by object id), for the nudge. */
export function notAnswered<M extends { aadObjectId?: string }>(
  members: readonly M[],
  entries: readonly Pick<RsvpEntry, "oid">[],
): M[] {
  const answered = new Set(entries.map((e) => e.oid));
  return members.filter((m) => m.aadObjectId && !answered.has(m.aadObjectId));
}
