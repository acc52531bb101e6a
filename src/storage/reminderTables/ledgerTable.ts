import type { TableClient } from "@azure/data-tables";
import type { BadRowReporter } from "../../domain/badRows.js";
import type { LedgerEntry, LedgerRepository } from "../../domain/ledger.js";
import type { Versioned } from "../../domain/repositories.js";
import { keyFor } from "../entityCodec.js";
import { VersionedTable } from "../versionedTable.js";
import { LEDGER_ROW } from "./rowSchemas.js";

/**
 * The delivery ledger (see domain/ledger.ts): PK = the group (an event id, "snooze",
 * `digest|<Monday>`, "borgertun"), RK = what is sent, both escaped. Reminder rows keep the keys
 * of the table it grew from (ReminderDeliveries: event id, delivery id), so rows written before
 * the ledger are read as they are (LEDGER_ROW): a "claimed" row as "posting" by no epoch, left
 * alone until its lease lapses. Lists leave a bad row out (reported); a claim's `get` needs it in
 * shape only, so a row that cannot be planned with is still never posted over.
 */
export class LedgerTable implements LedgerRepository {
  private readonly rows: VersionedTable<LedgerEntry>;

  constructor(table: TableClient, badRows?: BadRowReporter) {
    this.rows = new VersionedTable(
      table,
      {
        kind: "ledger row",
        partitionKey: (row) => keyFor(row.group, "group"),
        rowKey: (row) => keyFor(row.id),
        jsonFields: [],
      },
      { spec: LEDGER_ROW, badRows },
    );
  }

  create(entry: LedgerEntry): Promise<Versioned<LedgerEntry> | undefined> {
    return this.rows.createIfAbsent(entry);
  }

  get(group: string, id: string): Promise<Versioned<LedgerEntry> | undefined> {
    return this.rows.get(keyFor(group, "group"), id);
  }

  update(entry: LedgerEntry, etag: string): Promise<Versioned<LedgerEntry>> {
    return this.rows.update(entry, etag);
  }

  list(group?: string): Promise<Versioned<LedgerEntry>[]> {
    return group ? this.rows.list(keyFor(group, "group")) : this.rows.query();
  }
}
