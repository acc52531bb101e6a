import type { TableClient } from "@azure/data-tables";
import type { OnceSend, OnceSendRepository } from "../../domain/onceSend.js";
import type { BadRowReporter } from "../../domain/badRows.js";
import type { Versioned } from "../../domain/repositories.js";
import { ONCE_SEND_ROW } from "./rowSchemas.js";
import { keyFor, partitionFilter } from "../entityCodec.js";
import { VersionedTable } from "../versionedTable.js";

/**
 * Once-sends (snoozed reminders, weekly digests): PK = group ("snooze", `digest|<Monday>`),
 * RK = id. `create` is insert-if-absent, `update` conditional on the etag.
 */
export class OnceSendTable implements OnceSendRepository {
  private readonly rows: VersionedTable<OnceSend>;

  constructor(table: TableClient, badRows?: BadRowReporter) {
    this.rows = new VersionedTable(
      table,
      {
        kind: "once-send",
        partitionKey: (row) => keyFor(row.group, "group"),
        rowKey: (row) => keyFor(row.id),
        jsonFields: [],
      },
      { spec: ONCE_SEND_ROW, badRows },
    );
  }

  create(row: OnceSend): Promise<Versioned<OnceSend> | undefined> {
    return this.rows.createIfAbsent(row);
  }

  get(group: string, id: string): Promise<Versioned<OnceSend> | undefined> {
    return this.rows.get(keyFor(group, "group"), id);
  }

  update(row: OnceSend, etag: string): Promise<Versioned<OnceSend>> {
    return this.rows.update(row, etag);
  }

  /** Rows of a group not sent or skipped yet. */
  open(group: string): Promise<Versioned<OnceSend>[]> {
    return this.rows.query(`${partitionFilter(keyFor(group, "group"))} and status ne 'sent' and status ne 'skipped'`);
  }

  /** Every row of a group (the delivery overview). */
  async list(group: string): Promise<OnceSend[]> {
    return (await this.rows.list(keyFor(group, "group"))).map((v) => v.value);
  }
}
