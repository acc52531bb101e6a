import type { TableClient } from "@azure/data-tables";
import { keyFor } from "../entityCodec.js";
import { deleteMatching } from "../deleteMatching.js";
import { isAlreadyExists, isNotFound, isPreconditionFailed } from "../errors.js";

/** Optimistic increments that lose to another writer this often in a row are reported, not looped on forever. */
const MAX_INCREMENT_TRIES = 20;

/**
 * Send slots (see src/reminders/sendSlots.ts): PK = zero-padded clock hour + scope
 * (`000494000|c|<target id>` or `000494000|t|<tenant>`), RK = `<layer>-<bucket>-<index>` for
 * a slot, `h` for the hourly counter. Hour-first keys let old rows be found with one range query.
 */
export class SendSlotTable {
  constructor(private readonly table: TableClient) {}

  async take(partitionKey: string, rowKey: string): Promise<boolean> {
    try {
      await this.table.createEntity({
        partitionKey: keyFor(partitionKey),
        rowKey: keyFor(rowKey),
        takenAt: new Date().toISOString(),
      });
      return true;
    } catch (error) {
      if (isAlreadyExists(error)) return false;
      throw error;
    }
  }

  async increment(partitionKey: string, rowKey: string, cap: number): Promise<boolean> {
    const pk = keyFor(partitionKey);
    const rk = keyFor(rowKey);
    for (let tries = 0; tries < MAX_INCREMENT_TRIES; tries++) {
      let row: { count?: unknown; etag: string } | undefined;
      try {
        row = await this.table.getEntity<{ count: number }>(pk, rk);
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
      try {
        if (!row) {
          await this.table.createEntity({ partitionKey: pk, rowKey: rk, count: 1 });
          return true;
        }
        const count = Number(row.count) || 0;
        if (count >= cap) return false;
        await this.table.updateEntity({ partitionKey: pk, rowKey: rk, count: count + 1 }, "Replace", {
          etag: row.etag,
        });
        return true;
      } catch (error) {
        // Another instance counted first: read again.
        if (!isAlreadyExists(error) && !isPreconditionFailed(error)) throw error;
      }
    }
    throw new Error(`send counter ${partitionKey} is too contended`);
  }

  prune(beforePartitionKey: string, maxRows: number): Promise<number> {
    return deleteMatching(this.table, `PartitionKey lt '${keyFor(beforePartitionKey).replace(/'/g, "''")}'`, maxRows);
  }
}
