import type { TableClient } from "@azure/data-tables";
import type { LedgerEntry, LedgerKind, LedgerRepository } from "../../domain/ledger.js";
import { decodeEntity } from "../entityCodec.js";
import { isNotFound } from "../errors.js";

/**
 * Copies the rows of the table snoozes, digests and Borgertun reminders were kept in before the
 * ledger (ReminderOnceSends) into the ledger, insert-if-absent: a snooze waiting at the upgrade
 * still comes back, and a digest or booking reminder sent before it is not sent again. Rows
 * already copied (or written since) are left as they are, so it runs at every start until the
 * old table is deleted. Returns how many rows it copied.
 */
export async function copyOnceSends(old: TableClient, ledger: Pick<LedgerRepository, "create">): Promise<number> {
  let copied = 0;
  try {
    for await (const entity of old.listEntities()) {
      const row = decodeEntity<LedgerEntry & { group: string; claimedBy?: string }>(entity, []);
      const { claimedBy, ...rest } = row;
      const kind: LedgerKind = row.group === "snooze" ? "snooze" : row.group === "borgertun" ? "booking" : "digest";
      const status = (row.status as string) === "claimed" ? "posting" : row.status;
      if (await ledger.create({ ...rest, kind, status, ...(claimedBy ? { by: claimedBy } : {}) })) copied++;
    }
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  return copied;
}
