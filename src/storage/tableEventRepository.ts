/**
 * Events in table "events".
 * PartitionKey "event" (the whole set is small and always listed together),
 * RowKey = event id (escaped by keyFor). `exceptions` and `reminderLeadTimes` are JSON strings.
 */
import type { TableClient } from "@azure/data-tables";
import type { AlrekEvent } from "../domain/events.js";
import type { EventRepository, Versioned } from "../domain/repositories.js";
import { keyFor } from "./entityCodec.js";
import { VersionedTable, type RowMapping } from "./versionedTable.js";

export const EVENTS_TABLE = "events";
const PARTITION = "event";

/** Row mapping of an event; exported for the seeder. */
export const eventMapping: RowMapping<AlrekEvent> = {
  kind: "event",
  partitionKey: () => PARTITION,
  rowKey: (e) => keyFor(e.id),
  jsonFields: ["exceptions", "reminderLeadTimes"],
};

/** EventRepository on Azure Table Storage; `update` is conditional on the ETag. */
export class TableEventRepository implements EventRepository {
  private readonly rows: VersionedTable<AlrekEvent>;

  constructor(table: TableClient) {
    this.rows = new VersionedTable(table, eventMapping);
  }

  async list(): Promise<Versioned<AlrekEvent>[]> {
    return (await this.rows.list(PARTITION)).map((v) => ({ ...v, value: withDefaults(v.value) }));
  }

  async get(id: string): Promise<Versioned<AlrekEvent> | undefined> {
    const found = await this.rows.get(PARTITION, id);
    return found && { ...found, value: withDefaults(found.value) };
  }

  create(event: AlrekEvent): Promise<Versioned<AlrekEvent>> {
    return this.rows.create(event);
  }

  update(event: AlrekEvent, etag: string): Promise<Versioned<AlrekEvent>> {
    return this.rows.update(event, etag);
  }
}

/** Required fields a row may lack (an empty array is stored, but be lenient with old rows). */
function withDefaults(event: AlrekEvent): AlrekEvent {
  return { ...event, exceptions: event.exceptions ?? [], cancelled: event.cancelled ?? false };
}
