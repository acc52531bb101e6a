import type { BadRowReporter } from "../../domain/badRows.js";
import type { TableClientFactory } from "../tableClients.js";
import { ConversationTargetTable } from "./conversationTargetTable.js";
import { LedgerTable } from "./ledgerTable.js";
import { LeaseTable } from "./leaseTable.js";
import { RsvpTable } from "./rsvpTable.js";
import { SubscriptionTable } from "./subscriptionTable.js";
import { REMINDER_TABLES } from "./tableNames.js";

export { REMINDER_TABLE_NAMES, REMINDER_TABLES, ONCE_SENDS_TABLE } from "./tableNames.js";
export { copyOnceSends } from "./copyOnceSends.js";

/**
 * The reminder repositories over one table factory. Call `factory.ensureTables(REMINDER_TABLE_NAMES)`
 * first. Bad rows met when reading are reported to `badRows`.
 */
export function createReminderRepositories(factory: Pick<TableClientFactory, "client">, badRows?: BadRowReporter) {
  return {
    targets: new ConversationTargetTable(factory.client(REMINDER_TABLES.conversations), badRows),
    subscriptions: new SubscriptionTable(factory.client(REMINDER_TABLES.subscriptions), badRows),
    ledger: new LedgerTable(factory.client(REMINDER_TABLES.ledger), badRows),
    lease: new LeaseTable(factory.client(REMINDER_TABLES.leader), badRows),
    rsvp: new RsvpTable(factory.client(REMINDER_TABLES.rsvp), badRows),
  };
}

/** What {@link createReminderRepositories} returns. */
export type ReminderRepositories = ReturnType<typeof createReminderRepositories>;
