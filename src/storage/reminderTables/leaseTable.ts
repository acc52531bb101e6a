import type { TableClient } from "@azure/data-tables";
import type { LeaderLease, LeaseRepository } from "../../domain/ledger.js";
import type { Versioned } from "../../domain/repositories.js";
import { VersionedTable } from "../versionedTable.js";

/** The reminder runners' one lease row: PK "lease", RK "reminders"; ETag-conditional writes. */
export class LeaseTable implements LeaseRepository {
  private readonly rows: VersionedTable<LeaderLease>;

  constructor(table: TableClient) {
    this.rows = new VersionedTable(table, {
      kind: "lease",
      partitionKey: () => "lease",
      rowKey: () => "reminders",
      jsonFields: [],
    });
  }

  read(): Promise<Versioned<LeaderLease> | undefined> {
    return this.rows.get("lease", "reminders");
  }

  create(lease: LeaderLease): Promise<Versioned<LeaderLease> | undefined> {
    return this.rows.createIfAbsent(lease);
  }

  update(lease: LeaderLease, etag: string): Promise<Versioned<LeaderLease>> {
    return this.rows.update(lease, etag);
  }
}
