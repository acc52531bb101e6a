import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService } from "../support/testService.js";
import { client, fixedClock } from "./apiClient.js";

let service: Awaited<ReturnType<typeof startTestService>>;
let api: ReturnType<typeof client>;
const T = "/api/periods/2024-2025/tiltak";

beforeAll(async () => {
  service = await startTestService({}, { clock: fixedClock });
  api = client(service.url);
});
afterAll(async () => service?.stop());

async function etagOf(id: string): Promise<string> {
  const res = await api.get(T);
  return res.body.tiltak.find((t: { id: string }) => t.id === id).etag;
}

describe("tiltak validation (400 with field issues, nothing stored)", () => {
  it.each<[string, unknown, string]>([
    ["unknown status", { status: "finished" }, "status"],
    ["notes not text", { notes: 42 }, "notes"],
    ["notes too long", { notes: "x".repeat(4001) }, "notes"],
    ["responsible too long", { responsible: "x".repeat(201) }, "responsible"],
    ["a field that may not change", { text: "Ny tekst" }, "text"],
  ])("rejects %s", async (_name, body, field) => {
    const etag = await etagOf("t07");
    const res = await api.patch(`${T}/t07`, body, { etag });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_failed");
    expect(res.body.error.issues.map((i: { field: string }) => i.field)).toContain(field);
    expect(res.body.error.issues.every((i: { message: string }) => i.message.length > 0)).toBe(true);
    expect(await etagOf("t07")).toBe(etag);
  });
});

