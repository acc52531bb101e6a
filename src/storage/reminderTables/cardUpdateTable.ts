import type { TableClient } from "@azure/data-tables";
import type { CardUpdate, CardUpdateRepository } from "../../domain/cardUpdate.js";
import type { Versioned } from "../../domain/repositories.js";
import { keyFor } from "../entityCodec.js";
import { VersionedTable } from "../versionedTable.js";

/**
 * Card update outbox: PK = event id, RK = `${deliveryId}|v${n}` (escaped). `create` is
 * insert-if-absent (so a change is queued once however many writers see it); `update` is
 * conditional on the etag (so one instance works a row at a time).
 */
export class CardUpdateTable implements CardUpdateRepository {
  private readonly rows: VersionedTable<CardUpdate>;

  constructor(table: TableClient) {
    this.rows = new VersionedTable(table, {
      kind: "card update",
      partitionKey: (row) => keyFor(row.eventId, "eventId"),
      rowKey: (row) => keyFor(row.id),
      jsonFields: [],
    });
  }

  create(row: CardUpdate): Promise<Versioned<CardUpdate> | undefined> {
    return this.rows.createIfAbsent(row);
  }

  get(eventId: string, id: string): Promise<Versioned<CardUpdate> | undefined> {
    return this.rows.get(keyFor(eventId, "eventId"), id);
  }

  update(row: CardUpdate, etag: string): Promise<Versioned<CardUpdate>> {
    return this.rows.update(row, etag);
  }

  /** Rows not done yet (the outbox is small: one row per change per posted card). */
  open(): Promise<Versioned<CardUpdate>[]> {
    return this.rows.query("status ne 'done'");
  }
}
