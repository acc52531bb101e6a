import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/logger.js";
import { seedIfNeeded, type SeedInput, type SeedResult } from "../../src/storage/seeder.js";
import { testRepositories } from "../setup/azurite.js";
import { directory, event, period, tiltak } from "./fixtures.js";

/** 3 groups + 2 people + facts + 2 events + 1 period + 120 tiltak (two transactions' worth). */
const seed: SeedInput = {
  directory: directory(3),
  events: [event("husradet"), event("konferanse")],
  period: period("2024-2025"),
  tiltak: Array.from({ length: 120 }, (_, i) => tiltak("2024-2025", `t-${i}`, i)),
};
const total = 3 + 2 + 1 + 2 + 1 + 120;

/** A full SeedResult: the given counts, zero elsewhere. */
const counts = (c: Partial<SeedResult>): SeedResult => ({
  created: 0,
  updated: 0,
  baselined: 0,
  kept: 0,
  skipped: 0,
  ...c,
});

describe("seedIfNeeded on Azurite", () => {
  let repos: Awaited<ReturnType<typeof testRepositories>>;
  beforeAll(async () => {
    repos = await testRepositories();
  });
  afterAll(async () => {
    await repos.cleanup();
  });

  it("creates every row on an empty store", async () => {
    expect(await seedIfNeeded(repos, seed, silentLogger)).toEqual(counts({ created: total }));
    const loaded = await repos.directory.load();
    expect(loaded.groups).toEqual(seed.directory.groups);
    expect(loaded.facts).toEqual(seed.directory.facts);
    expect((await repos.plan.listTiltak("2024-2025")).map((v) => v.value)).toEqual(seed.tiltak);
    expect(await repos.plan.listPeriods()).toEqual([seed.period]);
  });

  it("a second run creates nothing and duplicates nothing", async () => {
    expect(await seedIfNeeded(repos, seed, silentLogger)).toEqual(counts({ skipped: total }));
    expect(await repos.events.list()).toHaveLength(2);
    expect(await repos.plan.listTiltak("2024-2025")).toHaveLength(120);
  });

  it("keeps edits made after seeding and adds only new seed rows", async () => {
    const v = (await repos.plan.getTiltak("2024-2025", "t-5"))!;
    await repos.plan.updateTiltak({ ...v.value, status: "done", notes: "Gjennomført – Søråas" }, v.etag);
    const ev = (await repos.events.get("husradet"))!;
    await repos.events.update({ ...ev.value, place: "Nytt møterom på Årstad" }, ev.etag);
    const grown = { ...seed, events: [...seed.events, event("ny-hendelse")] };
    expect(await seedIfNeeded(repos, grown, silentLogger)).toEqual(counts({ created: 1, kept: 2, skipped: total - 2 }));
    expect((await repos.plan.getTiltak("2024-2025", "t-5"))?.value).toMatchObject({
      status: "done",
      notes: "Gjennomført – Søråas",
    });
    expect((await repos.events.get("husradet"))?.value.place).toBe("Nytt møterom på Årstad");
    expect(await repos.events.list()).toHaveLength(3);
  });

  it("two concurrent first runs together create each row once", async () => {
    const fresh = await testRepositories();
    try {
      const [a, b] = await Promise.all([
        seedIfNeeded(fresh, seed, silentLogger),
        seedIfNeeded(fresh, seed, silentLogger),
      ]);
      expect(a.created + b.created).toBe(total);
      expect(a.skipped + b.skipped).toBe(total);
      expect(await fresh.plan.listTiltak("2024-2025")).toHaveLength(120);
    } finally {
      await fresh.cleanup();
    }
  });
});
