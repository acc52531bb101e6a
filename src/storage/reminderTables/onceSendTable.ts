import type { TableClient } from "@azure/data-tables";
import { ConflictError } from "../../domain/errors.js";
import type { OnceSend } from "../../domain/onceSend.js";
import type { Versioned } from "../../domain/repositories.js";
import { decodeEntity, encodeEntity, keyFor, partitionFilter } from "../entityCodec.js";
import { isAlreadyExists, isNotFound, isPreconditionFailed } from "../errors.js";

/**
 * Once-sends (snoozed reminders, weekly digests): PK = group ("snooze", `digest|<Monday>`),
 * RK = id. `create` is insert-if-absent, `update` conditional on the etag, `upsert` for a
 * snooze set again before it came back.
 */
export class OnceSendTable {
  constructor(private readonly table: TableClient) {}

  async create(row: OnceSend): Promise<Versioned<OnceSend> | undefined> {
    try {
      const response = await this.table.createEntity(encode(row));
      return { value: row, etag: response.etag! };
    } catch (error) {
      if (isAlreadyExists(error)) return undefined;
      throw error;
    }
  }

  async get(group: string, id: string): Promise<Versioned<OnceSend> | undefined> {
    try {
      const row = await this.table.getEntity(keyFor(group), keyFor(id));
      return { value: decodeEntity<OnceSend>(row, []), etag: row.etag };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async update(row: OnceSend, etag: string): Promise<Versioned<OnceSend>> {
    try {
      const response = await this.table.updateEntity(encode(row), "Replace", { etag });
      return { value: row, etag: response.etag! };
    } catch (error) {
      if (isPreconditionFailed(error)) throw new ConflictError(`${row.group} ${row.id} changed meanwhile`);
      throw error;
    }
  }

  /** Rows of a group not sent or skipped yet. */
  async open(group: string): Promise<Versioned<OnceSend>[]> {
    const filter = `${partitionFilter(keyFor(group))} and status ne 'sent' and status ne 'skipped'`;
    const result: Versioned<OnceSend>[] = [];
    for await (const row of this.table.listEntities({ queryOptions: { filter } }))
      result.push({ value: decodeEntity<OnceSend>(row, []), etag: row.etag });
    return result;
  }

  /** Every row of a group (the delivery overview). */
  async list(group: string): Promise<OnceSend[]> {
    const result: OnceSend[] = [];
    for await (const row of this.table.listEntities({ queryOptions: { filter: partitionFilter(keyFor(group)) } }))
      result.push(decodeEntity<OnceSend>(row, []));
    return result;
  }
}

function encode(row: OnceSend) {
  return encodeEntity(keyFor(row.group, "group"), keyFor(row.id), row, []);
}
