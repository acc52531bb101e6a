/** Logical names of the reminder tables (the factory adds the deployment's prefix). */
export const REMINDER_TABLES = {
  conversations: "Conversations",
  subscriptions: "Subscriptions",
  deliveries: "ReminderDeliveries",
  deliveryLog: "ReminderDeliveryLog",
  sendSlots: "ReminderSendSlots",
  rsvp: "ReminderRsvp",
  cardUpdates: "ReminderCardUpdates",
  onceSends: "ReminderOnceSends",
} as const;

/** Pass to `factory.ensureTables(...)` at start-up. */
export const REMINDER_TABLE_NAMES: readonly string[] = Object.values(REMINDER_TABLES);
