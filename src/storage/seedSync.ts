/**
 * How the seeder treats a seed row whose keys are already stored: the three-way rule between the
 * stored data, the SeedHash recorded when the seeder last wrote the row, and the seed now.
 * A row nobody edited follows the seed; a row an editor changed is never overwritten.
 */
import { createHash } from "node:crypto";
import type { TableClient, TableEntityResult } from "@azure/data-tables";
import { decodeEntity, SEED_HASH, type Row } from "./entityCodec.js";
import { isNotFound, isPreconditionFailed } from "./errors.js";
import { toRow, type RowMapping } from "./versionedTable.js";

/** A row as read back, with its ETag. */
export type StoredRow = TableEntityResult<Record<string, unknown>>;

/** What happened to one seed row whose keys were already stored. */
export type ExistingOutcome = "updated" | "baselined" | "kept" | "skipped";

/** What the rule says to do, before any write. */
type Decision = "update" | "baseline" | "keep" | "skip";

/**
 * sha256 (hex) of a row's data in canonical form. The row is decoded with its mapping and encoded
 * again, so how a number, boolean or JSON column happens to be stored does not count as a change;
 * then object keys are sorted at every depth (JSON columns included, since writers order keys
 * differently). Keys, ETag, Timestamp and SeedHash are not data. Throws for a row that does not
 * decode as its kind (a property of a type the app never writes, broken JSON, a missing id).
 */
export function dataHash<T extends object>(mapping: RowMapping<T>, row: Record<string, unknown>): string {
  const reencoded = toRow(mapping, decodeEntity<T>(row, mapping.jsonFields));
  const data = decodeEntity<T>(reencoded, mapping.jsonFields);
  return createHash("sha256").update(canonicalJson(data)).digest("hex");
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * - data equals the seed: nothing to do if SeedHash says so, else record SeedHash ("baseline": rows
 *   seeded before SeedHash existed, or an edit that arrived at the seed's value);
 * - data equals its SeedHash (unedited since seeded) but not the seed: take the seed;
 * - otherwise (edited, or a legacy row without SeedHash that differs, or unreadable): keep it.
 */
function decide(storedHash: string | undefined, recorded: unknown, seedHash: string): Decision {
  if (storedHash === undefined) return "keep";
  if (storedHash === seedHash) return recorded === seedHash ? "skip" : "baseline";
  return recorded === storedHash ? "update" : "keep";
}

/**
 * Applies the rule to one stored row. Writes are conditional on the ETag read, so an edit made
 * between the read and the write (412), or a row deleted meanwhile (404), is left alone.
 */
export async function syncExisting<T extends object>(
  table: TableClient,
  mapping: RowMapping<T>,
  stored: StoredRow,
  seedRow: Row,
  seedHash: string,
): Promise<ExistingOutcome> {
  const decision = decide(hashOrUndefined(mapping, stored), stored[SEED_HASH], seedHash);
  if (decision === "skip" || decision === "keep") return decision === "skip" ? "skipped" : "kept";
  try {
    // Baseline writes the seed row too: its data is equal, and Replace also tidies representation.
    await table.updateEntity({ ...seedRow, [SEED_HASH]: seedHash }, "Replace", { etag: stored.etag });
    return decision === "update" ? "updated" : "baselined";
  } catch (error) {
    if (isPreconditionFailed(error) || isNotFound(error)) return "kept";
    throw error;
  }
}

function hashOrUndefined<T extends object>(mapping: RowMapping<T>, row: StoredRow): string | undefined {
  try {
    return dataHash(mapping, row);
  } catch {
    return undefined;
  }
}
