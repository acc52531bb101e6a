/**
 * The read model's freshness across instances: the change marker is read at most once per check
 * interval while questions come, a change made elsewhere is loaded at the first check after it,
 * and nothing else is reloaded. Time is a counter the test moves, not the machine's clock.
 */
import { describe, expect, it } from "vitest";
import type { Directory, Group } from "../../src/domain/directory.js";
import type {
  ChangeMarker,
  DirectoryRepository,
  EventRepository,
  PlanRepository,
} from "../../src/domain/repositories.js";
import { createKnowledgeSource } from "../../src/services/knowledgeSource.js";
import { directory as fixtureDirectory } from "../storage/fixtures.js";

const NOW = new Date("2026-11-22T09:00:00Z");

/** Stored data shared by "instances", with a count of loads and of marker reads. */
function storage(initial: Directory = fixtureDirectory(2)) {
  let stored = initial;
  let token: string | undefined;
  let tokens = 0;
  const counts = { loads: 0, markerReads: 0 };
  let markerFails = false;
  const marker: ChangeMarker = {
    async read() {
      counts.markerReads++;
      if (markerFails) throw new Error("storage unreachable");
      return token;
    },
    async bump() {
      token = `t${++tokens}`;
    },
  };
  const directory = {
    async load() {
      counts.loads++;
      return stored;
    },
  } as unknown as DirectoryRepository;
  const events = { list: async () => [] } as unknown as EventRepository;
  const plan = { listPeriods: async () => [] } as unknown as PlanRepository;
  return {
    repos: { directory, events, plan },
    marker,
    counts,
    /** Another instance writes: the data changes and the marker moves on. */
    async writeElsewhere(next: Directory) {
      stored = next;
      await marker.bump();
    },
    failMarker(fails: boolean) {
      markerFails = fails;
    },
  };
}

function instance(s: ReturnType<typeof storage>, opts: { checkMs?: number; maxAgeMs?: number } = {}) {
  let ms = 0;
  const source = createKnowledgeSource(s.repos, () => NOW, {
    marker: s.marker,
    checkMs: opts.checkMs ?? 2_000,
    maxAgeMs: opts.maxAgeMs,
    monotonicMs: () => ms,
  });
  return {
    source,
    advance(by: number) {
      ms += by;
    },
    groupNames: async () => (await source.snapshot()).directory.groups.map((g) => g.name),
  };
}

const renamed = (d: Directory, name: string): Directory => ({
  ...d,
  groups: d.groups.map((g, i) => (i === 0 ? { ...g, name } : g)),
});

describe("the read model on one instance while another writes", () => {
  it("reads the marker at most once per interval while asked, and reloads nothing while nothing changed", async () => {
    const s = storage();
    const b = instance(s);
    await b.groupNames();
    expect(s.counts).toEqual({ loads: 1, markerReads: 1 });
    for (let i = 0; i < 10; i++) {
      b.advance(100);
      await b.groupNames();
    }
    expect(s.counts).toEqual({ loads: 1, markerReads: 1 });
    b.advance(1_500);
    await Promise.all([b.groupNames(), b.groupNames(), b.groupNames()]);
    expect(s.counts).toEqual({ loads: 1, markerReads: 2 });
  });

  it("answers from the new data at the first check after another instance's write, not before", async () => {
    const s = storage();
    const b = instance(s);
    const before = await b.groupNames();
    await s.writeElsewhere(renamed(fixtureDirectory(2), "Husrådet (ny)"));
    b.advance(1_000);
    expect(await b.groupNames()).toEqual(before);
    b.advance(1_001);
    expect((await b.groupNames())[0]).toBe("Husrådet (ny)");
    expect(s.counts.loads).toBe(2);
  });

  it("reloads at once after a write on this instance, and tells the others through the marker", async () => {
    const s = storage();
    const a = instance(s);
    const b = instance(s);
    await Promise.all([a.groupNames(), b.groupNames()]);
    const next = renamed(fixtureDirectory(2), "Endret på A");
    // The write itself, then the service's invalidate on A.
    await s.writeElsewhere(next);
    await a.source.invalidate();
    expect((await a.groupNames())[0]).toBe("Endret på A");
    b.advance(2_001);
    expect((await b.groupNames())[0]).toBe("Endret på A");
  });

  it("keeps answering from the cache when the marker cannot be read, and catches up once it can", async () => {
    const s = storage();
    const b = instance(s);
    const before = await b.groupNames();
    s.failMarker(true);
    await s.writeElsewhere(renamed(fixtureDirectory(2), "Skrevet under bruddet"));
    b.advance(2_001);
    expect(await b.groupNames()).toEqual(before);
    s.failMarker(false);
    b.advance(2_001);
    expect((await b.groupNames())[0]).toBe("Skrevet under bruddet");
  });

  it("reloads after the backstop age even when the marker says nothing changed", async () => {
    const s = storage();
    const b = instance(s, { maxAgeMs: 60_000 });
    await b.groupNames();
    b.advance(60_001);
    await b.groupNames();
    expect(s.counts.loads).toBe(2);
  });

  it("leaves retired groups out of what the bot answers from", async () => {
    const d = fixtureDirectory(3);
    const groups: Group[] = d.groups.map((g, i) => (i === 1 ? { ...g, retired: true } : g));
    const s = storage({ ...d, groups });
    const names = await instance(s).groupNames();
    expect(names).toEqual([d.groups[0].name, d.groups[2].name]);
  });
});
