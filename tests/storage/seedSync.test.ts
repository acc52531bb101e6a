// The three-way rule of src/storage/seedSync.ts, through seedIfNeeded on Azurite.
import type { TableClient } from "@azure/data-tables";
import { describe, expect, it } from "vitest";
import { silentLogger } from "../../src/logger.js";
import { SEED_HASH } from "../../src/storage/entityCodec.js";
import { TABLE_NAMES, type Repositories } from "../../src/storage/index.js";
import { seedIfNeeded, type SeedInput, type SeedResult } from "../../src/storage/seeder.js";
import { GROUPS_TABLE } from "../../src/storage/tableDirectoryRepository.js";
import { testRepositories } from "../setup/azurite.js";
import { directory, event, period, tiltak } from "./fixtures.js";

type TestRepos = Awaited<ReturnType<typeof testRepositories>>;

/** A full SeedResult: the given counts, zero elsewhere. */
const counts = (c: Partial<SeedResult>): SeedResult => ({
  created: 0,
  updated: 0,
  baselined: 0,
  kept: 0,
  skipped: 0,
  ...c,
});

/** A small seed: 3 groups, 2 people, facts, 1 event, 1 period, 3 tiltak. */
const small: SeedInput = {
  directory: directory(3),
  events: [event("husradet")],
  period: period("2024-2025"),
  tiltak: [0, 1, 2].map((i) => tiltak("2024-2025", `t-${i}`, i)),
};
const smallTotal = 3 + 2 + 1 + 1 + 1 + 3;

/** Developers corrected three facts: a role in gruppe-2, Åse's title, the text of t-1. */
const corrected: SeedInput = {
  ...small,
  directory: {
    ...small.directory,
    groups: small.directory.groups.map((g) =>
      g.id === "gruppe-2" ? { ...g, members: [{ ...g.members[0]!, role: "nestleder" }] } : g,
    ),
    people: small.directory.people.map((p) => (p.id === "ase-aeroe" ? { ...p, title: "Seniorrådgiver" } : p)),
  },
  tiltak: small.tiltak.map((t) => (t.id === "t-1" ? { ...t, text: "Tiltak 1: øke bruken av simulering og VR" } : t)),
};

const gruppe2 = async (repos: TestRepos) => (await repos.directory.load()).groups.find((g) => g.id === "gruppe-2")!;
const ase = async (repos: TestRepos) => (await repos.directory.load()).people.find((p) => p.id === "ase-aeroe")!;
const t1 = async (repos: TestRepos) => (await repos.plan.getTiltak("2024-2025", "t-1"))!.value;
const groupRow = (repos: TestRepos, id: string) => repos.factory.client(GROUPS_TABLE).getEntity("group", id);

/** An editor changes gruppe-2's mandate through the repository's conditional update (as the API does). */
const editorEditsGroup = async (repos: TestRepos) => {
  const stored = (await repos.directory.getGroup("gruppe-2"))!;
  await repos.directory.updateGroup({ ...stored.value, mandate: "Redaktørens mandat – æøå" }, stored.etag);
};

/** Every stored row of every table, by table/partition/row, with its ETag. */
async function etags(repos: TestRepos): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const name of TABLE_NAMES) {
    for await (const row of repos.factory.client(name).listEntities()) {
      out.set(`${name}/${row.partitionKey}/${row.rowKey}`, row.etag);
    }
  }
  return out;
}

/** Turns the store into one seeded before SeedHash existed: every row loses its SeedHash. */
async function dropSeedHashes(repos: TestRepos): Promise<void> {
  for (const name of TABLE_NAMES) {
    const table = repos.factory.client(name);
    for await (const { etag: _etag, timestamp: _ts, [SEED_HASH]: _hash, ...row } of table.listEntities()) {
      await table.updateEntity({ ...row, partitionKey: row.partitionKey!, rowKey: row.rowKey! }, "Replace");
    }
  }
  expect((await groupRow(repos, "gruppe-1"))[SEED_HASH]).toBeUndefined();
}

/**
 * A factory whose `table` client lets `edit` run just before its first updateEntity, i.e. after
 * the seeder read the row and before its conditional write: a real race on Azurite.
 */
