import type { TableClientFactory } from "../tableClients.js";
import { ConversationTargetTable } from "./conversationTargetTable.js";
import { LedgerTable } from "./ledgerTable.js";
import { LeaseTable } from "./leaseTable.js";
import { RsvpTable } from "./rsvpTable.js";
import { SubscriptionTable } from "./subscriptionTable.js";
import { REMINDER_TABLES } from "./tableNames.js";

export { REMINDER_TABLE_NAMES, REMINDER_TABLES, ONCE_SENDS_TABLE } from "./tableNames.js";
export { copyOnceSends } from "./copyOnceSends.js";

/** The reminder repositories over one table factory. Call `factory.ensureTables(REMINDER_TABLE_NAMES)` first. */
export function createReminderRepositories(factory: Pick<TableClientFactory, "client">) {
  return {
    targets: new ConversationTargetTable(factory.client(REMINDER_TABLES.conversations)),
    subscriptions: new SubscriptionTable(factory.client(REMINDER_TABLES.subscriptions)),
    ledger: new LedgerTable(factory.client(REMINDER_TABLES.ledger)),
    lease: new LeaseTable(factory.client(REMINDER_TABLES.leader)),
    rsvp: new RsvpTable(factory.client(REMINDER_TABLES.rsvp)),
  };
}

/** What {@link createReminderRepositories} returns. */
export type ReminderRepositories = ReturnType<typeof createReminderRepositories>;
