/**
 * Change history in table "history".
 * PartitionKey = `${entityType}|${entityId}` with `/ \ # ?` and control characters replaced,
 * so one entity's history is one partition query.
 * RowKey = inverted `at` in ms (15 digits) + inverted position in the appended batch + random
 * suffix: rows sort newest first and records of the same instant never collide.
 * `by` is a JSON string; null old/new values are left out (a table cannot store null).
 */
import { randomBytes } from "node:crypto";
import type { TableClient, TransactionAction } from "@azure/data-tables";
import { ValidationError } from "../domain/errors.js";
import type { ChangeRecord, HistoryRepository } from "../domain/repositories.js";
import { decodeEntity, encodeEntity, partitionFilter, type Row } from "./entityCodec.js";

export const HISTORY_TABLE = "history";
const JSON_FIELDS = ["by", "meeting"] as const;
/** Later than any real timestamp (year 5138), so the inversion never goes negative. */
const MAX_MS = 99_999_999_999_999;
/** Long edits are cut so a record always fits the 64 KiB property limit. */
const MAX_VALUE_CHARS = 30_000;

/** The partition of one entity's history. */
export function historyPartition(entityType: string, entityId: string): string {
  return `${entityType}|${entityId}`.replace(/[/\\#?\u0000-\u001f\u007f-\u009f]/g, "_").slice(0, 500);
}

/** Row key that sorts newest first; `index` orders records appended together. */
export function historyRowKey(at: string, index: number): string {
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) throw new ValidationError([{ field: "at", message: "not an ISO date-time" }]);
  const inverted = String(MAX_MS - ms).padStart(15, "0");
  const invertedIndex = String(9999 - Math.min(index, 9999)).padStart(4, "0");
  return `${inverted}_${invertedIndex}_${randomBytes(4).toString("hex")}`;
}

/** HistoryRepository on Azure Table Storage; append-only. */
export class TableHistoryRepository implements HistoryRepository {
  constructor(private readonly table: TableClient) {}

  /** One transaction per entity (≤100 rows each), so an edit's records land together. */
  async append(records: ChangeRecord[]): Promise<void> {
    const byPartition = new Map<string, Row[]>();
    records.forEach((record, index) => {
      const pk = historyPartition(record.entityType, record.entityId);
      const row = encodeEntity(
        pk,
        historyRowKey(record.at, index),
        { ...record, oldValue: cut(record.oldValue), newValue: cut(record.newValue) },
        JSON_FIELDS,
      );
      byPartition.set(pk, [...(byPartition.get(pk) ?? []), row]);
    });
    await Promise.all(
      [...byPartition.values()].map(async (rows) => {
        for (let i = 0; i < rows.length; i += 100) {
          const chunk = rows.slice(i, i + 100);
          if (chunk.length === 1) await this.table.createEntity(chunk[0]);
          else await this.table.submitTransaction(chunk.map((row): TransactionAction => ["create", row]));
        }
      }),
    );
  }

  /** Newest first. */
  async list(entityType: ChangeRecord["entityType"], entityId: string): Promise<ChangeRecord[]> {
    const rows: { rowKey: string; record: ChangeRecord }[] = [];
    const filter = partitionFilter(historyPartition(entityType, entityId));
    for await (const row of this.table.listEntities({ queryOptions: { filter } })) {
      const record = decodeEntity<ChangeRecord>(row, JSON_FIELDS);
      // Sanitising can map two ids to one partition; keep only this entity's rows.
      if (record.entityType !== entityType || record.entityId !== entityId) continue;
      rows.push({
        rowKey: row.rowKey!,
        record: { ...record, oldValue: record.oldValue ?? null, newValue: record.newValue ?? null },
      });
    }
    // The service returns row-key order already; sorting keeps that true for any backend.
    return rows.sort((a, b) => (a.rowKey < b.rowKey ? -1 : a.rowKey > b.rowKey ? 1 : 0)).map((r) => r.record);
  }
}

function cut(value: string | null): string | null {
  return value !== null && value.length > MAX_VALUE_CHARS ? value.slice(0, MAX_VALUE_CHARS) + "…" : value;
}
