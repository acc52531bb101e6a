import type { TableClient } from "@azure/data-tables";
import { AlreadyExistsError, ConflictError, NotFoundError } from "../domain/errors.js";
import type { Versioned } from "../domain/repositories.js";
import { decodeEntity, encodeEntity, keyFor, partitionFilter, type Row } from "./entityCodec.js";
import { isAlreadyExists, isNotFound, isPreconditionFailed } from "./errors.js";
import { RowReader, type RowReading, type RowSpec } from "./rowReader.js";
import type { BadRowReporter } from "../domain/badRows.js";

/** How one kind of value maps to rows: its keys and which fields are stored as JSON. */
export interface RowMapping<T extends object> {
  /** Used in error messages, e.g. "event". */
  kind: string;
  partitionKey(value: T): string;
  rowKey(value: T): string;
  jsonFields: readonly (keyof T & string)[];
}

/** Turns a value into its row under `mapping`. */
export function toRow<T extends object>(mapping: RowMapping<T>, value: T): Row {
  return encodeEntity(mapping.partitionKey(value), mapping.rowKey(value), value, mapping.jsonFields);
}

/**
 * Get/list/create/conditional update of ETag-versioned rows, shared by the event and tiltak
 * repositories so both map 404/409/412 the same way. With a RowReader, lists hold only usable
 * rows (bad ones are reported and left out) and a get needs the row in shape only, so that a
 * row with a bad value can still be opened and fixed.
 */
export class VersionedTable<T extends object> {
  private readonly reader?: RowReader<T>;

  constructor(
    private readonly table: TableClient,
    private readonly mapping: RowMapping<T>,
    read?: { spec: RowSpec<T>; badRows?: BadRowReporter },
  ) {
    if (read) {
      const keys = (value: T) => [mapping.partitionKey(value), mapping.rowKey(value)] as const;
      this.reader = new RowReader({ keys, ...read.spec }, read.badRows);
    }
  }

  list(partitionKey: string): Promise<Versioned<T>[]> {
    return this.query(partitionFilter(partitionKey));
  }

  /** The rows matching an OData filter (built by the caller from escaped keys and constants); every row without one. */
  async query(filter?: string): Promise<Versioned<T>[]> {
    const out: Versioned<T>[] = [];
    for await (const row of this.table.listEntities({ queryOptions: filter ? { filter } : undefined })) {
      const value = this.reader ? this.reader.usable(row) : decodeEntity<T>(row, this.mapping.jsonFields);
      if (value !== undefined) out.push({ value, etag: row.etag });
    }
    return out;
  }

  /** Every row of a partition as read, the bad ones included (and reported): for views that show them to editors. */
  async scan(partitionKey: string): Promise<(RowReading<T> & { etag: string })[]> {
    if (!this.reader) throw new Error(`${this.mapping.kind}: scan needs a RowReader`);
    const out: (RowReading<T> & { etag: string })[] = [];
    for await (const row of this.table.listEntities({ queryOptions: { filter: partitionFilter(partitionKey) } })) {
      const reading = this.reader.read(row);
      this.reader.reported(reading);
      out.push({ ...reading, etag: row.etag });
    }
    return out;
  }

  /** One row as read, the bad one included (and reported), with its ETag: for a row that is written over even when bad. */
  async reading(partitionKey: string, id: string): Promise<(RowReading<T> & { etag: string }) | undefined> {
    if (!this.reader) throw new Error(`${this.mapping.kind}: reading needs a RowReader`);
    try {
      const row = await this.table.getEntity(partitionKey, keyFor(id));
      const reading = this.reader.read(row);
      this.reader.reported(reading);
      return { ...reading, etag: row.etag };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  get(partitionKey: string, id: string): Promise<Versioned<T> | undefined> {
    return this.getByKeys(partitionKey, keyFor(id));
  }

  /** Inserts; AlreadyExistsError when the keys are taken. */
  async create(value: T): Promise<Versioned<T>> {
    const created = await this.createIfAbsent(value);
    if (!created) throw new AlreadyExistsError(`${this.mapping.kind} ${this.mapping.rowKey(value)} already exists`);
    return created;
  }

  /** Insert-if-absent: the stored value, or undefined when the keys are taken (the claim pattern). */
  async createIfAbsent(value: T): Promise<Versioned<T> | undefined> {
    try {
      const response = await this.table.createEntity(toRow(this.mapping, value));
      return { value, etag: response.etag! };
    } catch (error) {
      if (isAlreadyExists(error)) return undefined;
      throw error;
    }
  }

  /** Replaces the row if `etag` is still current: ConflictError (with the current value) if not. */
  async update(value: T, etag: string): Promise<Versioned<T>> {
    const row = toRow(this.mapping, value);
    try {
      const response = await this.table.updateEntity(row, "Replace", { etag });
      return { value, etag: response.etag! };
    } catch (error) {
      if (isNotFound(error)) throw new NotFoundError(`${this.mapping.kind} ${row.rowKey} not found`);
      if (isPreconditionFailed(error)) {
        const current = await this.getByKeys(row.partitionKey, row.rowKey);
        if (!current) throw new NotFoundError(`${this.mapping.kind} ${row.rowKey} not found`);
        throw new ConflictError(
          `${this.mapping.kind} ${row.rowKey} was changed by someone else`,
          current.value,
          current.etag,
        );
      }
      throw error;
    }
  }

  private async getByKeys(partitionKey: string, rowKey: string): Promise<Versioned<T> | undefined> {
    try {
      const row = await this.table.getEntity(partitionKey, rowKey);
      const value = this.reader ? this.reader.shaped(row) : decodeEntity<T>(row, this.mapping.jsonFields);
      return value === undefined ? undefined : { value, etag: row.etag };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }
}
