import type { TableClient } from "@azure/data-tables";
import type { ReminderDelivery, ReminderDeliveryRepository } from "../../domain/conversations.js";
import { ConflictError } from "../../domain/errors.js";
import type { BadRowReporter } from "../../domain/badRows.js";
import type { Versioned } from "../../domain/repositories.js";
import { RowReader } from "../rowReader.js";
import { DELIVERY_ROW } from "./rowSchemas.js";
import { decodeEntity, encodeEntity, keyFor, partitionFilter } from "../entityCodec.js";
import { isAlreadyExists, isNotFound, isPreconditionFailed } from "../errors.js";

/**
 * Deliveries table, the exactly-once ledger.
 * PK = event id (not the due day): when an occurrence is moved its reminders get a new due time,
 * and a day partition would then hold a second row with the same id. With the event as partition
 * the key depends only on the deterministic id, so a sent reminder stays sent.
 * RK = the delivery id `${eventId}|${occurrenceKey}|${leadTime}|${targetId}`, escaped by keyFor.
 */
export class ReminderDeliveryTable implements ReminderDeliveryRepository {
  private readonly reader: RowReader<ReminderDelivery>;

  constructor(
    private readonly table: TableClient,
    badRows?: BadRowReporter,
  ) {
    this.reader = new RowReader(
      { ...DELIVERY_ROW, keys: (d) => [keyFor(d.eventId, "eventId"), keyFor(d.id, "id")] },
      badRows,
    );
  }

  async create(delivery: ReminderDelivery): Promise<Versioned<ReminderDelivery> | undefined> {
    try {
      const response = await this.table.createEntity(this.encode(delivery));
      return { value: delivery, etag: response.etag! };
    } catch (error) {
      if (isAlreadyExists(error)) return undefined;
      throw error;
    }
  }

  async get(eventId: string, id: string): Promise<Versioned<ReminderDelivery> | undefined> {
    try {
      const row = await this.table.getEntity(keyFor(eventId), keyFor(id));
      return { value: decodeEntity<ReminderDelivery>(row, []), etag: row.etag };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async update(delivery: ReminderDelivery, etag: string): Promise<Versioned<ReminderDelivery>> {
    try {
      // Replace, so optional fields cleared in `delivery` (leaseUntil) are cleared in the row.
      const response = await this.table.updateEntity(this.encode(delivery), "Replace", { etag });
      return { value: delivery, etag: response.etag! };
    } catch (error) {
      if (isPreconditionFailed(error)) throw new ConflictError(`delivery ${delivery.id} changed meanwhile`);
      throw error;
    }
  }

  async list(eventId?: string): Promise<ReminderDelivery[]> {
    const queryOptions = eventId ? { filter: partitionFilter(keyFor(eventId)) } : undefined;
    const result: ReminderDelivery[] = [];
    // A claim reads its own row as it is (get); the lists (overview, card updates) leave bad rows out.
    for await (const row of this.table.listEntities({ queryOptions })) {
      const delivery = this.reader.usable(row);
      if (delivery) result.push(delivery);
    }
    return result;
  }

  private encode(delivery: ReminderDelivery) {
    return encodeEntity(keyFor(delivery.eventId, "eventId"), keyFor(delivery.id, "id"), delivery, []);
  }
}