function racing(repos: TestRepos, table: string, edit: () => Promise<void>): Pick<Repositories, "factory"> {
  let raced = false;
  const client = (name: string): TableClient => {
    const real = repos.factory.client(name);
    if (name !== table) return real;
    return new Proxy(real, {
      get(target, prop) {
        if (prop !== "updateEntity") {
          const value: unknown = Reflect.get(target, prop, target);
          return typeof value === "function" ? value.bind(target) : value;
        }
        return async (...args: Parameters<TableClient["updateEntity"]>) => {
          if (!raced) {
            raced = true;
            await edit();
          }
          return target.updateEntity(...args);
        };
      },
    });
  };
  return { factory: { ...repos.factory, client } };
}

interface RuleCase {
  name: string;
  /** Brings the store into its state before the run under test. */
  arrange(repos: TestRepos): Promise<void>;
  seed: SeedInput;
  /** What the seeder gets instead of the repositories (the race). */
  via?(repos: TestRepos): Pick<Repositories, "factory">;
  expected: SeedResult;
  /** Checks the stored values after the run. */
  check(repos: TestRepos, before: Map<string, string>): Promise<void>;
}

const seeded = (repos: TestRepos) => seedIfNeeded(repos, small, silentLogger).then(() => undefined);

const cases: RuleCase[] = [
  {
    name: "fresh store: every row created, each with its SeedHash",
    arrange: async () => {},
    seed: small,
    expected: counts({ created: smallTotal }),
    check: async (repos) => {
      expect((await repos.directory.load()).groups).toEqual(small.directory.groups);
      expect((await groupRow(repos, "gruppe-2"))[SEED_HASH]).toMatch(/^[0-9a-f]{64}$/);
    },
  },
  {
    name: "restart with the same seed: nothing written",
    arrange: seeded,
    seed: small,
    expected: counts({ skipped: smallTotal }),
    check: async (repos, before) => expect(await etags(repos)).toEqual(before),
  },
  {
    name: "seed facts corrected, rows not edited: the corrections are written",
    arrange: seeded,
    seed: corrected,
    expected: counts({ updated: 3, skipped: smallTotal - 3 }),
    check: async (repos) => {
      expect((await gruppe2(repos)).members[0]?.role).toBe("nestleder");
      expect((await ase(repos)).title).toBe("Seniorrådgiver");
      expect((await t1(repos)).text).toBe("Tiltak 1: øke bruken av simulering og VR");
      // The new SeedHash was recorded: the next start writes nothing.
      expect(await seedIfNeeded(repos, corrected, silentLogger)).toEqual(counts({ skipped: smallTotal }));
    },
  },
  {
    name: "seed facts corrected, rows edited through the repositories: the editors' values are kept",
    arrange: async (repos) => {
      await seeded(repos);
      await editorEditsGroup(repos);
      const v = (await repos.plan.getTiltak("2024-2025", "t-1"))!;
      await repos.plan.updateTiltak({ ...v.value, status: "done", notes: "Ferdig" }, v.etag);
    },
    seed: corrected,
    expected: counts({ updated: 1, kept: 2, skipped: smallTotal - 3 }),
    check: async (repos) => {
      expect(await gruppe2(repos)).toMatchObject({ mandate: "Redaktørens mandat – æøå", members: [{ role: "leder" }] });
      expect(await t1(repos)).toMatchObject({ status: "done", notes: "Ferdig", text: small.tiltak[1]!.text });
      expect((await ase(repos)).title).toBe("Seniorrådgiver");
    },
  },
  {
    name: "seed fact corrected, person edited in the app (other spellings): the editor's row is kept whole",
    arrange: async (repos) => {
      await seeded(repos);
      const stored = (await repos.directory.getPerson("ase-aeroe"))!;
      await repos.directory.updatePerson({ ...stored.value, altNames: ["Aase Aeroe"] }, stored.etag);
    },
    seed: corrected,
    expected: counts({ updated: 2, kept: 1, skipped: smallTotal - 3 }),
    check: async (repos) => {
      expect(await ase(repos)).toMatchObject({ altNames: ["Aase Aeroe"] });
      expect((await ase(repos)).title).not.toBe("Seniorrådgiver");
      expect((await gruppe2(repos)).members[0]?.role).toBe("nestleder");
    },
  },
  {
    name: "seed fact corrected, row edited by a writer that keeps SeedHash (Merge): kept",
    arrange: async (repos) => {
      await seeded(repos);
      const table = repos.factory.client(GROUPS_TABLE);
      await table.updateEntity({ partitionKey: "group", rowKey: "gruppe-2", name: "Håndrettet navn" }, "Merge");
      expect((await groupRow(repos, "gruppe-2"))[SEED_HASH]).toMatch(/^[0-9a-f]{64}$/);
    },
    seed: corrected,
    expected: counts({ updated: 2, kept: 1, skipped: smallTotal - 3 }),
    check: async (repos) => {
      expect(await gruppe2(repos)).toMatchObject({ name: "Håndrettet navn", members: [{ role: "leder" }] });
    },
  },
  {
    name: "legacy rows without SeedHash equal to the seed (stored differently): baselined, later corrections flow in",
    arrange: async (repos) => {
      await seeded(repos);
      await dropSeedHashes(repos);
      // Same data in another representation: a Double for an Int32, a JSON column with other key order and spacing.
      const table = repos.factory.client(GROUPS_TABLE);
      const { etag: _etag, timestamp: _ts, ...row } = await groupRow(repos, "gruppe-1");
      const members = JSON.stringify(
        (JSON.parse(row.members as string) as Record<string, string>[]).map(({ role, unit, personId }) => ({
          role,
          unit,
          personId,
        })),
        null,
        2,
      );
      await table.updateEntity(
        { ...row, partitionKey: "group", rowKey: "gruppe-1", members, order: { value: "1", type: "Double" } },
        "Replace",
      );
    },
    seed: small,
    expected: counts({ baselined: smallTotal }),
    check: async (repos) => {
      expect((await groupRow(repos, "gruppe-1"))[SEED_HASH]).toMatch(/^[0-9a-f]{64}$/);
      expect(await seedIfNeeded(repos, corrected, silentLogger)).toEqual(
        counts({ updated: 3, skipped: smallTotal - 3 }),
      );
      expect((await gruppe2(repos)).members[0]?.role).toBe("nestleder");
    },
  },
  {
    name: "legacy row without SeedHash that differs from the seed: kept",
    arrange: async (repos) => {
      await seeded(repos);
      await dropSeedHashes(repos);
      await editorEditsGroup(repos);
    },
    seed: small,
    expected: counts({ baselined: smallTotal - 1, kept: 1 }),
    check: async (repos) => {
      expect((await gruppe2(repos)).mandate).toBe("Redaktørens mandat – æøå");
      expect((await groupRow(repos, "gruppe-2"))[SEED_HASH]).toBeUndefined();
    },
  },
  {
    name: "an editor's change racing the update (stale ETag): kept",
    arrange: seeded,
    seed: corrected,
    via: (repos) => racing(repos, GROUPS_TABLE, () => editorEditsGroup(repos)),
    expected: counts({ updated: 2, kept: 1, skipped: smallTotal - 3 }),
    check: async (repos) => {
      expect(await gruppe2(repos)).toMatchObject({ mandate: "Redaktørens mandat – æøå", members: [{ role: "leder" }] });
    },
  },
  {
    name: "a row removed from the seed: left alone",
    arrange: seeded,
    seed: { ...small, directory: { ...small.directory, groups: small.directory.groups.slice(0, 2) } },
    expected: counts({ skipped: smallTotal - 1 }),
    check: async (repos) => {
      expect((await repos.directory.load()).groups.map((g) => g.id)).toEqual(["gruppe-1", "gruppe-2", "gruppe-3"]);
    },
  },
];

describe("seedIfNeeded: seed corrections reach unedited rows only", () => {
  it.each(cases)("$name", async ({ arrange, seed: input, via, expected, check }) => {
    const repos = await testRepositories();
    try {
      await arrange(repos);
      const before = await etags(repos);
      expect(await seedIfNeeded(via ? via(repos) : repos, input, silentLogger)).toEqual(expected);
      await check(repos, before);
    } finally {
      await repos.cleanup();
    }
  });
});
