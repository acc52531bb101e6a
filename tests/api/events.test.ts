import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService } from "../support/testService.js";
import { client, fixedClock } from "./apiClient.js";

let service: Awaited<ReturnType<typeof startTestService>>;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  // No Entra settings: local mode, everyone is the local editor.
  service = await startTestService({}, { clock: fixedClock });
  api = client(service.url);
});
afterAll(async () => service?.stop());

const WINDOW = "from=2026-11-01T00:00:00Z&to=2027-03-01T00:00:00Z";

describe("events and occurrences", () => {
  it("expands Fredagspresentasjoner to the first Friday of each month, a date without a time", async () => {
    const res = await api.get(`/api/events?${WINDOW}`);
    expect(res.status).toBe(200);
    const fridays = res.body.occurrences.filter((o: { eventId: string }) => o.eventId === "fredagspresentasjoner");
    expect(fridays.map((o: { key: string }) => o.key)).toEqual([
      "2026-11-06T00:00",
      "2026-12-04T00:00",
      "2027-01-01T00:00",
      "2027-02-05T00:00",
    ]);
    expect(fridays[0]).toMatchObject({
      start: "2026-11-05T23:00:00.000Z",
      title: "Fredagspresentasjoner",
      kind: "presentation",
      moved: false,
      timeSet: false,
      confirmed: false,
    });
    // Day-based: the morning before at 09:00 and the same morning at 08:00.
    expect(fridays[0].reminders).toEqual(["2026-11-05T08:00:00.000Z", "2026-11-06T07:00:00.000Z"]);
    expect(fridays[0].holiday).toBeUndefined();
    // 1 January 2027 is 1. nyttårsdag: marked, and no reminders until an editor confirms it.
    expect(fridays[2]).toMatchObject({
      holiday: { key: "newYear", names: { nb: "1. nyttårsdag", en: "New Year's Day" } },
      reminders: [],
    });
    expect(fridays[0].description).not.toMatch(/koordinator/i);
  });

  it("never puts undated events among occurrences but lists them as undated", async () => {
    const res = await api.get(`/api/events?from=2024-01-01T00:00:00Z&to=2027-01-01T00:00:00Z`);
    const ids = new Set(res.body.occurrences.map((o: { eventId: string }) => o.eventId));
    const undated = res.body.undated.map((e: { id: string }) => e.id);
    expect(undated).toContain("alrek-helsedager");
    expect(undated).toContain("partnermotet");
    for (const id of undated) expect(ids.has(id)).toBe(false);
  });

  it("lets the local editor create an event with a slug id, shows it and records history", async () => {
    const res = await api.post("/api/events", {
      kind: "meeting",
      title: "Alrekforum BEHO – desember",
      start: "2026-12-10T10:00",
      end: "2026-12-10T11:30",
      place: "Borgertun",
    });
    expect(res.status).toBe(201);
    expect(res.body.id).toMatch(/^alrekforum-beho-desember-[0-9a-f]{6}$/);
    expect(res.body.updatedBy).toBe("Lokal utvikler");
    expect(res.body.etag).toBeTruthy();
    const occ = await api.get(`/api/events?${WINDOW}`);
    expect(
      occ.body.occurrences.some(
        (o: { eventId: string; start: string }) => o.eventId === res.body.id && o.start === "2026-12-10T09:00:00.000Z",
      ),
    ).toBe(true);
    const history = await api.get(`/api/events/${res.body.id}/history`);
    expect(history.body.history[0]).toMatchObject({
      entityType: "event",
      field: "created",
      by: { oid: "local-user", name: "Lokal utvikler" },
    });
  });

  it("cancels one occurrence: it leaves the list, the rest of the series stays, history says so", async () => {
    const all = await api.get("/api/events/all");
    const fredag = all.body.events.find((e: { id: string }) => e.id === "fredagspresentasjoner");
    const res = await api.post(
      "/api/events/fredagspresentasjoner/cancel",
      { occurrence: "2026-12-04T00:00" },
      { etag: fredag.etag },
    );
    expect(res.status).toBe(200);
    const keys = (await api.get(`/api/events?${WINDOW}`)).body.occurrences
      .filter((o: { eventId: string }) => o.eventId === "fredagspresentasjoner")
      .map((o: { key: string }) => o.key);
    expect(keys).toEqual(["2026-11-06T00:00", "2027-01-01T00:00", "2027-02-05T00:00"]);
    const history = await api.get("/api/events/fredagspresentasjoner/history");
    expect(history.body.history.map((h: { field: string }) => h.field)).toContain("exceptions");
  });

  it("moves an occurrence by PATCHing exceptions, and a stale etag is refused", async () => {
    const { body: created } = await api.post("/api/events", {
      kind: "workshop",
      title: "Verksted",
      start: "2027-01-12T09:00",
      recurrence: "FREQ=WEEKLY;COUNT=3",
    });
    const moved = await api.patch(
      `/api/events/${created.id}`,
      { exceptions: [{ originalStart: "2027-01-19T09:00", newStart: "2027-01-20T13:00" }] },
      { etag: created.etag },
    );
    expect(moved.status).toBe(200);
    const occ = await api.get(`/api/events?from=2027-01-01T00:00:00Z&to=2027-02-01T00:00:00Z`);
    const mine = occ.body.occurrences.filter((o: { eventId: string }) => o.eventId === created.id);
    expect(mine.map((o: { key: string; moved: boolean }) => [o.key, o.moved])).toEqual([
      ["2027-01-12T09:00", false],
      ["2027-01-19T09:00", true],
      ["2027-01-26T09:00", false],
    ]);
    const stale = await api.patch(`/api/events/${created.id}`, { title: "Nytt navn" }, { etag: created.etag });
    expect(stale.status).toBe(412);
    expect(stale.body.current.title).toBe("Verksted");
  });

  it("takes a date without a time, lets an editor set the time, and confirm a holiday date", async () => {
    const { body: created } = await api.post("/api/events", {
      kind: "meeting",
      title: "Dagsmøte",
      start: "2027-05-17",
      editorNote: "Tid kommer",
    });
    expect(created).toMatchObject({ start: "2027-05-17T00:00", timeSet: false, editorNote: "Tid kommer" });
    const window = "from=2027-05-01T00:00:00Z&to=2027-06-01T00:00:00Z";
    const mine = async () =>
      (await api.get(`/api/events?${window}`)).body.occurrences.find(
        (o: { eventId: string }) => o.eventId === created.id,
      );
    expect(await mine()).toMatchObject({
      key: "2027-05-17T00:00",
      timeSet: false,
      holiday: { key: "constitutionDay" },
      confirmed: false,
      reminders: [],
    });
    const timed = await api.patch(`/api/events/${created.id}`, { start: "2027-05-17T10:00" }, { etag: created.etag });
    expect(timed.status).toBe(200);
    expect(timed.body.timeSet).toBeUndefined();
    const confirmed = await api.patch(
      `/api/events/${created.id}`,
      { exceptions: [{ originalStart: "2027-05-17T10:00", confirmed: true }] },
      { etag: timed.body.etag },
    );
    expect(confirmed.status).toBe(200);
    expect(await mine()).toMatchObject({
      key: "2027-05-17T10:00",
      timeSet: true,
      confirmed: true,
      start: "2027-05-17T08:00:00.000Z",
    });
    expect((await mine()).reminders).toHaveLength(2);
    const bad = await api.patch(
      `/api/events/${created.id}`,
      { timeSet: false, end: "2027-05-17T11:00" },
      { etag: confirmed.body.etag },
    );
    expect(bad.status).toBe(400);
  });

  it("answers 404 for an unknown event", async () => {
    expect((await api.patch("/api/events/finnes-ikke", { title: "x" }, { etag: "x" })).status).toBe(404);
    expect((await api.get("/api/events/finnes-ikke/history")).status).toBe(404);
  });
});

