/**
 * The read model's change marker: one row, table "changeMarkers", PartitionKey "marker", RowKey
 * "knowledge", holding a random token. Every write to data the read model caches replaces the
 * token; every instance compares it with the one it loaded under (one point read of one small row)
 * to know whether its cached copy is stale. A random token rather than the ETag or a time: two
 * writes in the same instant still leave two different tokens.
 */
import { randomUUID } from "node:crypto";
import type { TableClient } from "@azure/data-tables";
import type { ChangeMarker } from "../domain/repositories.js";
import { isNotFound } from "./errors.js";

export const CHANGE_MARKER_TABLE = "changeMarkers";
const PARTITION = "marker";
const ROW = "knowledge";

/** ChangeMarker on Azure Table Storage. */
export class TableChangeMarker implements ChangeMarker {
  constructor(
    private readonly table: TableClient,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async read(): Promise<string | undefined> {
    try {
      const row = await this.table.getEntity<{ token?: unknown }>(PARTITION, ROW, {
        queryOptions: { select: ["token"] },
      });
      return typeof row.token === "string" ? row.token : undefined;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async bump(): Promise<void> {
    // An unconditional replace: of two writers at once the later token stays, and either is new to every reader.
    await this.table.upsertEntity(
      { partitionKey: PARTITION, rowKey: ROW, token: randomUUID(), at: this.clock().toISOString() },
      "Replace",
    );
  }
}
