import { TableClient, type TableEntity } from "@azure/data-tables";
import { inject } from "vitest";

/**
 * Writes rows straight into a running service's tables, past every check at the door, the way an
 * old version, a bug or a hand edit in Storage Explorer would. `table` is the logical name
 * ("events", "Subscriptions", …); the service's prefix is added.
 */
export function rawTables(tablePrefix: string) {
  const clients = new Map<string, TableClient>();
  const client = (table: string) => {
    let c = clients.get(table);
    if (!c) {
      c = TableClient.fromConnectionString(inject("azuriteConnectionString"), tablePrefix + table, {
        allowInsecureConnection: true,
      });
      clients.set(table, c);
    }
    return c;
  };
  return {
    /** Replaces (or inserts) one row as given. */
    async put(table: string, row: TableEntity<Record<string, unknown>>): Promise<void> {
      await client(table).upsertEntity(row, "Replace");
    },
    /** One row as stored, or undefined. */
    async get(table: string, partitionKey: string, rowKey: string): Promise<Record<string, unknown> | undefined> {
      try {
        return await client(table).getEntity(partitionKey, rowKey);
      } catch {
        return undefined;
      }
    },
  };
}
