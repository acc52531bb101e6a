import type { TableEntity } from "@azure/data-tables";
import { ValidationError } from "../domain/errors.js";

/** A row as written to or read from a table: keys plus flat, scalar properties. */
export type Row = TableEntity<Record<string, unknown>>;

/** Azure caps a string property at 64 KiB of UTF-16, i.e. 32,768 code units. */
const MAX_STRING_UNITS = 32 * 1024;
/** Keys are at most 1 KiB; counted as UTF-16 to stay on the safe side. */
const MAX_KEY_UNITS = 512;
/**
 * Property the seeder stores next to the data of a row it wrote: the hash of that data, so it can
 * tell an unedited seed row from an edited one. Storage bookkeeping, never part of a domain value.
 */
export const SEED_HASH = "SeedHash";
const RESERVED = new Set([
  "partitionKey",
  "rowKey",
  "etag",
  "timestamp",
  "PartitionKey",
  "RowKey",
  "Timestamp",
  SEED_HASH,
]);

/**
 * Makes an id safe as a PartitionKey/RowKey: `/ \ # ?`, `%` and control characters are
 * percent-escaped, so any id can be stored; the original id is kept as a property.
 */
export function keyFor(id: string, field = "id"): string {
  if (!id) throw new ValidationError([{ field, message: "must not be empty" }]);
  const key = id.replace(
    /[/\\#?%\u0000-\u001f\u007f-\u009f]/g,
    (c) => "%" + c.charCodeAt(0).toString(16).padStart(2, "0").toUpperCase(),
  );
  if (key.length > MAX_KEY_UNITS)
    throw new ValidationError([{ field, message: `longer than ${MAX_KEY_UNITS} characters` }]);
  return key;
}

/**
 * Flattens a domain value to a row: scalars as properties, the `jsonFields` (arrays/objects)
 * as JSON strings, undefined left out (a table cannot store undefined or null).
 */
export function encodeEntity<T extends object>(
  partitionKey: string,
  rowKey: string,
  value: T,
  jsonFields: readonly (keyof T & string)[],
): Row {
  const row: Row = { partitionKey, rowKey };
  for (const [name, raw] of Object.entries(value)) {
    if (raw === undefined || raw === null) continue;
    if (RESERVED.has(name)) throw new ValidationError([{ field: name, message: "reserved property name" }]);
    const stored = (jsonFields as readonly string[]).includes(name) ? JSON.stringify(raw) : raw;
    if (typeof stored === "object") throw new Error(`storage: property "${name}" is an object; list it in jsonFields`);
    if (typeof stored === "string" && stored.length > MAX_STRING_UNITS) {
      throw new ValidationError([{ field: name, message: `too long to store (max ${MAX_STRING_UNITS} characters)` }]);
    }
    row[name] = stored;
  }
  return row;
}

/**
 * The inverse of encodeEntity: drops keys, service metadata and SeedHash, parses the JSON fields.
 * Dropping SeedHash means a repository's Replace write of an edited value removes it from the row.
 */
export function decodeEntity<T extends object>(
  row: Record<string, unknown>,
  jsonFields: readonly (keyof T & string)[],
): T {
  const value: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(row)) {
    if (RESERVED.has(name) || name.startsWith("odata.")) continue;
    value[name] = (jsonFields as readonly string[]).includes(name) && typeof raw === "string" ? JSON.parse(raw) : raw;
  }
  return value as T;
}

/** OData filter for one partition, with the quote escaping the query language needs. */
export function partitionFilter(partitionKey: string): string {
  return `PartitionKey eq '${partitionKey.replace(/'/g, "''")}'`;
}
