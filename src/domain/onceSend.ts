import type { Versioned } from "./repositories.js";
/**
 * A message that must reach one conversation once at (or after) a time, across instances:
 * a snoozed reminder coming back, the weekly digest, or a Borgertun requester's reminder. Same life as a reminder delivery:
 * created already claimed (insert-if-absent), a lapsed lease can be taken over with a
 * conditional write, and the outcome is recorded on the row.
 */
export interface OnceSend {
  /** Partition: "snooze", `digest|<Monday YYYY-MM-DD>` or "borgertun". */
  group: string;
  /** Row: for a snooze `${targetId}|<hash of event and occurrence>`, for a digest the target id, for Borgertun `${bookingId}|${date}T${from}`. */
  id: string;
  targetId: string;
  /** ISO instant it is due. */
  dueAt: string;
  status: "pending" | "claimed" | "sent" | "skipped" | "failed";
  attempts: number;
  claimId?: string;
  claimedBy?: string;
  leaseUntil?: string;
  notBefore?: string;
  sentAt?: string;
  lastError?: string;
  /** What to send: for a snooze the event id and occurrence key. */
  eventId?: string;
  occurrenceKey?: string;
  /** For a Borgertun reminder: the booking, read again right before the post. */
  bookingId?: string;
  createdBy?: string;
}

/** Tries before a once-send is left failed. */
export const ONCE_MAX_ATTEMPTS = 3;

/** True when the row may be claimed at `now`. */
export function onceClaimable(row: OnceSend, now: Date): boolean {
  if (new Date(row.dueAt) > now) return false;
  if (row.notBefore && new Date(row.notBefore) > now) return false;
  if (row.status === "pending") return true;
  if (row.status === "failed") return row.attempts < ONCE_MAX_ATTEMPTS;
  return row.status === "claimed" && (!row.leaseUntil || new Date(row.leaseUntil) <= now);
}

/** Where one-time sends (snoozes, nudges) are kept; conditional writes make each happen once. */
export interface OnceSendRepository {
  /** Inserts the row; `undefined` when one with this id already exists. */
  create(row: OnceSend): Promise<Versioned<OnceSend> | undefined>;
  get(group: string, id: string): Promise<Versioned<OnceSend> | undefined>;
  /** Conditional on `etag`; a stale etag throws ConflictError. */
  update(row: OnceSend, etag: string): Promise<Versioned<OnceSend>>;
  /** The rows of `group` not yet done. */
  open(group: string): Promise<Versioned<OnceSend>[]>;
  list(group: string): Promise<OnceSend[]>;
}