describe("event validation", () => {
  const valid = { kind: "meeting", title: "Møte i Alrekforum", start: "2026-12-10T10:00", end: "2026-12-10T11:00" };
  it.each<[string, Record<string, unknown>, string]>([
    ["missing title", { title: undefined }, "title"],
    ["unknown kind", { kind: "party" }, "kind"],
    ["malformed start", { start: "10.12.2026 10:00" }, "start"],
    ["impossible date", { start: "2026-02-30T10:00", end: undefined }, "start"],
    ["end before start", { end: "2026-12-10T09:00" }, "end"],
    ["end without start", { start: undefined }, "end"],
    ["unknown time zone", { timeZone: "Mars/Olympus" }, "timeZone"],
    ["bad recurrence", { recurrence: "FREQ=HOURLY" }, "recurrence"],
    ["javascript link", { link: "javascript:alert(1)" }, "link"],
    ["bad lead time", { reminderLeadTimes: ["tomorrow"] }, "reminderLeadTimes[0]"],
    ["unknown field", { colour: "red" }, "colour"],
    ["title too long", { title: "x".repeat(201) }, "title"],
  ])("rejects %s", async (_name, change, field) => {
    const res = await api.post("/api/events", { ...valid, ...change });
    expect(res.status).toBe(400);
    expect(res.body.error.issues.map((i: { field: string }) => i.field)).toContain(field);
  });

  it("rejects cancelling an occurrence that is not in the series", async () => {
    const all = await api.get("/api/events/all");
    const fredag = all.body.events.find((e: { id: string }) => e.id === "fredagspresentasjoner");
    const res = await api.post(
      "/api/events/fredagspresentasjoner/cancel",
      { occurrence: "2026-12-05T12:00" },
      { etag: fredag.etag },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0].field).toBe("occurrence");
  });

  it.each<[string, string]>([
    ["from=yesterday", "from"],
    ["from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z", "to"],
    ["from=2020-01-01&to=2030-01-01", "to"],
    ["from=0001-01-01&to=0001-02-01", "from"],
    ["from=9999-12-01&to=9999-12-31", "from"],
    ["from=2100-12-01&to=2101-01-31", "to"],
  ])("rejects the event window %s", async (query, field) => {
    const res = await api.get(`/api/events?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0].field).toBe(field);
  });
});

describe("period validation", () => {
  const area = { id: "forskning", name: "Forskning" };
  it.each<[string, Record<string, unknown>, string]>([
    ["bad id", { id: "Periode 2026/27" }, "id"],
    ["the reserved id current", { id: "current" }, "id"],
    ["end before start", { endYear: 2025 }, "endYear"],
    ["no areas", { areas: [] }, "areas"],
    ["missing title", { title: "" }, "title"],
    [
      "carry-over from an unknown period",
      { carryOver: { fromPeriod: "1999-2000", tiltakIds: ["t01"] } },
      "carryOver.fromPeriod",
    ],
    [
      "carry-over of an unknown tiltak",
      { carryOver: { fromPeriod: "2024-2025", tiltakIds: ["t77"] } },
      "carryOver.tiltakIds[0]",
    ],
    [
      "carry-over into a missing area",
      { carryOver: { fromPeriod: "2024-2025", tiltakIds: ["t01"] } },
      "carryOver.tiltakIds[0]",
    ],
  ])("rejects %s", async (_name, change, field) => {
    const res = await api.post("/api/periods", {
      id: "2026-2027",
      title: "Handlingsplan 2026–2027",
      startYear: 2026,
      endYear: 2027,
      areas: [area],
      ...change,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.issues.map((i: { field: string }) => i.field)).toContain(field);
    const periods = await api.get("/api/periods");
    expect(periods.body.periods.map((p: { id: string }) => p.id)).not.toContain("2026-2027");
  });
});

describe("a new plan period", () => {
  it("is added with carried-over tiltak through the API and becomes the current period", async () => {
    const t09 = (await api.get(T)).body.tiltak.find((t: { id: string }) => t.id === "t09");
    await api.patch(`${T}/t09`, { status: "in_progress", notes: "Samlinger på Borgertun" }, { etag: t09.etag });
    const res = await api.post("/api/periods", {
      id: "2026-2027",
      title: "Handlingsplan 2026–2027",
      startYear: 2026,
      endYear: 2027,
      areas: [{ id: "forskning", name: "Forskning for fremtiden", nameEn: "Research" }],
      carryOver: { fromPeriod: "2024-2025", tiltakIds: ["t09", "t10"] },
    });
    expect(res.status).toBe(201);
    expect(
      res.body.tiltak.map((t: { id: string; status: string; notes: string; carriedFrom: string }) => [
        t.id,
        t.status,
        t.notes,
        t.carriedFrom,
      ]),
    ).toEqual([
      // Status and the last note are kept (unless unticked in the dialog: keepStatus / keepNotes).
      ["t09", "in_progress", "Samlinger på Borgertun", "t09"],
      ["t10", "planned", "", "t10"],
    ]);

    const periods = await api.get("/api/periods");
    expect(periods.body.current).toBe("2026-2027");
    expect((await api.get("/api/summary")).body.period.id).toBe("2026-2027");
    const current = await api.get("/api/periods/current/tiltak");
    expect(current.body.tiltak.map((t: { id: string; periodId: string }) => [t.periodId, t.id])).toEqual([
      ["2026-2027", "t09"],
      ["2026-2027", "t10"],
    ]);
    const history = await api.get("/api/periods/2026-2027/tiltak/t09/history");
    expect(history.body.history).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: "carriedFrom", newValue: "2024-2025:t09" }),
        expect.objectContaining({ field: "status", oldValue: null, newValue: "in_progress" }),
        expect.objectContaining({ field: "notes", oldValue: null, newValue: "Samlinger på Borgertun" }),
      ]),
    );
    // The old period keeps its own state.
    expect((await api.get(T)).body.tiltak.find((t: { id: string }) => t.id === "t09").status).toBe("in_progress");
    const again = await api.post("/api/periods", {
      id: "2026-2027",
      title: "x",
      startYear: 2026,
      endYear: 2027,
      areas: [{ id: "a", name: "A" }],
    });
    expect(again.status).toBe(409);
  });
});
