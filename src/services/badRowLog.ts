import type { BadRow, BadRowReporter } from "../domain/badRows.js";
import type { Clock } from "../domain/clock.js";
import type { Logger } from "../logger.js";

/** A bad row as the API sends it to editors (the wire schema is BadRow in src/contract/badRows.ts). */
export interface BadRowView {
  table: string;
  id: string;
  reason: string;
  firstSeen?: string;
  lastSeen?: string;
}

/** A bad row as this process keeps it: what is wrong, since when, and when it was last met. */
export interface BadRowEntry extends BadRowView {
  firstSeen: string;
  lastSeen: string;
}

/** The bad rows this process has met (storage reads, views, reminder ticks); editors read `list()`. */
export interface BadRowLog extends BadRowReporter {
  /** The rows still bad, by table and id; only `table`'s when given. */
  list(table?: string): BadRowEntry[];
  /** The row was just written through the app: whatever was said about it is withdrawn until met again. */
  forget(table: string, id: string): void;
}

/** Options of {@link createBadRowLog}. */
export interface BadRowLogOptions {
  log: Pick<Logger, "warn">;
  clock: Clock;
  /** A report not met again for this long is dropped (a row deleted, or fixed where no read saw it). 1 h by default. */
  keepMs?: number;
  /** Most rows kept (and logged lines remembered); the least recently met go first. */
  max?: number;
}

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/**
 * One per process. Every instance reads the same tables for its views and the delivery overview (the
 * leader's reminder passes too), so each one meets (and lists) the same bad rows. A row is logged once
 * per process and reason, not on every pass; a changed row that is still bad for another reason is
 * logged again.
 */
export function createBadRowLog(opts: BadRowLogOptions): BadRowLog {
  const keepMs = opts.keepMs ?? 3_600_000;
  const max = opts.max ?? 500;
  const rows = new Map<string, BadRowEntry & { found: "read" | "use"; seenMs: number }>();
  const logged = new Set<string>();
  const keyOf = (table: string, id: string) => `${table}\u0000${id}`;

  function prune(nowMs: number): void {
    for (const [key, row] of rows) if (nowMs - row.seenMs > keepMs) rows.delete(key);
    // Map order is insertion order and `bad` re-inserts: the first entries were met longest ago.
    while (rows.size > max) rows.delete(rows.keys().next().value!);
  }

  return {
    bad(row: BadRow) {
      const now = opts.clock();
      const id = cut(row.id, 200);
      const reason = cut(row.reason, 300);
      const key = keyOf(row.table, id);
      const before = rows.get(key);
      rows.delete(key);
      rows.set(key, {
        table: row.table,
        id,
        reason,
        firstSeen: before?.reason === reason ? before.firstSeen : now.toISOString(),
        lastSeen: now.toISOString(),
        found: row.found ?? "read",
        seenMs: now.getTime(),
      });
      const line = `${key}\u0000${reason}`;
      if (!logged.has(line)) {
        if (logged.size >= max * 4) logged.clear();
        logged.add(line);
        opts.log.warn("bad row skipped", { table: row.table, id, reason });
      }
      prune(now.getTime());
    },
    fine(table, id) {
      const key = keyOf(table, cut(id, 200));
      if (rows.get(key)?.found === "read") rows.delete(key);
    },
    forget(table, id) {
      rows.delete(keyOf(table, cut(id, 200)));
    },
    list(table) {
      prune(opts.clock().getTime());
      return [...rows.values()]
        .filter((r) => table === undefined || r.table === table)
        .map(({ table, id, reason, firstSeen, lastSeen }) => ({ table, id, reason, firstSeen, lastSeen }))
        .sort((a, b) => a.table.localeCompare(b.table) || a.id.localeCompare(b.id));
    },
  };
}
