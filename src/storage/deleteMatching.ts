import type { TableClient } from "@azure/data-tables";
import { isNotFound } from "./errors.js";

/**
 * Deletes up to `maxRows` rows matching an OData filter, reading only their keys. Used by the
 * retention passes; a row another instance deleted first still counts, so two instances pruning
 * at once stop at the same bound.
 */
export async function deleteMatching(table: TableClient, filter: string, maxRows: number): Promise<number> {
  let deleted = 0;
  for await (const row of table.listEntities({ queryOptions: { filter, select: ["PartitionKey", "RowKey"] } })) {
    if (deleted >= maxRows) break;
    try {
      await table.deleteEntity(row.partitionKey!, row.rowKey!);
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
    deleted++;
  }
  return deleted;
}
