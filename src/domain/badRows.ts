/**
 * A stored row that cannot be read or used (a value from an old version, a bug, or written past
 * the door's checks) costs only itself: whoever meets it skips it and reports it here, and the
 * report is logged once and shown to editors (the delivery overview, the Kommende view).
 */

/** One bad row: its table (the logical name), its id, and what is wrong, in words an editor can act on. */
export interface BadRow {
  table: string;
  id: string;
  reason: string;
  /**
   * "read" (the default): the row's shape or values are wrong, found when it was read; a later
   * read that finds it fine withdraws the report. "use": a computation failed on a row that read
   * fine; such a report lasts until it has not been seen again for a while.
   */
  found?: "read" | "use";
}

/** Where bad rows are reported; storage, views and reminder ticks get one from the composition root. */
export interface BadRowReporter {
  /** The row is skipped; say so (once) and show it to editors. */
  bad(row: BadRow): void;
  /** The row was read and is fine: a "read" report about it is withdrawn. */
  fine(table: string, id: string): void;
}

/** The tables whose rows the computations report about (the storage's logical names). */
export const EVENT_ROWS = "events";
export const SUBSCRIPTION_ROWS = "Subscriptions";
/** The reminders' delivery ledger (snoozes, digests, Borgertun reminders and card updates are rows of it). */
export const LEDGER_ROWS = "ReminderDeliveries";
export const BOOKING_ROWS = "bookings";
export const GROUP_ROWS = "groups";
export const PERSON_ROWS = "people";

/** Reports nowhere: for tests and tools that read tables without a service around them. */
export const IGNORE_BAD_ROWS: BadRowReporter = Object.freeze({ bad() {}, fine() {} });

/** The message of anything thrown, short enough for a log line and a table cell. */
export function reasonOf(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 300);
}
