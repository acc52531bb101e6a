/**
 * Issue 19: a value somebody is allowed to send may not take a shared view down. Each case here
 * was accepted (201/200) and then made /api/summary, /api/events, /api/dashboard and
 * /api/reminders/upcoming answer 500, or was itself a 500. Now each is a 4xx naming the field,
 * nothing is stored, and every view still answers 200.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService } from "../support/testService.js";
import { call, client, fixedClock } from "./apiClient.js";

let service: Awaited<ReturnType<typeof startTestService>>;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  service = await startTestService({}, { clock: fixedClock });
  api = client(service.url);
});
afterAll(async () => service?.stop());

const WINDOW = "must be between 2000-01-01 and 2100-12-31";
const VIEWS = ["/api/summary", "/api/events", "/api/dashboard", "/api/reminders/upcoming", "/api/events/all"];

async function expectViewsServed(): Promise<void> {
  for (const path of VIEWS) expect([path, (await api.get(path)).status]).toEqual([path, 200]);
}

async function storedEvents(): Promise<{ id: string; etag: string }[]> {
  return (await api.get("/api/events/all")).body.events;
}

const meeting = { kind: "meeting", title: "Alrekforum BEHO", start: "2026-12-10T10:00", end: "2026-12-10T11:00" };

describe("event dates within the years 2000–2100", () => {
  it.each<[string, Record<string, unknown>, string]>([
    ["a start in 0202 (a typo for 2026)", { start: "0202-12-10T10:00", end: undefined }, "start"],
    ["a start in 1000", { start: "1000-01-01T10:00", end: undefined }, "start"],
    ["a start in 9999", { start: "9999-12-31T10:00", end: undefined }, "start"],
    ["a date without a time in 9999", { start: "9999-12-31", end: undefined }, "start"],
    ["an end in 9999", { end: "9999-12-31T11:00" }, "end"],
    [
      "an occurrence moved to 9999",
      { exceptions: [{ originalStart: "2026-12-10T10:00", newStart: "9999-12-31T10:00" }] },
      "exceptions[0].newStart",
    ],
  ])("POST /api/events with %s is 400 and stores nothing", async (_label, over, field) => {
    const before = await storedEvents();
    const res = await api.post("/api/events", { ...meeting, ...over });
    expect(res.status).toBe(400);
    expect(res.body.error.issues).toContainEqual({ field, message: WINDOW });
    expect(await storedEvents()).toEqual(before);
    await expectViewsServed();
  });

  it.each<[string, string, RegExp]>([
    ["UNTIL in 9999", "FREQ=YEARLY;UNTIL=99991231", /UNTIL must be between/],
    ["COUNT reaching 3025", "FREQ=YEARLY;INTERVAL=999;COUNT=3", /COUNT=3 would run past 2100-12-31/],
  ])("a series with %s is 400", async (_label, recurrence, message) => {
    const res = await api.post("/api/events", { ...meeting, recurrence });
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0].field).toBe("recurrence");
    expect(res.body.error.issues[0].message).toMatch(message);
  });

  it("PATCH moving an occurrence of a stored series to 9999 is 400 and changes nothing", async () => {
    const series = (await storedEvents()).find((e) => e.id === "fredagspresentasjoner")!;
    const res = await api.patch(
      "/api/events/fredagspresentasjoner",
      { exceptions: [{ originalStart: "2027-01-01T12:00", newStart: "9999-12-31T12:00" }] },
      { etag: series.etag },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.issues).toEqual([{ field: "exceptions[0].newStart", message: WINDOW }]);
    expect((await storedEvents()).find((e) => e.id === "fredagspresentasjoner")!.etag).toBe(series.etag);
    await expectViewsServed();
  });

  it("cancelling an occurrence in 9999 is 400", async () => {
    const series = (await storedEvents()).find((e) => e.id === "fredagspresentasjoner")!;
    const res = await api.post(
      "/api/events/fredagspresentasjoner/cancel",
      { occurrence: "9999-12-31T12:00" },
      { etag: series.etag },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.issues).toEqual([{ field: "occurrence", message: WINDOW }]);
  });

  it("an event's own lead time of 3,000,000 days is 400", async () => {
    const res = await api.post("/api/events", { ...meeting, reminderLeadTimes: ["P3000000D"] });
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0]).toMatchObject({ field: "reminderLeadTimes[0]" });
    expect(res.body.error.issues[0].message).toMatch(/at most 90 days/);
  });

  it("a tiltak due date in 0202 is 400", async () => {
    const list = await api.get("/api/periods/2024-2025/tiltak");
    const t07 = list.body.tiltak.find((t: { id: string }) => t.id === "t07");
    const res = await api.patch("/api/periods/2024-2025/tiltak/t07", { dueDate: "0202-06-30" }, { etag: t07.etag });
    expect(res.status).toBe(400);
    expect(res.body.error.issues).toEqual([{ field: "dueDate", message: WINDOW }]);
  });
});

describe("ids in paths: bounded in length and shape", () => {
  it.each<[string, string, string, string]>([
    ["an event id with a pipe", "PATCH", "/api/events/a%7Cb", "id"],
    ["an event id with a space", "GET", "/api/events/a%20b/history", "id"],
    ["a booking id with a control character", "POST", "/api/borgertun/bookings/a%00b/cancel", "id"],
    ["a period id with a quote", "GET", "/api/periods/2024'2025/tiltak", "pid"],
  ])("%s is 400 naming the parameter", async (_label, method, path, field) => {
    const res = await call(service.url, method, path, { body: method === "GET" ? undefined : {}, etag: 'W/"x"' });
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0].field).toBe(field);
  });

  it("an id longer than the router's 100 characters matches no route (404) and reaches no storage", async () => {
    const res = await call(service.url, "POST", `/api/borgertun/bookings/${"x".repeat(5000)}/cancel`, { body: {} });
    expect(res.status).toBe(404);
    await expectViewsServed();
  });
});

describe("Borgertun: dates in the window, and no 24:00", () => {
  const request = { date: "2026-12-10", from: "10:00", to: "12:00", purpose: "Kurs", organisation: "HVL" };
  const bookings = async () => (await api.get("/api/borgertun/bookings")).body.bookings;

  it('PUT /api/borgertun/rules with openTo "24:00" is 400 and keeps the rules', async () => {
    const before = (await api.get("/api/borgertun/rules")).body;
    const res = await call(service.url, "PUT", "/api/borgertun/rules", { body: { openTo: "24:00" } });
    expect(res.status).toBe(400);
    expect(res.body.error.issues).toEqual([
      { field: "openTo", message: "must be a time HH:mm on the hour or half hour, from 00:00 to 23:30" },
    ]);
    expect((await api.get("/api/borgertun/rules")).body).toEqual(before);
  });

  it("the latest hours allowed end at 23:30, and a booking may end then", async () => {
    const res = await call(service.url, "PUT", "/api/borgertun/rules", {
      body: { openTo: "23:30", maxMinutes: 600 },
    });
    expect(res.status).toBe(200);
    expect(res.body.openTo).toBe("23:30");
    const late = await api.post("/api/borgertun/bookings", { ...request, from: "22:00", to: "23:30" });
    expect(late.status).toBe(201);
    await expectViewsServed();
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["an end at 24:00", { from: "22:00", to: "24:00", date: "2026-12-11" }, "to"],
    ["a date in 9999", { date: "9999-12-31" }, "date"],
    ["a date in 1000", { date: "1000-01-01" }, "date"],
  ])("POST /api/borgertun/bookings with %s is 400 and stores nothing", async (_label, over, field) => {
    const before = await bookings();
    const res = await api.post("/api/borgertun/bookings", { ...request, ...over });
    expect(res.status).toBe(400);
    expect(res.body.error.issues.map((i: { field: string }) => i.field)).toEqual([field]);
    expect(await bookings()).toEqual(before);
    await expectViewsServed();
  });

  it("a date within the window but past the rules' horizon is 422 tooFarAhead", async () => {
    const res = await api.post("/api/borgertun/bookings", { ...request, date: "2099-12-10" });
    expect(res.status).toBe(422);
    expect(res.body.refusal).toEqual({ reason: "tooFarAhead", maxDaysAhead: 90 });
  });
});
