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

/** The reminder repositories over one table factory. Call `factory.ensureTables(REMINDER_TABLE_NAMES)` first. */
export function createReminderRepositories(factory: Pick<TableClientFactory, "client">) {
  return {
    targets: new ConversationTargetTable(factory.client(REMINDER_TABLES.conversations)),
    subscriptions: new SubscriptionTable(factory.client(REMINDER_TABLES.subscriptions)),
    deliveries: new ReminderDeliveryTable(factory.client(REMINDER_TABLES.deliveries)),
    deliveryLog: new DeliveryLogTable(factory.client(REMINDER_TABLES.deliveryLog)),
    sendSlots: new SendSlotTable(factory.client(REMINDER_TABLES.sendSlots)),
    rsvp: new RsvpTable(factory.client(REMINDER_TABLES.rsvp)),
    cardUpdates: new CardUpdateTable(factory.client(REMINDER_TABLES.cardUpdates)),
    onceSends: new OnceSendTable(factory.client(REMINDER_TABLES.onceSends)),
  };
}

/** What {@link createReminderRepositories} returns. */
export type ReminderRepositories = ReturnType<typeof createReminderRepositories>;
