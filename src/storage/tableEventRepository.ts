/**
 * Events in table "events".
 * PartitionKey "event" (the whole set is small and always listed together),
 * RowKey = event id (escaped by keyFor). `exceptions` and `reminderLeadTimes` are JSON strings.
 */
import type { TableClient } from "@azure/data-tables";
import type { BadRowReporter } from "../domain/badRows.js";
import type { AlrekEvent } from "../domain/events.js";
import type { BadEvent, EventRepository, Versioned } from "../domain/repositories.js";
import { keyFor } from "./entityCodec.js";
import { EVENT_ROW } from "./rowSchemas.js";
import { VersionedTable, type RowMapping } from "./versionedTable.js";

export const EVENTS_TABLE = EVENT_ROW.table;
const PARTITION = "event";

/** Row mapping of an event; exported for the seeder. */
export const eventMapping: RowMapping<AlrekEvent> = {
  kind: "event",
  partitionKey: () => PARTITION,
  rowKey: (e) => keyFor(e.id),
  jsonFields: ["exceptions", "reminderLeadTimes"],
};

/**
 * EventRepository on Azure Table Storage; `update` is conditional on the ETag. Rows are read
 * through the events schema (rowSchemas.ts): a bad one is reported to `badRows` and left out of lists.
 */
export class TableEventRepository implements EventRepository {
  private readonly rows: VersionedTable<AlrekEvent>;

  constructor(table: TableClient, badRows?: BadRowReporter) {
    this.rows = new VersionedTable(table, eventMapping, { spec: EVENT_ROW, badRows });
  }

  list(): Promise<Versioned<AlrekEvent>[]> {
    return this.rows.list(PARTITION);
  }

  async scan(): Promise<{ events: Versioned<AlrekEvent>[]; bad: BadEvent[] }> {
    const events: Versioned<AlrekEvent>[] = [];
    const bad: BadEvent[] = [];
    for (const r of await this.rows.scan(PARTITION)) {
      if (r.ok) events.push({ value: r.value, etag: r.etag });
      else bad.push({ id: r.id, reason: r.reason, ...(r.value ? { event: { value: r.value, etag: r.etag } } : {}) });
    }
    return { events, bad };
  }

  get(id: string): Promise<Versioned<AlrekEvent> | undefined> {
    return this.rows.get(PARTITION, id);
  }

  create(event: AlrekEvent): Promise<Versioned<AlrekEvent>> {
    return this.rows.create(event);
  }

  update(event: AlrekEvent, etag: string): Promise<Versioned<AlrekEvent>> {
    return this.rows.update(event, etag);
  }
}
