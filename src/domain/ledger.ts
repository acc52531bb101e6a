import type { Versioned } from "./repositories.js";

/**
 * The delivery ledger: one row per thing the reminder runner posts, keyed by what is posted, so
 * that each is posted once however often it is planned and whoever leads.
 * - reminder: (occurrence, lead time, conversation); partition the event id;
 * - card: the n-th update of a posted reminder card (update in place + one reply in its thread);
 * - snooze: a reminder coming back once (a user's click); digest: "Uka i Alrek", one per
 *   conversation and week; booking: a Borgertun requester's reminder; nudge: "Husk å svare" in
 *   one reminder's thread.
 */
export const LEDGER_KINDS = ["reminder", "card", "snooze", "digest", "booking", "nudge"] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/**
 * pending (waits for `dueAt`/`notBefore`: a snooze, a nudge, a post put back after a long
 * Retry-After) → posting (the leader of `epoch` may be posting it: written before the post) →
 * sent | failed (tried again after `notBefore` while attempts remain); missed when found too
 * late, skipped when there was nothing to send or nowhere to send it.
 */
export const LEDGER_STATUSES = ["pending", "posting", "sent", "failed", "missed", "skipped"] as const;
type LedgerStatus = (typeof LEDGER_STATUSES)[number];

/** One ledger row. Rows written before the ledger (claims with `leaseUntil`) read as kind "reminder". */
export interface LedgerEntry {
  kind: LedgerKind;
  /** Partition: the event id (reminder, card, nudge), "snooze", `digest|<Monday>` or "borgertun". */
  group: string;
  /** Row key: what is sent, e.g. `reminderDeliveryId(...)`, `${deliveryId}|v${n}`, the target id of a digest. */
  id: string;
  targetId: string;
  /** ISO instants from here on. */
  dueAt: string;
  status: LedgerStatus;
  /** Posting attempts (a Retry-After that put the row back does not count). */
  attempts: number;
  /** The leader epoch and instance of the last attempt; `claimId` is random per attempt, so a write whose answer was lost is recognised as ours. */
  epoch?: number;
  by?: string;
  claimId?: string;
  notBefore?: string;
  sentAt?: string;
  /** Requests the last attempt made (retries included): a new leader counts them against Teams' limits. */
  posts?: number;
  lastError?: string;
  eventId?: string;
  occurrenceKey?: string;
  leadTime?: string;
  bookingId?: string;
  createdBy?: string;
  /** A posted reminder: the id Teams gave it. A card update or nudge: the post it acts on. */
  activityId?: string;
  /** What the posted card shows (the occurrence start, ISO, or "cancelled"); for a card update, what it shows after it. */
  cardStart?: string;
  /** A card update: the reminder whose card it updates. */
  deliveryId?: string;
  /** Card updates made before the ledger (counted with the card rows). */
  cardVersion?: number;
  /** A claim written before the ledger: left alone until then. */
  leaseUntil?: string;
}

/** The ledger's table: insert-if-absent and ETag-conditional writes make each post once. */
export interface LedgerRepository {
  /** Inserts; undefined when the row exists (409). */
  create(entry: LedgerEntry): Promise<Versioned<LedgerEntry> | undefined>;
  get(group: string, id: string): Promise<Versioned<LedgerEntry> | undefined>;
  /** Throws ConflictError when `etag` is stale (412). */
  update(entry: LedgerEntry, etag: string): Promise<Versioned<LedgerEntry>>;
  /** Every row, or one group's. */
  list(group?: string): Promise<Versioned<LedgerEntry>[]>;
}

/** The one lease row the reminder runners of a storage account compete for. */
export interface LeaderLease {
  holder: string;
  /** Raised by every change of leader: posts are fenced by it. */
  epoch: number;
  /** ISO instant the lease lapses unless renewed. */
  until: string;
}

/** The lease row: insert-if-absent and ETag-conditional replace. */
export interface LeaseRepository {
  read(): Promise<Versioned<LeaderLease> | undefined>;
  create(lease: LeaderLease): Promise<Versioned<LeaderLease> | undefined>;
  /** Throws ConflictError when `etag` is stale. */
  update(lease: LeaderLease, etag: string): Promise<Versioned<LeaderLease>>;
}

/** Attempts ending in failure before a row is left failed. */
export const MAX_ATTEMPTS = 3;

/** True when the row will not be posted again: sent, missed, skipped, or failed for good. */
export function isSettled(row: LedgerEntry): boolean {
  return (
    row.status === "sent" ||
    row.status === "missed" ||
    row.status === "skipped" ||
    (row.status === "failed" && row.attempts >= MAX_ATTEMPTS)
  );
}

/**
 * True when the row may be (re)posted at `now`. A "posting" row that no post in this process
 * holds (the caller checks that) may have been posted by a leader that died before recording it:
 * it is posted again (at least once, never lost; README "What remains").
 */
export function isOpen(row: LedgerEntry, now: Date): boolean {
  if (isSettled(row)) return false;
  if (row.notBefore && Date.parse(row.notBefore) > now.getTime()) return false;
  return !(row.leaseUntil && Date.parse(row.leaseUntil) > now.getTime());
}
