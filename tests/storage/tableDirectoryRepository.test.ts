import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "../../src/domain/errors.js";
import { testRepositories } from "../setup/azurite.js";
import { directory, facts, group, person } from "./fixtures.js";

describe("TableDirectoryRepository on Azurite", () => {
  let repos: Awaited<ReturnType<typeof testRepositories>>;
  beforeAll(async () => {
    repos = await testRepositories();
  });
  afterAll(async () => {
    await repos.cleanup();
  });

  it("load() says NotFound before the facts are stored", async () => {
    await expect(repos.directory.load()).rejects.toBeInstanceOf(NotFoundError);
  });

  it("round-trips groups, people and facts; groups in Vedlegg 1 order, people by name", async () => {
    const dir = directory(3);
    for (const g of [...dir.groups].reverse()) await repos.directory.saveGroup(g);
    for (const p of dir.people) await repos.directory.savePerson(p);
    await repos.directory.saveFacts(facts);
    const loaded = await repos.directory.load();
    expect(loaded.groups).toEqual(dir.groups);
    expect(loaded.people.map((p) => p.name)).toEqual(["Per Søråas", "Åse Ærø"]);
    expect(loaded.people).toEqual(expect.arrayContaining(dir.people));
    expect(loaded.facts).toEqual(facts);
  });

  it("saveGroup and savePerson replace the stored row", async () => {
    await repos.directory.saveGroup({ ...group("gruppe-1", 1), mandate: undefined, members: [] });
    await repos.directory.savePerson({ ...person("per-soraas", "Per Søråas"), title: "Seksjonssjef" });
    const loaded = await repos.directory.load();
    expect(loaded.groups[0].mandate).toBeUndefined();
    expect(loaded.groups[0].members).toEqual([]);
    expect(loaded.people.find((p) => p.id === "per-soraas")?.title).toBe("Seksjonssjef");
  });

  it("load() reads 40 more groups and 60 more people back complete", async () => {
    for (let i = 0; i < 40; i++) await repos.directory.saveGroup(group(`g-${i}`, 100 + i));
    for (let i = 0; i < 60; i++) await repos.directory.savePerson(person(`p-${i}`, `Person ${i} Øvre`));
    const loaded = await repos.directory.load();
    expect(
      loaded.groups
        .filter((g) => g.id.startsWith("g-"))
        .map((g) => g.id)
        .sort(),
    ).toEqual(Array.from({ length: 40 }, (_, i) => `g-${i}`).sort());
    expect(loaded.people.filter((p) => p.id.startsWith("p-"))).toHaveLength(60);
  });
});
