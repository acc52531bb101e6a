import type { TableClient } from "@azure/data-tables";
import type { BadRowReporter } from "../../domain/badRows.js";
import type { LeaderLease, LeaseRepository } from "../../domain/ledger.js";
import type { Versioned } from "../../domain/repositories.js";
import { VersionedTable } from "../versionedTable.js";
import { LEASE_ROW } from "./rowSchemas.js";

/** A lease no one holds any more: what a bad lease row reads as, so the next look takes it over. */
const LAPSED: LeaderLease = { holder: "", epoch: 0, until: new Date(0).toISOString() };

/**
 * The reminder runners' one lease row: PK "lease", RK "reminders"; ETag-conditional writes. A
 * row that is not a lease (reported as a bad row) reads as lapsed, so it is written over instead
 * of stopping every runner from leading.
 */
export class LeaseTable implements LeaseRepository {
  private readonly rows: VersionedTable<LeaderLease>;

  constructor(table: TableClient, badRows?: BadRowReporter) {
    this.rows = new VersionedTable(
      table,
      { kind: "lease", partitionKey: () => "lease", rowKey: () => "reminders", jsonFields: [] },
      { spec: LEASE_ROW, badRows },
    );
  }

  async read(): Promise<Versioned<LeaderLease> | undefined> {
    const found = await this.rows.reading("lease", "reminders");
    if (!found) return undefined;
    return { value: found.ok ? found.value : { ...LAPSED, epoch: found.value?.epoch ?? 0 }, etag: found.etag };
  }

  create(lease: LeaderLease): Promise<Versioned<LeaderLease> | undefined> {
    return this.rows.createIfAbsent(lease);
  }

  update(lease: LeaderLease, etag: string): Promise<Versioned<LeaderLease>> {
    return this.rows.update(lease, etag);
  }
}
