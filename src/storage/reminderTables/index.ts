import type { BadRowReporter } from "../../domain/badRows.js";
import type { TableClientFactory } from "../tableClients.js";
import { ConversationTargetTable } from "./conversationTargetTable.js";
import { DeliveryLogTable } from "./deliveryLogTable.js";
import { ReminderDeliveryTable } from "./deliveryTable.js";
import { SendSlotTable } from "./sendSlotTable.js";
import { RsvpTable } from "./rsvpTable.js";
import { CardUpdateTable } from "./cardUpdateTable.js";
import { OnceSendTable } from "./onceSendTable.js";
import { SubscriptionTable } from "./subscriptionTable.js";
import { REMINDER_TABLES } from "./tableNames.js";

export {
  CardUpdateTable,
  OnceSendTable,
  ConversationTargetTable,
  DeliveryLogTable,
  ReminderDeliveryTable,
  RsvpTable,
  SendSlotTable,
  SubscriptionTable,
};
export { REMINDER_TABLE_NAMES, REMINDER_TABLES } from "./tableNames.js";

/**
 * The reminder repositories over one table factory. Call `factory.ensureTables(REMINDER_TABLE_NAMES)`
 * first. Bad rows met when reading are reported to `badRows`.
 */
export function createReminderRepositories(factory: Pick<TableClientFactory, "client">, badRows?: BadRowReporter) {
  return {
    targets: new ConversationTargetTable(factory.client(REMINDER_TABLES.conversations), badRows),
    subscriptions: new SubscriptionTable(factory.client(REMINDER_TABLES.subscriptions), badRows),
    deliveries: new ReminderDeliveryTable(factory.client(REMINDER_TABLES.deliveries), badRows),
    deliveryLog: new DeliveryLogTable(factory.client(REMINDER_TABLES.deliveryLog)),
    sendSlots: new SendSlotTable(factory.client(REMINDER_TABLES.sendSlots)),
    rsvp: new RsvpTable(factory.client(REMINDER_TABLES.rsvp), badRows),
    cardUpdates: new CardUpdateTable(factory.client(REMINDER_TABLES.cardUpdates)),
    onceSends: new OnceSendTable(factory.client(REMINDER_TABLES.onceSends), badRows),
  };
}

/** What {@link createReminderRepositories} returns. */
export type ReminderRepositories = ReturnType<typeof createReminderRepositories>;
