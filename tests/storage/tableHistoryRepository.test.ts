import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChangeRecord } from "../../src/domain/repositories.js";
import { historyPartition, historyRowKey } from "../../src/storage/tableHistoryRepository.js";
import { testRepositories } from "../setup/azurite.js";

const by = { oid: "00000000-0000-0000-0000-000000000001", tid: "tenant-1", name: "Karen Haugvaldstad" };
const change = (
  entityId: string,
  at: string,
  field: string,
  newValue: string | null,
  oldValue: string | null = null,
): ChangeRecord => ({ entityType: "tiltak", entityId, at, by, field, oldValue, newValue });

describe("TableHistoryRepository on Azurite", () => {
  let repos: Awaited<ReturnType<typeof testRepositories>>;
  beforeAll(async () => {
    repos = await testRepositories();
  });
  afterAll(async () => {
    await repos.cleanup();
  });

  it("lists one entity's records newest first, with null values and the actor intact", async () => {
    await repos.history.append([
      change("2024-2025/u-1", "2026-11-20T10:00:00.000Z", "status", "in_progress", "planned"),
    ]);
    await repos.history.append([change("2024-2025/u-1", "2026-11-22T08:00:00.000Z", "notes", "Ferdig – æøå")]);
    await repos.history.append([change("2024-2025/u-1", "2026-11-21T12:00:00.000Z", "responsible", null, "Åse")]);
    await repos.history.append([change("2024-2025/u-2", "2026-11-23T12:00:00.000Z", "status", "done")]);
    const list = await repos.history.list("tiltak", "2024-2025/u-1");
    expect(list.map((r) => r.at)).toEqual([
      "2026-11-22T08:00:00.000Z",
      "2026-11-21T12:00:00.000Z",
      "2026-11-20T10:00:00.000Z",
    ]);
    expect(list[0]).toEqual(change("2024-2025/u-1", "2026-11-22T08:00:00.000Z", "notes", "Ferdig – æøå"));
    expect(list[1].newValue).toBeNull();
  });

  it("keeps every record of one edit (same instant) and orders them last-appended first", async () => {
    const at = "2026-11-22T09:00:00.000Z";
    await repos.history.append([
      change("e-1", at, "status", "done"),
      change("e-1", at, "notes", "x"),
      change("e-1", at, "responsible", "y"),
    ]);
    expect((await repos.history.list("tiltak", "e-1")).map((r) => r.field)).toEqual(["responsible", "notes", "status"]);
  });

  it("does not mix entities whose ids sanitise to the same partition", async () => {
    await repos.history.append([
      change("a/b", "2026-11-22T09:00:00.000Z", "status", "done"),
      change("a_b", "2026-11-22T09:00:00.000Z", "status", "stopped"),
    ]);
    expect(historyPartition("tiltak", "a/b")).toBe(historyPartition("tiltak", "a_b"));
    expect((await repos.history.list("tiltak", "a/b")).map((r) => r.newValue)).toEqual(["done"]);
  });

  it("row keys sort newer instants first", () => {
    expect(historyRowKey("2026-11-22T10:00:00Z", 0) < historyRowKey("2026-11-22T09:59:59.999Z", 0)).toBe(true);
    expect(historyRowKey("2030-01-01T00:00:00Z", 0) < historyRowKey("2026-01-01T00:00:00Z", 0)).toBe(true);
  });

  it("cuts very long values so the record still fits", async () => {
    await repos.history.append([change("lang", "2026-11-22T09:00:00.000Z", "notes", "ø".repeat(40_000))]);
    const [record] = await repos.history.list("tiltak", "lang");
    expect(record.newValue!.length).toBeLessThanOrEqual(30_001);
  });
});
