import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AlreadyExistsError, ConflictError, NotFoundError } from "../../src/domain/errors.js";
import { testRepositories } from "../setup/azurite.js";
import { event } from "./fixtures.js";

describe("TableEventRepository on Azurite", () => {
  let repos: Awaited<ReturnType<typeof testRepositories>>;
  beforeAll(async () => {
    repos = await testRepositories();
  });
  afterAll(async () => {
    await repos.cleanup();
  });

  it("round-trips an event with Norwegian letters, arrays and optional fields", async () => {
    const created = await repos.events.create(event("husradet-mote"));
    expect(created.etag).toMatch(/\S/);
    const got = await repos.events.get("husradet-mote");
    expect(got).toEqual({ value: event("husradet-mote"), etag: created.etag });
  });

  it("lists what was created", async () => {
    await repos.events.create(event("konferanse-2026", "Alrekkonferansen – åpning"));
    const ids = (await repos.events.list()).map((v) => v.value.id);
    expect(ids).toEqual(expect.arrayContaining(["husradet-mote", "konferanse-2026"]));
  });

  it("keeps an undated event without start", async () => {
    const undated = { ...event("udatert"), start: undefined, end: undefined, recurrence: undefined };
    await repos.events.create(undated);
    const got = await repos.events.get("udatert");
    expect(got?.value.start).toBeUndefined();
    expect(got?.value).toEqual(JSON.parse(JSON.stringify(undated)));
  });

  it("stores ids with characters a key cannot hold", async () => {
    await repos.events.create(event("a/b#c?d\\e"));
    expect((await repos.events.get("a/b#c?d\\e"))?.value.id).toBe("a/b#c?d\\e");
  });

  it("refuses a second create with the same id", async () => {
    await repos.events.create(event("dobbel"));
    await expect(repos.events.create(event("dobbel"))).rejects.toBeInstanceOf(AlreadyExistsError);
  });

  it("updates with the current etag and returns a new one", async () => {
    const created = await repos.events.create(event("oppdater"));
    const updated = await repos.events.update({ ...event("oppdater"), title: "Flyttet møte på Årstad" }, created.etag);
    expect(updated.etag).not.toBe(created.etag);
    expect((await repos.events.get("oppdater"))?.value.title).toBe("Flyttet møte på Årstad");
  });

  it("rejects a stale etag with ConflictError carrying the current value, and changes nothing", async () => {
    const created = await repos.events.create(event("konflikt"));
    const first = await repos.events.update({ ...event("konflikt"), title: "Første endring" }, created.etag);
    const stale = repos.events.update({ ...event("konflikt"), title: "Andre endring" }, created.etag);
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    const error = (await stale.catch((e: unknown) => e)) as ConflictError;
    expect(error.currentEtag).toBe(first.etag);
    expect((error.current as { title: string }).title).toBe("Første endring");
    expect(await repos.events.get("konflikt")).toEqual({ value: first.value, etag: first.etag });
  });

  it("returns undefined for an unknown id and NotFoundError when updating it", async () => {
    expect(await repos.events.get("finnes-ikke")).toBeUndefined();
    await expect(
      repos.events.update(event("finnes-ikke"), "W/\"datetime'2020-01-01T00%3A00%3A00.000Z'\""),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
