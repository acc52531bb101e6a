import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BadRow, BadRowReporter } from "../../src/domain/badRows.js";
import { AlreadyExistsError, ConflictError, NotFoundError } from "../../src/domain/errors.js";
import { CHANGE_MARKER_TABLE, TableChangeMarker } from "../../src/storage/tableChangeMarker.js";
import {
  FACTS_TABLE,
  GROUPS_TABLE,
  PEOPLE_TABLE,
  TableDirectoryRepository,
} from "../../src/storage/tableDirectoryRepository.js";
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

describe("TableDirectoryRepository: conditional writes and bad rows", () => {
  let repos: Awaited<ReturnType<typeof testRepositories>>;
  const reported: BadRow[] = [];
  let directoryRepo: TableDirectoryRepository;
  beforeAll(async () => {
    repos = await testRepositories();
    const reporter: BadRowReporter = { bad: (row) => reported.push(row), fine: () => {} };
    directoryRepo = new TableDirectoryRepository(
      repos.factory.client(GROUPS_TABLE),
      repos.factory.client(PEOPLE_TABLE),
      repos.factory.client(FACTS_TABLE),
      reporter,
    );
    await repos.directory.saveFacts(facts);
  });
  afterAll(async () => {
    await repos.cleanup();
  });

  it("creates once, then updates only with the current ETag; a stale one is a conflict carrying the stored value", async () => {
    const created = await directoryRepo.createGroup(group("husradet", 1));
    await expect(directoryRepo.createGroup(group("husradet", 2))).rejects.toBeInstanceOf(AlreadyExistsError);
    const first = await directoryRepo.updateGroup({ ...created.value, note: "Første" }, created.etag);
    const stale = directoryRepo.updateGroup({ ...created.value, note: "Andre" }, created.etag);
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ current: { note: "Første" }, currentEtag: first.etag });
    expect((await directoryRepo.getGroup("husradet"))?.value.note).toBe("Første");
    await expect(directoryRepo.updatePerson(person("ingen", "Ingen"), first.etag)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("leaves a bad row out of every list and reports it, but still opens one whose values are only too long", async () => {
    const people = repos.factory.client(PEOPLE_TABLE);
    await people.upsertEntity({ partitionKey: "person", rowKey: "odd-json", id: "odd-json", name: "X", altNames: "[" });
    await repos.directory.savePerson({ ...person("too-long", "Lang"), altNames: ["x".repeat(5000)] });
    await repos.directory.savePerson(person("fine", "Fin Person"));
    const listed = (await directoryRepo.listPeople()).map((v) => v.value.id);
    expect(listed).toContain("fine");
    expect(listed).not.toContain("odd-json");
    expect(listed).not.toContain("too-long");
    expect(reported.map((r) => [r.table, r.id])).toEqual(
      expect.arrayContaining([
        ["people", "odd-json"],
        ["people", "too-long"],
      ]),
    );
    expect((await directoryRepo.getPerson("too-long"))?.value.name).toBe("Lang");
    expect((await directoryRepo.load()).people.map((p) => p.id)).not.toContain("too-long");
  });
});

describe("TableChangeMarker", () => {
  it("has no token before the first write, and a new one after every write", async () => {
    const repos = await testRepositories();
    try {
      const marker = new TableChangeMarker(repos.factory.client(CHANGE_MARKER_TABLE));
      expect(await marker.read()).toBeUndefined();
      await marker.bump();
      const first = await marker.read();
      expect(first).toMatch(/\S/);
      await Promise.all([marker.bump(), marker.bump()]);
      const second = await marker.read();
      expect(second).not.toBe(first);
    } finally {
      await repos.cleanup();
    }
  });
});
