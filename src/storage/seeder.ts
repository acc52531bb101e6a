import type { TableClient, TransactionAction } from "@azure/data-tables";
import type { Directory } from "../domain/directory.js";
import type { AlrekEvent } from "../domain/events.js";
import type { PlanPeriod, Tiltak } from "../domain/tiltak.js";
import type { Logger } from "../logger.js";
import { partitionFilter, type Row } from "./entityCodec.js";
import { isAlreadyExists } from "./errors.js";
import type { Repositories } from "./index.js";
import {
  FACTS_TABLE,
  GROUPS_TABLE,
  PEOPLE_TABLE,
  factsMapping,
  groupMapping,
  personMapping,
} from "./tableDirectoryRepository.js";
import { EVENTS_TABLE, eventMapping } from "./tableEventRepository.js";
import { PERIODS_TABLE, TILTAK_TABLE, periodMapping, tiltakMapping } from "./tablePlanRepository.js";
import { toRow } from "./versionedTable.js";

/** What is written on first start. */
export interface SeedInput {
  directory: Directory;
  events: AlrekEvent[];
  period: PlanPeriod;
  tiltak: Tiltak[];
}

/** Rows written now vs. rows that were already there (and were left untouched). */
export interface SeedResult {
  created: number;
  skipped: number;
}

/**
 * Writes the seed rows that do not exist yet. Insert-only: an existing row is never
 * overwritten, so edits made after seeding survive restarts and nothing is duplicated.
 */
export async function seedIfNeeded(
  repos: Pick<Repositories, "factory">,
  seed: SeedInput,
  log: Logger,
): Promise<SeedResult> {
  const started = Date.now();
  const perTable: [string, Row[]][] = [
    [GROUPS_TABLE, seed.directory.groups.map((g) => toRow(groupMapping, g))],
    [PEOPLE_TABLE, seed.directory.people.map((p) => toRow(personMapping, p))],
    [FACTS_TABLE, [toRow(factsMapping, seed.directory.facts)]],
    [EVENTS_TABLE, seed.events.map((e) => toRow(eventMapping, e))],
    [PERIODS_TABLE, [toRow(periodMapping, seed.period)]],
    [TILTAK_TABLE, seed.tiltak.map((t) => toRow(tiltakMapping, t))],
  ];
  const results = await Promise.all(
    perTable.map(([name, rows]) => insertMissing(repos.factory.client(name), rows, log)),
  );
  const total = results.reduce((sum, r) => ({ created: sum.created + r.created, skipped: sum.skipped + r.skipped }), {
    created: 0,
    skipped: 0,
  });
  log.debug("seed rows written", { ...total, ms: Date.now() - started });
  return total;
}

async function insertMissing(table: TableClient, rows: Row[], log: Logger): Promise<SeedResult> {
  const byPartition = new Map<string, Row[]>();
  for (const row of rows) byPartition.set(row.partitionKey, [...(byPartition.get(row.partitionKey) ?? []), row]);
  const counts = await Promise.all(
    [...byPartition].map(async ([partitionKey, partRows]) => {
      // One query tells which keys exist, so a restart costs no failed writes.
      const existing = await existingRowKeys(table, partitionKey);
      const missing = partRows.filter((r) => !existing.has(r.rowKey));
      let created = 0;
      for (let i = 0; i < missing.length; i += 100) created += await createChunk(table, missing.slice(i, i + 100), log);
      return { created, skipped: partRows.length - created };
    }),
  );
  return counts.reduce((a, b) => ({ created: a.created + b.created, skipped: a.skipped + b.skipped }), {
    created: 0,
    skipped: 0,
  });
}

async function existingRowKeys(table: TableClient, partitionKey: string): Promise<Set<string>> {
  const keys = new Set<string>();
  const query = table.listEntities({ queryOptions: { filter: partitionFilter(partitionKey), select: ["RowKey"] } });
  for await (const row of query) keys.add(row.rowKey!);
  return keys;
}

/** A transaction for speed; if it fails (a row appeared meanwhile, or an Azurite batch gap), row by row. */
async function createChunk(table: TableClient, rows: Row[], log: Logger): Promise<number> {
  if (rows.length > 1) {
    try {
      await table.submitTransaction(rows.map((row): TransactionAction => ["create", row]));
      return rows.length;
    } catch (error) {
      log.debug("seed transaction failed, inserting row by row", { table: table.tableName, error: String(error) });
    }
  }
  let created = 0;
  for (const row of rows) {
    try {
      await table.createEntity(row);
      created++;
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
    }
  }
  return created;
}
