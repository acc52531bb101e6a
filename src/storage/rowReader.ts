/**
 * Reading rows through one schema per table, at the repository boundary: a row that is not in
 * shape, or whose values a computation cannot use (src/domain/storedValues.ts), is reported as a
 * bad row and left out, so it costs only itself. Nothing here throws for a row's content.
 */
import type { z } from "zod";
import { IGNORE_BAD_ROWS, type BadRowReporter } from "../domain/badRows.js";
import { decodeEntity } from "./entityCodec.js";

/** A row as the SDK lists it: keys, metadata and properties. */
export type StoredRow = Record<string, unknown>;

/** How the rows of one table are read. */
export interface RowSpec<T> {
  /** The logical table name editors see in the list of bad rows. */
  table: string;
  jsonFields: readonly string[];
  /** The row's shape: types, enums, defaults for fields old rows lack. Unknown properties are dropped. */
  shape: z.ZodType<T, z.ZodTypeDef, unknown>;
  /** Why a value in shape still cannot be used, or undefined. */
  problem?: (value: T) => string | undefined;
  /** The id editors know the row by: the RowKey by default (where the row is, whatever its values say). */
  idOf?: (row: StoredRow) => string;
  /**
   * The keys the repository writes the value under. A row whose keys differ (an id property that
   * does not match its RowKey) would be updated under other keys than it was read from.
   */
  keys?: (value: T) => readonly [partitionKey: string, rowKey: string];
}

/** A row read: usable, or why not (with the value when only its values are wrong, so it can be opened and fixed). */
export type RowReading<T> = { ok: true; id: string; value: T } | { ok: false; id: string; reason: string; value?: T };

function isJsonOrAbsent(value: unknown): boolean {
  if (typeof value !== "string") return true;
  try {
    JSON.parse(value);
    return true;
  } catch {
    return false;
  }
}

function issueText(error: z.ZodError): string {
  const issue = error.issues[0];
  const path = issue.path
    .map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`))
    .join("")
    .replace(/^\./, "");
  return `${path || "row"}: ${issue.message}`;
}

/** Reads rows of one table and reports the bad ones. */
export class RowReader<T> {
  constructor(
    private readonly spec: RowSpec<T>,
    private readonly badRows: BadRowReporter = IGNORE_BAD_ROWS,
  ) {}

  /** Shape and values, nothing reported: for callers that list bad rows themselves. */
  read(row: StoredRow, shapeOnly = false): RowReading<T> {
    const id = this.idOf(row);
    let decoded: Record<string, unknown>;
    try {
      decoded = decodeEntity<StoredRow>(row, this.spec.jsonFields);
    } catch {
      const field = this.spec.jsonFields.find((f) => !isJsonOrAbsent(row[f]));
      return { ok: false, id, reason: `${field ?? "row"}: is not JSON` };
    }
    const parsed = this.spec.shape.safeParse(decoded);
    if (!parsed.success) return { ok: false, id, reason: issueText(parsed.error) };
    const keys = this.keysProblem(row, parsed.data);
    if (keys) return { ok: false, id, reason: keys };
    const problem = shapeOnly ? undefined : this.spec.problem?.(parsed.data);
    return problem ? { ok: false, id, reason: problem, value: parsed.data } : { ok: true, id, value: parsed.data };
  }

  /** For what views and reminder ticks use: the value, or undefined for a bad row (reported). */
  usable(row: StoredRow): T | undefined {
    return this.reported(this.read(row));
  }

  /** For one row someone is about to change: in shape is enough, so a bad value can be fixed. */
  shaped(row: StoredRow): T | undefined {
    const reading = this.read(row, true);
    return reading.ok ? reading.value : this.reported(reading);
  }

  /** Reports a reading: a bad one as bad, a good one as fine (withdrawing an earlier report). */
  reported(reading: RowReading<T>): T | undefined {
    if (reading.ok) {
      this.badRows.fine(this.spec.table, reading.id);
      return reading.value;
    }
    this.badRows.bad({ table: this.spec.table, id: reading.id, reason: reading.reason });
    return undefined;
  }

  private keysProblem(row: StoredRow, value: T): string | undefined {
    if (!this.spec.keys) return undefined;
    try {
      const [partitionKey, rowKey] = this.spec.keys(value);
      return partitionKey === row.partitionKey && rowKey === row.rowKey
        ? undefined
        : "keys: the row's PartitionKey/RowKey are not the ones its values give";
    } catch (error) {
      return `keys: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  private idOf(row: StoredRow): string {
    if (this.spec.idOf) return this.spec.idOf(row);
    return String(row.rowKey ?? "?");
  }
}
