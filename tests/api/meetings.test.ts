/**
 * Meeting mode through the real API and Azurite: the chair's focus (what the stage follows
 * through GET /api/dashboard), decisions per agenda item with If-Match, their place in the
 * tiltak's history, the summary, and that the decisions are there after a restart and in the
 * next plan period.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/logger.js";
import { startService } from "../../src/service.js";
import { startFakeJwks, type FakeJwks } from "../fakes/fakeJwks.js";
import { EDITOR_OID, entraEnv, READER_OID, signToken } from "../support/entraTokens.js";
import { startTestService } from "../support/testService.js";
import { client } from "./apiClient.js";

let jwks: FakeJwks;
let service: Awaited<ReturnType<typeof startTestService>>;
let url: string;
let stopRestarted: (() => Promise<void>) | undefined;
let editor: string;
let reader: string;
// The meeting is on Thursday 26 November 2026; "now" can move on to the next period.
let now = new Date("2026-11-26T12:30:00Z");
const clock = () => new Date(now);

const FORUM = {
  kind: "meeting",
  title: "Alrekforum BEHO",
  start: "2026-11-26T13:00",
  end: "2026-11-26T14:30",
  recurrence: "FREQ=MONTHLY;BYDAY=4TH",
  place: "Borgertun",
};
const KEY = "2026-11-26T13:00";
let eventId: string;
const path = () => `/api/meetings/${eventId}/${KEY}`;
const T = "/api/periods/2024-2025/tiltak";

beforeAll(async () => {
  jwks = await startFakeJwks();
  service = await startTestService(entraEnv(jwks.url), { clock });
  url = service.url;
  editor = await signToken(jwks.privateKey, { oid: EDITOR_OID, name: "Karen Haugvaldstad" });
  reader = await signToken(jwks.privateKey, { oid: READER_OID, name: "Ola Leser" });
  const created = await client(url, editor).post("/api/events", FORUM);
  expect(created.status).toBe(201);
  eventId = created.body.id;
});
afterAll(async () => {
  await stopRestarted?.();
  await service?.stop();
  await jwks?.close();
});

const put = (p: string, body: unknown, o: { token?: string; etag?: string } = {}) =>
  fetch(url + p, {
    method: "PUT",
    headers: {
      authorization: `Bearer ${o.token ?? editor}`,
      "content-type": "application/json",
      ...(o.etag ? { "if-match": o.etag } : {}),
    },
    body: JSON.stringify(body),
  }).then(async (r) => ({ status: r.status, body: await r.json() }));

describe("meeting mode", () => {
  let focusEtag: string;

  it("lists the Alrekforum meeting as current, with the plan's areas as its agenda", async () => {
    const list = await client(url, reader).get("/api/meetings");
    expect(list.status).toBe(200);
    expect(list.body.current).toEqual({ eventId, occurrenceKey: KEY });
    const view = await client(url, reader).get(path());
    expect(view.body.agenda.map((a: { id: string }) => a.id)).toEqual([
      "kommunikasjon",
      "utdanning",
      "forskning",
      "organisering",
      "offentlig-privat",
    ]);
    expect(view.body.decisions).toEqual([]);
  });

  it("lets the chair move the focus, which the dashboard (and so the stage) carries", async () => {
    expect((await put(`${path()}/focus`, { itemId: "utdanning" }, { token: reader })).status).toBe(403);
    const first = await put(`${path()}/focus`, { itemId: "utdanning", filter: "attention" });
    expect(first.status).toBe(200);
    focusEtag = first.body.etag;
    const dash = await client(url, reader).get("/api/dashboard");
    expect(dash.body.meeting).toEqual({
      eventId,
      occurrenceKey: KEY,
      title: "Alrekforum BEHO",
      itemId: "utdanning",
      filter: "attention",
      position: 2,
      of: 5,
    });
    // Once stored, a move needs the etag read: 428 without, 412 with a stale one, nothing changed.
    expect((await put(`${path()}/focus`, { itemId: "forskning" })).status).toBe(428);
    expect((await put(`${path()}/focus`, { itemId: "forskning" }, { etag: 'W/"stale"' })).status).toBe(412);
    expect((await client(url, reader).get("/api/dashboard")).body.meeting.itemId).toBe("utdanning");
    const next = await put(`${path()}/focus`, { itemId: "forskning" }, { etag: focusEtag });
    expect(next.status).toBe(200);
    focusEtag = next.body.etag;
    expect((await client(url, reader).get("/api/dashboard")).body.meeting).toMatchObject({
      itemId: "forskning",
      position: 3,
    });
  });

  it.each([
    ["an item not on the agenda", `/focus`, { itemId: "nope" }, 400],
    ["a meeting that is not a date of the event", "", { itemId: "utdanning" }, 404],
  ])("refuses %s and changes nothing", async (_name, suffix, body, status) => {
    const p = suffix ? `${path()}${suffix}` : `/api/meetings/${eventId}/2026-11-27T13:00/focus`;
    expect((await put(p, body, { etag: focusEtag })).status).toBe(status);
    expect((await client(url, reader).get("/api/dashboard")).body.meeting.itemId).toBe("forskning");
  });

  it("ends the meeting: the stage shows its overview again", async () => {
    const ended = await put(`${path()}/focus`, { itemId: null, ended: true }, { etag: focusEtag });
    expect(ended.status).toBe(200);
    focusEtag = ended.body.etag;
    expect((await client(url, reader).get("/api/dashboard")).body.meeting).toBeUndefined();
  });

  it("stores a decision per agenda item, writes it into the history of the tiltak it names, and sums them up", async () => {
    const tiltak = (await client(url, editor).get(T)).body.tiltak as { id: string; areaId: string; text: string }[];
    const own = tiltak.filter((t) => t.areaId === "utdanning").map((t) => t.id);
    const other = tiltak.find((t) => t.areaId !== "utdanning")!.id;
    const decisions = `${path()}/decisions/utdanning`;

    expect((await put(decisions, { text: "x", tiltakIds: [other] })).status).toBe(400);
    expect((await put(decisions, { text: "x".repeat(4001) })).status).toBe(400);
    expect((await put(decisions, { text: "Vi går videre" }, { token: reader })).status).toBe(403);

    const saved = await put(decisions, { text: "Faggruppen opprettes før sommeren.", tiltakIds: [own[0]] });
    expect(saved.status).toBe(200);
    expect((await put(decisions, { text: "Endret" })).status).toBe(428);
    const again = await put(
      decisions,
      { text: "Faggruppen opprettes før sommeren; Karen leder.", tiltakIds: [own[0]] },
      { etag: saved.body.etag },
    );
    expect(again.status).toBe(200);
    await put(`${path()}/decisions/forskning`, { text: "Ingen endring." });

    const history = await client(url, reader).get(`${T}/${own[0]}/history`);
    const decided = history.body.history.filter((h: { field: string }) => h.field === "decision");
    expect(decided.map((h: { newValue: string }) => h.newValue)).toEqual([
      "Faggruppen opprettes før sommeren; Karen leder.",
      "Faggruppen opprettes før sommeren.",
    ]);
    expect(decided[0].meeting).toEqual({
      eventId,
      occurrenceKey: KEY,
      title: "Alrekforum BEHO",
      start: "2026-11-26T12:00:00.000Z",
    });

    const summary = await client(url, reader).get(`${path()}/summary`);
    expect(summary.status).toBe(200);
    expect(summary.body.items.map((i: { itemId: string; text: string }) => [i.itemId, i.text])).toEqual([
      ["utdanning", "Faggruppen opprettes før sommeren; Karen leder."],
      ["forskning", "Ingen endring."],
    ]);
    expect(summary.body.items[0].tiltak).toEqual([{ id: own[0], text: tiltak.find((t) => t.id === own[0])!.text }]);
  });

  it("keeps the decisions after a restart and in the next plan period", async () => {
    const own = ((await client(url, editor).get(T)).body.tiltak as { id: string; areaId: string }[]).find(
      (t) => t.areaId === "utdanning",
    )!.id;
    await service.stop();
    const restarted = await startService(service.config, {
      log: silentLogger,
      clock,
      tablePrefix: service.tablePrefix,
    });
    stopRestarted = () => restarted.stop();
    url = restarted.url;
    const after = await client(url, reader).get(path());
    expect(after.body.decisions.map((d: { itemId: string }) => d.itemId).sort()).toEqual(["forskning", "utdanning"]);

    // A new period: the carried tiltak links back, and its old history holds the decision.
    now = new Date("2027-01-10T09:00:00Z");
    const old = (await client(url, editor).get("/api/periods")).body.periods[0];
    const created = await client(url, editor).post("/api/periods", {
      id: "2026-2027",
      title: "Handlingsplan 2026–2027",
      startYear: 2026,
      endYear: 2027,
      areas: old.areas.map((a: { id: string; name: string }) => ({ id: a.id, name: a.name })),
      carryOver: { fromPeriod: "2024-2025", tiltakIds: [own] },
    });
    expect(created.status).toBe(201);
    const carried = created.body.tiltak[0];
    expect(carried).toMatchObject({ carriedFrom: own, carriedFromPeriod: "2024-2025" });
    const oldHistory = await client(url, reader).get(
      `/api/periods/${carried.carriedFromPeriod}/tiltak/${carried.carriedFrom}/history`,
    );
    expect(oldHistory.body.history.some((h: { field: string }) => h.field === "decision")).toBe(true);
    // … and the decisions came along into the new period's history, as they were made.
    const newHistory = await client(url, reader).get(`/api/periods/2026-2027/tiltak/${own}/history`);
    const fields = newHistory.body.history.map((h: { field: string }) => h.field);
    expect(fields.filter((f: string) => f === "decision")).toHaveLength(2);
    expect(fields).toContain("carriedFrom");
    expect(newHistory.body.history.find((h: { field: string }) => h.field === "decision").meeting.occurrenceKey).toBe(
      KEY,
    );
    // The meeting's decisions and summary still read, whichever period is current.
    const summary = await client(url, reader).get(`${path()}/summary`);
    expect(summary.body.items.map((i: { itemId: string }) => i.itemId)).toEqual(["utdanning", "forskning"]);
    const list = await client(url, reader).get("/api/meetings");
    expect(list.body.meetings.map((m: { occurrenceKey: string }) => m.occurrenceKey)).toContain(KEY);
  });
});
