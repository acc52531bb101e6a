import type { TableClient } from "@azure/data-tables";
import { IGNORE_BAD_ROWS, reasonOf, type BadRowReporter } from "../../domain/badRows.js";
import { ValidationError } from "../../domain/errors.js";
import type { LedgerEntry, LedgerKind, LedgerRepository } from "../../domain/ledger.js";
import { decodeEntity } from "../entityCodec.js";
import { isNotFound, storageStatus } from "../errors.js";
import { ONCE_SENDS_TABLE } from "./tableNames.js";

/**
 * Copies the rows of the table snoozes, digests and Borgertun reminders were kept in before the
 * ledger (ReminderOnceSends) into the ledger, insert-if-absent: a snooze waiting at the upgrade
 * still comes back, and a digest or booking reminder sent before it is not sent again. Rows
 * already copied (or written since) are left as they are, so it runs at every start until the
 * old table is deleted. A row that cannot be written is reported to `badRows` and the others are
 * copied (a bad row costs only itself, not the start); one copied with bad values is reported by
 * the ledger when read. Returns how many rows it copied.
 */
export async function copyOnceSends(
  old: TableClient,
  ledger: Pick<LedgerRepository, "create">,
  badRows: BadRowReporter = IGNORE_BAD_ROWS,
): Promise<number> {
  let copied = 0;
  try {
    for await (const entity of old.listEntities()) {
      const row = decodeEntity<LedgerEntry & { group: string; claimedBy?: string }>(entity, []);
      const { claimedBy, ...rest } = row;
      const kind: LedgerKind = row.group === "snooze" ? "snooze" : row.group === "borgertun" ? "booking" : "digest";
      const status = (row.status as string) === "claimed" ? "posting" : row.status;
      try {
        if (await ledger.create({ ...rest, kind, status, ...(claimedBy ? { by: claimedBy } : {}) })) copied++;
      } catch (error) {
        if (!(error instanceof ValidationError) && storageStatus(error) !== 400) throw error;
        badRows.bad({ table: ONCE_SENDS_TABLE, id: String(entity.rowKey), reason: reasonOf(error) });
      }
    }
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  return copied;
}
