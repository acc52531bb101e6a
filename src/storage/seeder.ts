import type { TableClient, TransactionAction } from "@azure/data-tables";
import type { Directory } from "../domain/directory.js";
import type { AlrekEvent } from "../domain/events.js";
import type { PlanPeriod, Tiltak } from "../domain/tiltak.js";
import type { Logger } from "../logger.js";
import { partitionFilter, SEED_HASH, type Row } from "./entityCodec.js";
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
import { dataHash, syncExisting, type ExistingOutcome, type StoredRow } from "./seedSync.js";
import { toRow, type RowMapping } from "./versionedTable.js";

/** The seed: the source of truth for facts, written on first start and kept in step after. */
export interface SeedInput {
  directory: Directory;
  events: AlrekEvent[];
  period: PlanPeriod;
  tiltak: Tiltak[];
}

/**
 * What one run did with the seed rows. `created`: new rows. `updated`: unedited rows that took a
 * corrected seed value. `baselined`: rows equal to the seed that got their SeedHash recorded (rows
 * seeded before SeedHash existed). `kept`: rows that differ from the seed and were left alone (an
 * editor changed them, or an edit raced the update). `skipped`: rows already equal to the seed.
 */
export interface SeedResult {
  created: number;
  updated: number;
  baselined: number;
  kept: number;
  skipped: number;
}

/** How many row ids a log line lists. */
const MAX_LOGGED_IDS = 20;

/** One table's seed rows with their hashes, and the three-way rule bound to its mapping. */
interface SeedTable {
  name: string;
  rows: { row: Row; hash: string }[];
  sync(table: TableClient, stored: StoredRow, row: Row, hash: string): Promise<ExistingOutcome>;
}

function seedTable<T extends object>(name: string, mapping: RowMapping<T>, values: T[]): SeedTable {
  return {
    name,
    rows: values.map((value) => {
      const row = toRow(mapping, value);
      return { row, hash: dataHash(mapping, row) };
    }),
    sync: (table, stored, row, hash) => syncExisting(table, mapping, stored, row, hash),
  };
}

/**
 * Writes the seed: missing rows are inserted with their SeedHash; existing rows follow the seed
 * only while nobody has edited them (see seedSync.ts), so a fact corrected in the seed reaches old
 * stores while an editor's change survives every restart. Rows no longer in the seed are left alone.
 */
export async function seedIfNeeded(
  repos: Pick<Repositories, "factory">,
  seed: SeedInput,
  log: Logger,
): Promise<SeedResult> {
  const started = Date.now();
  const tables = [
    seedTable(GROUPS_TABLE, groupMapping, seed.directory.groups),
    seedTable(PEOPLE_TABLE, personMapping, seed.directory.people),
    seedTable(FACTS_TABLE, factsMapping, [seed.directory.facts]),
    seedTable(EVENTS_TABLE, eventMapping, seed.events),
    seedTable(PERIODS_TABLE, periodMapping, [seed.period]),
    seedTable(TILTAK_TABLE, tiltakMapping, seed.tiltak),
  ];
  const tally = new Tally();
  await Promise.all(tables.map((t) => syncTable(repos.factory.client(t.name), t, tally, log)));
  const { counts, ids } = tally;
  if (counts.updated > 0) {
    log.info("seed corrections written to unedited rows", { updated: counts.updated, ids: capped(ids.updated) });
  }
  if (counts.kept > 0) {
    // Debug: tiltak whose status was set are kept on every start, which is normal.
    log.debug("rows differ from the seed but were kept (edited)", { kept: counts.kept, ids: capped(ids.kept) });
  }
  log.debug("seed rows written", { ...counts, ms: Date.now() - started });
  return counts;
}

/** Counts per outcome, and the ids of updated and kept rows for the log. */
class Tally {
  readonly counts: SeedResult = { created: 0, updated: 0, baselined: 0, kept: 0, skipped: 0 };
  readonly ids = { updated: [] as string[], kept: [] as string[] };
  add(outcome: keyof SeedResult, n = 1, id?: string): void {
    this.counts[outcome] += n;
    if (id && (outcome === "updated" || outcome === "kept")) this.ids[outcome].push(id);
  }
}

const capped = (ids: string[]) => (ids.length > MAX_LOGGED_IDS ? [...ids.slice(0, MAX_LOGGED_IDS), "…"] : ids);

async function syncTable(table: TableClient, seedRows: SeedTable, tally: Tally, log: Logger): Promise<void> {
  const byPartition = new Map<string, SeedTable["rows"]>();
  for (const r of seedRows.rows) {
    byPartition.set(r.row.partitionKey, [...(byPartition.get(r.row.partitionKey) ?? []), r]);
  }
  await Promise.all(
    [...byPartition].map(async ([partitionKey, partRows]) => {
      // One query reads the whole partition, so a restart that changes nothing writes nothing.
      const stored = await storedRows(table, partitionKey);
      const missing: Row[] = [];
      // One by one: updates are rare (a seed correction) and this keeps start-up load low.
      for (const { row, hash } of partRows) {
        const existing = stored.get(row.rowKey);
        if (!existing) missing.push({ ...row, [SEED_HASH]: hash });
        else tally.add(await seedRows.sync(table, existing, row, hash), 1, `${seedRows.name}/${row.rowKey}`);
      }
      let created = 0;
      for (let i = 0; i < missing.length; i += 100) created += await createChunk(table, missing.slice(i, i + 100), log);
      tally.add("created", created);
      // Taken meanwhile by a concurrent start: that one wrote the same seed row.
      tally.add("skipped", missing.length - created);
    }),
  );
}

async function storedRows(table: TableClient, partitionKey: string): Promise<Map<string, StoredRow>> {
  const rows = new Map<string, StoredRow>();
  for await (const row of table.listEntities<Record<string, unknown>>({
    queryOptions: { filter: partitionFilter(partitionKey) },
  })) {
    rows.set(row.rowKey!, row);
  }
  return rows;
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
