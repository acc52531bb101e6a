import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AlreadyExistsError, ConflictError } from "../../src/domain/errors.js";
import { testRepositories } from "../setup/azurite.js";
import { period, tiltak } from "./fixtures.js";

describe("TablePlanRepository on Azurite", () => {
  let repos: Awaited<ReturnType<typeof testRepositories>>;
  beforeAll(async () => {
    repos = await testRepositories();
  });
  afterAll(async () => {
    await repos.cleanup();
  });

  it("creates and lists periods oldest first, areas intact", async () => {
    await repos.plan.createPeriod({
      ...period("2026-2027"),
      startYear: 2026,
      endYear: 2027,
      title: "Handlingsplan 2026–2027",
    });
    await repos.plan.createPeriod(period("2024-2025"));
    const periods = await repos.plan.listPeriods();
    expect(periods.map((p) => p.id)).toEqual(["2024-2025", "2026-2027"]);
    expect(periods[0]).toEqual(period("2024-2025"));
  });

  it("createPeriod is insert-if-absent: a taken id is AlreadyExistsError and the stored period stays", async () => {
    await expect(
      repos.plan.createPeriod({ ...period("2024-2025"), title: "Endret tittel – ÆØÅ" }),
    ).rejects.toBeInstanceOf(AlreadyExistsError);
    expect((await repos.plan.listPeriods()).find((p) => p.id === "2024-2025")).toEqual(period("2024-2025"));
  });

  it("of parallel creates of one id exactly one wins, and the stored period is the winner's", async () => {
    const titles = ["A", "B", "C", "D", "E", "F"];
    const results = await Promise.allSettled(
      titles.map((title) => repos.plan.createPeriod({ ...period("race"), title })),
    );
    const won = titles.filter((_, i) => results[i].status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(AlreadyExistsError);
    expect((await repos.plan.listPeriods()).find((p) => p.id === "race")?.title).toBe(won[0]);
  });

  it("round-trips tiltak per period in plan order", async () => {
    await repos.plan.createTiltak(tiltak("2024-2025", "u-2", 2));
    await repos.plan.createTiltak(tiltak("2024-2025", "u-1", 1));
    await repos.plan.createTiltak(tiltak("2026-2027", "u-1", 1));
    const list = await repos.plan.listTiltak("2024-2025");
    expect(list.map((v) => v.value)).toEqual([tiltak("2024-2025", "u-1", 1), tiltak("2024-2025", "u-2", 2)]);
    expect((await repos.plan.getTiltak("2026-2027", "u-1"))?.value.periodId).toBe("2026-2027");
    expect(await repos.plan.getTiltak("2026-2027", "u-2")).toBeUndefined();
  });

  it("updates a tiltak once per etag; the stale writer gets ConflictError and nothing changes", async () => {
    const v1 = (await repos.plan.getTiltak("2024-2025", "u-1"))!;
    const v2 = await repos.plan.updateTiltak(
      { ...v1.value, status: "in_progress", notes: "Påbegynt av Søråas" },
      v1.etag,
    );
    await expect(repos.plan.updateTiltak({ ...v1.value, status: "stopped" }, v1.etag)).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(await repos.plan.getTiltak("2024-2025", "u-1")).toEqual(v2);
    expect(v2.value.status).toBe("in_progress");
  });
});
