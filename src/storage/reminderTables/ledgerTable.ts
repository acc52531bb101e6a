import type { TableClient } from "@azure/data-tables";
import type { LedgerEntry, LedgerRepository } from "../../domain/ledger.js";
import type { Versioned } from "../../domain/repositories.js";
import { keyFor } from "../entityCodec.js";
import { VersionedTable } from "../versionedTable.js";

/**
 * The delivery ledger (see domain/ledger.ts): PK = the group (an event id, "snooze",
 * `digest|<Monday>`, "borgertun"), RK = what is sent, both escaped. Reminder rows keep the keys
 * of the table it grew from (ReminderDeliveries: event id, delivery id), so rows written before
 * the ledger are read as they are: a "claimed" row as "posting" by no epoch, left alone until
 * its lease lapses.
 */
export class LedgerTable implements LedgerRepository {
  private readonly rows: VersionedTable<LedgerEntry>;

  constructor(table: TableClient) {
    this.rows = new VersionedTable(table, {
      kind: "ledger row",
      partitionKey: (row) => keyFor(row.group, "group"),
      rowKey: (row) => keyFor(row.id),
      jsonFields: [],
    });
  }

  create(entry: LedgerEntry): Promise<Versioned<LedgerEntry> | undefined> {
    return this.rows.createIfAbsent(entry);
  }

  async get(group: string, id: string): Promise<Versioned<LedgerEntry> | undefined> {
    const found = await this.rows.get(keyFor(group, "group"), id);
    return found && { value: fromStored(found.value), etag: found.etag };
  }

  update(entry: LedgerEntry, etag: string): Promise<Versioned<LedgerEntry>> {
    return this.rows.update(entry, etag);
  }

  async list(group?: string): Promise<Versioned<LedgerEntry>[]> {
    const rows = group ? await this.rows.list(keyFor(group, "group")) : await this.rows.query();
    return rows.map(({ value, etag }) => ({ value: fromStored(value), etag }));
  }
}

/** A row as stored, read as a ledger row; rows of the delivery table before the ledger had no kind or group. */
function fromStored(stored: LedgerEntry & { claimedBy?: string }): LedgerEntry {
  const { claimedBy, ...row } = stored;
  const legacy = (row.status as string) === "claimed";
  return {
    ...row,
    kind: row.kind ?? "reminder",
    group: row.group ?? row.eventId,
    ...(legacy ? { status: "posting" } : {}),
    ...(claimedBy && !row.by ? { by: claimedBy } : {}),
  };
}
