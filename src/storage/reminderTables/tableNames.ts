/** Logical names of the reminder tables (the factory adds the deployment's prefix). */
export const REMINDER_TABLES = {
  conversations: "Conversations",
  subscriptions: "Subscriptions",
  /** The delivery ledger keeps the name of the table it grew from, so reminder rows written before it still count. */
  ledger: "ReminderDeliveries",
  leader: "ReminderLeader",
  rsvp: "ReminderRsvp",
} as const;

/** Pass to `factory.ensureTables(...)` at start-up. */
export const REMINDER_TABLE_NAMES: readonly string[] = Object.values(REMINDER_TABLES);

/** Where snoozes, digests and Borgertun reminders were kept before the ledger: read once by copyOnceSends. */
export const ONCE_SENDS_TABLE = "ReminderOnceSends";
