import { describe, expect, it } from "vitest";
import { createBadRowLog } from "../../src/services/badRowLog.js";

function setup(opts: { keepMs?: number; max?: number } = {}) {
  let now = new Date("2026-12-09T08:30:00.000Z");
  const warnings: Record<string, unknown>[] = [];
  const log = createBadRowLog({
    log: { warn: (msg, data) => warnings.push({ msg, ...data }) },
    clock: () => now,
    ...opts,
  });
  return { log, warnings, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

describe("the bad-row log", () => {
  it("logs a row once per reason however often it is met, and lists it with when it was first and last met", () => {
    const { log, warnings, advance } = setup();
    const row = { table: "events", id: "typo-0202", reason: "start: 0202-12-10T10:00 is outside the years 1900–2199" };
    log.bad(row);
    advance(60_000);
    log.bad(row);
    log.bad(row);
    expect(warnings).toEqual([{ msg: "bad row skipped", ...row }]);
    expect(log.list()).toEqual([
      { ...row, firstSeen: "2026-12-09T08:30:00.000Z", lastSeen: "2026-12-09T08:31:00.000Z" },
    ]);
    // Changed, and still bad for another reason: said again.
    log.bad({ ...row, reason: "end: 24:00" });
    expect(warnings).toHaveLength(2);
    expect(log.list()).toEqual([
      expect.objectContaining({ reason: "end: 24:00", firstSeen: "2026-12-09T08:31:00.000Z" }),
    ]);
  });

  it("withdraws a report when the row is read fine or written, but not a computation's report on a fine read", () => {
    const { log } = setup();
    log.bad({ table: "events", id: "a", reason: "read problem" });
    log.bad({ table: "events", id: "b", reason: "RangeError", found: "use" });
    log.bad({ table: "Subscriptions", id: "c", reason: "P3000000D" });
    log.fine("events", "a");
    log.fine("events", "b");
    expect(log.list().map((r) => [r.table, r.id])).toEqual([
      ["events", "b"],
      ["Subscriptions", "c"],
    ]);
    expect(log.list("events").map((r) => r.id)).toEqual(["b"]);
    log.forget("events", "b");
    expect(log.list("events")).toEqual([]);
  });

  it("forgets a row not met for a while, and keeps at most `max` rows (the least recently met go)", () => {
    const { log, advance } = setup({ keepMs: 3_600_000, max: 3 });
    for (const id of ["a", "b", "c", "d"]) log.bad({ table: "t", id, reason: "r" });
    expect(log.list().map((r) => r.id)).toEqual(["b", "c", "d"]);
    advance(1_800_000);
    log.bad({ table: "t", id: "c", reason: "r" });
    advance(1_800_001);
    expect(log.list().map((r) => r.id)).toEqual(["c"]);
  });

  it("cuts a huge id and reason", () => {
    const { log, warnings } = setup();
    log.bad({ table: "t", id: "x".repeat(30_000), reason: "y".repeat(30_000) });
    const [row] = log.list();
    expect([row.id.length, row.reason.length]).toEqual([201, 301]);
    expect(JSON.stringify(warnings).length).toBeLessThan(1_000);
  });
});
