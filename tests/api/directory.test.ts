/** Directory editing through the real service on Azurite: groups, people, ETags, rights, values at the door, history, the bot. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeJwks, type FakeJwks } from "../fakes/fakeJwks.js";
import { EDITOR_OID, READER_OID, TEST_TENANT_ID, entraEnv, signToken } from "../support/entraTokens.js";
import { startTestService } from "../support/testService.js";
import { ask, said } from "../support/activities.js";
import { client, fixedClock } from "./apiClient.js";
import { escapeMarkdown } from "../../src/domain/markdownText.js";

const SECOND_EDITOR_OID = "00000000-0000-4000-8000-00000000e018";

let jwks: FakeJwks;
let service: Awaited<ReturnType<typeof startTestService>>;
let editor: ReturnType<typeof client>;
let secondEditor: ReturnType<typeof client>;
let reader: ReturnType<typeof client>;

beforeAll(async () => {
  jwks = await startFakeJwks();
  service = await startTestService(entraEnv(jwks.url, [EDITOR_OID, SECOND_EDITOR_OID]), { clock: fixedClock });
  const token = (oid: string, name: string) => signToken(jwks.privateKey, { oid, name });
  editor = client(service.url, await token(EDITOR_OID, "Karen Haugvaldstad"));
  secondEditor = client(service.url, await token(SECOND_EDITOR_OID, "Frode Aass Kristiansen"));
  reader = client(service.url, await token(READER_OID, "Lesende Leser"));
});
afterAll(async () => {
  await service?.stop();
  await jwks?.close();
});

type Listed = { id: string; etag: string; [field: string]: unknown };

async function groupsAndPeople(as = editor): Promise<{ groups: Listed[]; people: Listed[] }> {
  const res = await as.get("/api/groups");
  expect(res.status).toBe(200);
  return res.body;
}
const groupById = async (id: string) => (await groupsAndPeople()).groups.find((g) => g.id === id)!;
const personById = async (id: string) => (await groupsAndPeople()).people.find((p) => p.id === id)!;
const history = async (path: string) => (await reader.get(`${path}/history`)).body.history as Record<string, any>[];

async function newPerson(body: Record<string, unknown>): Promise<Listed> {
  const res = await editor.post("/api/people", body);
  expect(res.status).toBe(201);
  return res.body;
}

describe("GET /api/groups", () => {
  it("gives every group and person its ETag, and readers no bad rows", async () => {
    const { groups, people } = await groupsAndPeople(reader);
    expect(groups.length).toBeGreaterThanOrEqual(18);
    for (const entity of [...groups, ...people]) expect(entity.etag).toMatch(/\S/);
    expect((await reader.get("/api/groups")).body.badRows).toBeUndefined();
  });
});

describe("changing a group's members", () => {
  it("saves, keeps the old members in the history, and the bot answers with the new ones at once", async () => {
    const ola = await newPerson({ name: "Ola Nordmann", unit: "Etat for sykehjem", altNames: ["Ole Nordmann"] });
    expect(ola.id).toMatch(/^ola-nordmann-[0-9a-f]{6}$/);
    const before = await groupById("husradet");
    const res = await editor.patch(
      "/api/groups/husradet",
      { members: [{ personId: ola.id, role: "representant" }] },
      { etag: before.etag },
    );
    expect(res.status).toBe(200);
    expect(res.body.members).toEqual([{ personId: ola.id, role: "representant" }]);
    expect(res.headers.get("etag")).toBe(res.body.etag);

    const records = await history("/api/groups/husradet");
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      entityType: "group",
      entityId: "husradet",
      field: "members",
      by: { oid: EDITOR_OID, tid: TEST_TENANT_ID, name: "Karen Haugvaldstad" },
      at: "2026-11-22T09:00:00.000Z",
    });
    expect(JSON.parse(records[0].oldValue)).toEqual([
      { personId: "karen-haugvaldstad", role: "intern Alrek-koordinator" },
    ]);

    const answer = said((await ask(service.url, "Hvem sitter i Husrådet?"))[0]);
    expect(answer).toContain("Ola Nordmann");
    expect(answer).not.toContain("Karen Haugvaldstad");
    // The new person's other spelling finds them too.
    expect(said((await ask(service.url, "Hvilke grupper sitter Ole Nordmann i?"))[0])).toContain("Husrådet");
  });

  it("answers 412 with the stored group to a stale If-Match, 428 without one, and changes nothing", async () => {
    const first = await groupById("lederforum");
    const ok = await editor.patch("/api/groups/lederforum", { note: "Første" }, { etag: first.etag });
    expect(ok.status).toBe(200);
    const stale = await editor.patch("/api/groups/lederforum", { note: "Andre" }, { etag: first.etag });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe("precondition_failed");
    expect(stale.body.current).toMatchObject({ id: "lederforum", note: "Første", etag: ok.body.etag });
    const missing = await editor.patch("/api/groups/lederforum", { note: "Tredje" });
    expect(missing.status).toBe(428);
    expect((await groupById("lederforum")).note).toBe("Første");
    expect(await history("/api/groups/lederforum")).toHaveLength(1);
  });

  it("of two editors saving at once, the second is told and loses nothing: their retry keeps both changes", async () => {
    const before = await groupById("kommunikasjonsgruppen");
    const [a, b] = await Promise.all([
      editor.patch("/api/groups/kommunikasjonsgruppen", { aliases: ["kommgruppa"] }, { etag: before.etag }),
      secondEditor.patch("/api/groups/kommunikasjonsgruppen", { note: "Møtes månedlig." }, { etag: before.etag }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 412]);
    const [won, lost] = a.status === 200 ? [a, b] : [b, a];
    const lostBody = lost === a ? { aliases: ["kommgruppa"] } : { note: "Møtes månedlig." };
    // The refusal carries what is stored now, so the second editor can see the first one's change and save again.
    expect(lost.body.current).toMatchObject({ etag: won.body.etag });
    const retry = await (lost === a ? editor : secondEditor).patch("/api/groups/kommunikasjonsgruppen", lostBody, {
      etag: lost.body.etag,
    });
    expect(retry.status).toBe(200);
    expect(await groupById("kommunikasjonsgruppen")).toMatchObject({
      aliases: ["kommgruppa"],
      note: "Møtes månedlig.",
    });
    const who = (await history("/api/groups/kommunikasjonsgruppen")).map((h) => h.by.oid).sort();
    expect(who).toEqual([EDITOR_OID, SECOND_EDITOR_OID].sort());
  });
});

describe("what editors and readers may do", () => {
  it.each<[string, string, (id: string) => string, Record<string, unknown>]>([
    ["PATCH", "group", (id) => `/api/groups/${id}`, { note: "Ikke lov" }],
    ["PATCH", "person", (id) => `/api/people/${id}`, { title: "Ikke lov" }],
    ["POST", "group", () => "/api/groups", { name: "Ikke lov" }],
    ["POST", "person", () => "/api/people", { name: "Ikke Lov" }],
  ])("answers 403 to a reader's %s of a %s and stores nothing", async (method, type, path, body) => {
    const target = type === "group" ? await groupById("brukerpanel") : await personById("alette-stang");
    const res =
      method === "PATCH"
        ? await reader.patch(path(target.id), body, { etag: target.etag })
        : await reader.post(path(target.id), body);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("forbidden");
    const after = await groupsAndPeople();
    expect(JSON.stringify(after)).not.toContain("Ikke lov");
    expect(JSON.stringify(after)).not.toContain("Ikke Lov");
    expect(await history(type === "group" ? `/api/groups/${target.id}` : `/api/people/${target.id}`)).toEqual([]);
  });
});

describe("values at the door", () => {
  it.each<[string, Record<string, unknown>, string, RegExp]>([
    ["a name over 100 characters", { name: "x".repeat(101) }, "name", /at most 100/],
    ["a blank name", { name: "   " }, "name", /required/],
    ["a control character", { name: "Hus\u0007rådet" }, "name", /control characters/],
    ["a line break in a one-line field", { nameEn: "House\ncouncil" }, "nameEn", /one line/],
    ["a mandate over 4000 characters", { mandate: "m".repeat(4001) }, "mandate", /at most 4000/],
    ["31 aliases", { aliases: Array.from({ length: 31 }, (_, i) => `navn ${i}`) }, "aliases", /at most 30/],
    ["an alias twice", { aliases: ["Husrådet", " husrådet"] }, "aliases[1]", /twice/],
    ["a blank alias", { aliases: ["ok", " "] }, "aliases[1]", /required/],
    ["a member who is no person", { members: [{ personId: "finnes-ikke" }] }, "members[0].personId", /no person/],
    [
      "a person seated twice",
      { members: [{ personId: "kjell-wolff" }, { personId: "kjell-wolff", role: "x" }] },
      "members[1].personId",
      /twice/,
    ],
    ["31 members", { members: Array.from({ length: 31 }, (_, i) => ({ personId: `p${i}` })) }, "members", /at most 30/],
    [
      "a seat field not known",
      { members: [{ personId: "kjell-wolff", name: "Kjell" }] },
      "members[0].name",
      /seat field/,
    ],
    ["a kind not known", { kind: "club" }, "kind", /one of/],
    ["the id", { id: "nytt-id" }, "id", /cannot be changed/],
    ["an order that is not whole", { order: 1.5 }, "order", /whole number/],
    ["retired as text", { retired: "ja" }, "retired", /true or false/],
  ])("refuses %s with 400 naming the field, and stores nothing", async (_what, body, field, message) => {
    const before = await groupById("faglig-forum");
    const res = await editor.patch("/api/groups/faglig-forum", body, { etag: before.etag });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_failed");
    const issue = res.body.error.issues.find((i: { field: string }) => i.field === field);
    expect(issue?.message).toMatch(message);
    expect(await groupById("faglig-forum")).toEqual(before);
    expect(await history("/api/groups/faglig-forum")).toEqual([]);
  });

  it.each<[Record<string, unknown>, string, RegExp]>([
    [{ email: "ikke en adresse" }, "email", /e-mail address/],
    [{ email: "a@b" }, "email", /e-mail address/],
    [{ altNames: Array.from({ length: 11 }, (_, i) => `Navn ${i}`) }, "altNames", /at most 10/],
    [{ unit: "u".repeat(151) }, "unit", /at most 150/],
    [{ name: "Alette\u0085Stang" }, "name", /control characters/],
  ])("refuses a person's %j with 400", async (body, field, message) => {
    const before = await personById("alette-stang");
    const res = await editor.patch("/api/people/alette-stang", body, { etag: before.etag });
    expect(res.status).toBe(400);
    expect(res.body.error.issues.find((i: { field: string }) => i.field === field)?.message).toMatch(message);
    expect(await personById("alette-stang")).toEqual(before);
  });

  it("answers 400 to an id of the wrong shape and 404 to one that names nothing", async () => {
    expect((await editor.patch("/api/groups/a%7Cb", { note: "x" }, { etag: 'W/"x"' })).status).toBe(400);
    expect((await editor.patch("/api/groups/finnes-ikke", { note: "x" }, { etag: 'W/"x"' })).status).toBe(404);
    expect((await reader.get("/api/groups/finnes-ikke/history")).status).toBe(404);
    expect((await reader.get("/api/people/finnes-ikke/history")).status).toBe(404);
  });
});

describe("adding, renaming and retiring", () => {
  it("creates a group with a new id, answers about it, and records its creation", async () => {
    const res = await editor.post("/api/groups", {
      name: "Faggruppe for folkehelse",
      aliases: ["folkehelsegruppa"],
      mandate: "Fremme folkehelse i klyngen.",
      members: [{ personId: "alette-stang", role: "representant" }],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      id: expect.stringMatching(/^faggruppe-for-folkehelse-[0-9a-f]{6}$/),
      nameEn: "Faggruppe for folkehelse",
      kind: "professional",
      behoRepresented: true,
      etag: expect.any(String),
    });
    expect(res.body.order).toBeGreaterThan(18);
    expect(said((await ask(service.url, "Hvem sitter i folkehelsegruppa?"))[0])).toContain("Alette Stang");
    const records = await history(`/api/groups/${res.body.id}`);
    expect(records.map((r) => [r.field, r.newValue])).toEqual([["created", "Faggruppe for folkehelse"]]);
  });

  it("a new alias and a new spelling are understood by the bot at once", async () => {
    const husradet = await groupById("alrek-helsedager");
    const aliases = [...(husradet.aliases as string[]), "Festivalkomiteen"];
    expect((await editor.patch("/api/groups/alrek-helsedager", { aliases }, { etag: husradet.etag })).status).toBe(200);
    expect(said((await ask(service.url, "Hvem sitter i festivalkomiteen?"))[0])).toMatch(/Alrek helsedager/);
    const einar = await personById("einar-engtro");
    const patched = await editor.patch(
      "/api/people/einar-engtro",
      { altNames: ["Einar Engtrö"] },
      { etag: einar.etag },
    );
    expect(patched.status).toBe(200);
    expect((await history("/api/people/einar-engtro"))[0]).toMatchObject({
      field: "altNames",
      newValue: '["Einar Engtrö"]',
    });
  });

  it("retires a group: kept with its history and listed as retired, no longer answered as current; restoring brings it back", async () => {
    const before = await groupById("verneombudsgruppen");
    const members = before.members as { personId: string }[];
    const someone = (await personById(members[0].personId)).name as string;
    expect(said((await ask(service.url, "Hvem sitter i verneombudsgruppen?"))[0])).toContain(someone);

    const retired = await editor.patch("/api/groups/verneombudsgruppen", { retired: true }, { etag: before.etag });
    expect(retired.status).toBe(200);
    expect(await groupById("verneombudsgruppen")).toMatchObject({ retired: true, members: before.members });
    const answer = said((await ask(service.url, "Hvem sitter i verneombudsgruppen?"))[0]);
    expect(answer).not.toContain(someone);
    expect(said((await ask(service.url, `Hvilke grupper sitter ${someone} i?`))[0])).not.toMatch(/Verneombud/);
    expect((await history("/api/groups/verneombudsgruppen"))[0]).toMatchObject({ field: "retired", newValue: "true" });

    const restored = await editor.patch(
      "/api/groups/verneombudsgruppen",
      { retired: false },
      { etag: retired.body.etag },
    );
    expect(restored.status).toBe(200);
    expect(restored.body.retired).toBeUndefined();
    expect(said((await ask(service.url, "Hvem sitter i verneombudsgruppen?"))[0])).toContain(someone);
  });

  it("clears optional texts with null or an empty string, and a cleared English name falls back to the name", async () => {
    const before = await groupById("studentpanel");
    const res = await editor.patch(
      "/api/groups/studentpanel",
      { mandate: null, note: "", nameEn: "" },
      { etag: before.etag },
    );
    expect(res.status).toBe(200);
    expect(res.body.mandate).toBeUndefined();
    expect(res.body.note).toBeUndefined();
    expect(res.body.nameEn).toBe("Studentpanel");
    const fields = (await history("/api/groups/studentpanel")).map((h) => h.field).sort();
    expect(fields).toEqual(["mandate", "nameEn", "note"]);
  });

  it("keeps typed markup as text", async () => {
    const text = `<img src=x onerror=alert(1)> [lenke](https://evil.example) **fet**`;
    const before = await personById("maria-norheim");
    const res = await editor.patch("/api/people/maria-norheim", { title: text }, { etag: before.etag });
    expect(res.status).toBe(200);
    expect((await personById("maria-norheim")).title).toBe(text);
    const reply = (await ask(service.url, "Hvilke grupper sitter Maria Norheim i?"))[0];
    const texts = (reply.attachments[0].content.body as { text?: string }[]).map((b) => b.text);
    expect(texts).toContain(escapeMarkdown(text));
    expect(JSON.stringify(reply)).not.toMatch(/[^\\]\[lenke\]\(/);
  });
});