describe("summary, directory, reminders", () => {
  it("has the documented summary shape", async () => {
    const res = await api.get("/api/summary?locale=nb");
    expect(res.status).toBe(200);
    const s = res.body;
    expect(s.now).toBe("2026-11-22T09:00:00.000Z");
    expect(s.period.id).toBe("2024-2025");
    expect(Object.keys(s.tiltakByStatus).sort()).toEqual(["done", "in_progress", "planned", "stopped"]);
    expect(s.total).toBe(16);
    expect(s.progress).toBeGreaterThanOrEqual(0);
    expect(s.progress).toBeLessThanOrEqual(1);
    expect(s.areas).toHaveLength(5);
    expect(s.areas[0]).toEqual(
      expect.objectContaining({
        area: expect.objectContaining({ id: expect.any(String) }),
        total: expect.any(Number),
        byStatus: expect.any(Object),
        progress: expect.any(Number),
      }),
    );
    expect(s.upcoming.length).toBeGreaterThan(0);
    expect(s.upcoming.length).toBeLessThanOrEqual(10);
    expect(s.upcoming[0].start >= s.now).toBe(true);
    expect(s.groupsCount).toBeGreaterThan(5);
    expect(s.peopleCount).toBeGreaterThan(5);
  });

  it("rejects an unknown locale", async () => {
    expect((await api.get("/api/summary?locale=de")).status).toBe(400);
  });

  it("lists groups and people, reports the local editor and upcoming reminders", async () => {
    const groups = await api.get("/api/groups");
    expect(groups.body.groups.map((g: { name: string }) => g.name)).toContain("Husrådet");
    expect((await api.get("/api/me")).body).toEqual({
      oid: "local-user",
      tid: "local",
      name: "Lokal utvikler",
      isEditor: true,
      mode: "local",
    });
    const reminders = await api.get("/api/reminders/upcoming");
    expect(reminders.status).toBe(200);
    const list = reminders.body.reminders as { eventId: string; title: string; dueAt: string; leadTime: string }[];
    // The 4 December presentation was cancelled above, so it has no reminder any more.
    expect(list.some((r) => r.eventId === "fredagspresentasjoner")).toBe(false);
    const meeting = list.filter((r) => r.title === "Alrekforum BEHO – desember");
    expect(meeting.map((r) => [r.leadTime, r.dueAt])).toEqual([
      ["D-1@09:00", "2026-12-09T08:00:00.000Z"],
      ["PT1H", "2026-12-10T08:00:00.000Z"],
    ]);
    expect((await api.get("/api/reminders/deliveries")).body).toEqual({ deliveries: [] });
  });
});
