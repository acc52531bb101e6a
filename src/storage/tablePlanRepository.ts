/**
 * Plan periods and tiltak.
 * Table "periods": PartitionKey "period", RowKey = period id; `areas` is a JSON string.
 * Table "tiltak": PartitionKey = period id, RowKey = tiltak id (both escaped by keyFor), so one
 * period's tiltak are one partition query and can be written in one transaction.
 */
import type { TableClient } from "@azure/data-tables";
import type { PlanRepository, Versioned } from "../domain/repositories.js";
import type { PlanPeriod, Tiltak } from "../domain/tiltak.js";
import { decodeEntity, encodeEntity, keyFor, partitionFilter } from "./entityCodec.js";
import { AlreadyExistsError } from "../domain/errors.js";
import { isAlreadyExists } from "./errors.js";
import { VersionedTable, type RowMapping } from "./versionedTable.js";

export const PERIODS_TABLE = "periods";
export const TILTAK_TABLE = "tiltak";
const PERIOD_PARTITION = "period";
const PERIOD_JSON = ["areas"] as const;

/** Row mapping of a tiltak; exported for the seeder. */
export const tiltakMapping: RowMapping<Tiltak> = {
  kind: "tiltak",
  partitionKey: (t) => keyFor(t.periodId, "periodId"),
  rowKey: (t) => keyFor(t.id),
  jsonFields: [],
};

/** Row mapping of a plan period; exported for the seeder. */
export const periodMapping: RowMapping<PlanPeriod> = {
  kind: "period",
  partitionKey: () => PERIOD_PARTITION,
  rowKey: (p) => keyFor(p.id),
  jsonFields: PERIOD_JSON,
};

/** PlanRepository on Azure Table Storage; tiltak updates are conditional on the ETag. */
export class TablePlanRepository implements PlanRepository {
  private readonly tiltak: VersionedTable<Tiltak>;

  constructor(
    private readonly periods: TableClient,
    tiltak: TableClient,
  ) {
    this.tiltak = new VersionedTable(tiltak, tiltakMapping);
  }

  /** Oldest first. */
  async listPeriods(): Promise<PlanPeriod[]> {
    const out: PlanPeriod[] = [];
    const rows = this.periods.listEntities({ queryOptions: { filter: partitionFilter(PERIOD_PARTITION) } });
    for await (const row of rows) out.push(decodeEntity<PlanPeriod>(row, PERIOD_JSON));
    return out.sort((a, b) => a.startYear - b.startYear || a.id.localeCompare(b.id));
  }

  /**
   * Insert-if-absent: one conditional write, so of two parallel creates of one id exactly one
   * succeeds and the other gets AlreadyExistsError (409) having written nothing.
   */
  async createPeriod(period: PlanPeriod): Promise<void> {
    try {
      await this.periods.createEntity(encodeEntity(PERIOD_PARTITION, keyFor(period.id), period, PERIOD_JSON));
    } catch (error) {
      if (isAlreadyExists(error)) throw new AlreadyExistsError(`Plan period ${period.id} already exists`);
      throw error;
    }
  }

  /** In plan order. */
  async listTiltak(periodId: string): Promise<Versioned<Tiltak>[]> {
    const rows = await this.tiltak.list(keyFor(periodId, "periodId"));
    return rows.sort((a, b) => a.value.order - b.value.order || a.value.id.localeCompare(b.value.id));
  }

  getTiltak(periodId: string, id: string): Promise<Versioned<Tiltak> | undefined> {
    return this.tiltak.get(keyFor(periodId, "periodId"), id);
  }

  createTiltak(tiltak: Tiltak): Promise<Versioned<Tiltak>> {
    return this.tiltak.create(tiltak);
  }

  updateTiltak(tiltak: Tiltak, etag: string): Promise<Versioned<Tiltak>> {
    return this.tiltak.update(tiltak, etag);
  }
}
