import { randomUUID } from "node:crypto";
import type { TableClient } from "@azure/data-tables";
import type { DeliveryLogEntry, DeliveryLogRepository } from "../../domain/conversations.js";
import { decodeEntity, encodeEntity, keyFor, partitionFilter } from "../entityCodec.js";

/** Orders entries written by this process within the same millisecond. */
let sequence = 0;

/**
 * Delivery log: PK = delivery id (escaped), RK = instant + per-process sequence + random suffix,
 * so rows list in time order (and in write order within a process) and never clash.
 */
export class DeliveryLogTable implements DeliveryLogRepository {
  constructor(private readonly table: TableClient) {}

  async append(entry: DeliveryLogEntry): Promise<void> {
    const rowKey = `${entry.at}_${String(sequence++ % 1e9).padStart(9, "0")}_${randomUUID()}`;
    await this.table.createEntity(encodeEntity(keyFor(entry.deliveryId), rowKey, entry, []));
  }

  async list(deliveryId: string): Promise<DeliveryLogEntry[]> {
    const result: DeliveryLogEntry[] = [];
    const filter = partitionFilter(keyFor(deliveryId));
    for await (const row of this.table.listEntities({ queryOptions: { filter } }))
      result.push(decodeEntity<DeliveryLogEntry>(row, []));
    // Rows come back in RowKey order, which is time order.
    return result;
  }
}
