/** Bad request bodies through the real service: 400 validation_failed naming the fields, nothing stored. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as C from "../../src/contract/index.js";
import { ApiErrorBody } from "../../src/contract/index.js";
import { ApiClient } from "../../src/tab/api.js";
import { startTestService } from "../support/testService.js";
import { call, fixedClock } from "./apiClient.js";

let service: Awaited<ReturnType<typeof startTestService>>;
let api: ApiClient;

beforeAll(async () => {
  service = await startTestService({}, { clock: fixedClock });
  api = new ApiClient({ baseUrl: service.url });
});
afterAll(async () => service?.stop());

describe("bad bodies: 400 naming the fields, nothing stored", () => {
  const event = { kind: "meeting", title: "Kontraktsfeil", start: "2026-12-10T10:00" };
  const period = { id: "2031-2032", title: "Plan", startYear: 2031, endYear: 2032, areas: [{ id: "a", name: "A" }] };

  it.each<[string, string, string, unknown, string[]]>([
    ["an event as a list", "POST", "/api/events", [event], ["body"]],
    ["an event as text", "POST", "/api/events", "hei", ["body"]],
    [
      "an event with a bad day rule",
      "POST",
      "/api/events",
      { ...event, reminderLeadTimes: ["D-1@25:00"] },
      ["reminderLeadTimes[0]"],
    ],
    [
      "an event reminded 91 days ahead",
      "POST",
      "/api/events",
      { ...event, reminderLeadTimes: ["D-91@09:00"] },
      ["reminderLeadTimes[0]"],
    ],
    [
      "an event with two unknown fields",
      "POST",
      "/api/events",
      { ...event, colour: "red", size: 1 },
      ["colour", "size"],
    ],
    [
      "an event with a one-line field over two lines",
      "POST",
      "/api/events",
      { ...event, place: "Kantinen\nÅrstadveien" },
      ["place"],
    ],
    [
      "an event with an exception without its key",
      "POST",
      "/api/events",
      { ...event, exceptions: [{ cancelled: true }] },
      ["exceptions[0].originalStart"],
    ],
    [
      "a period with carry-over ids as numbers",
      "POST",
      "/api/periods",
      { ...period, carryOver: { fromPeriod: "2024-2025", tiltakIds: [10] } },
      ["carryOver.tiltakIds[0]"],
    ],
    ["a period as a list", "POST", "/api/periods", [period], ["body"]],
    ["a period area without a name", "POST", "/api/periods", { ...period, areas: [{ id: "a" }] }, ["areas[0].name"]],
  ])("refuses %s", async (_name, method, path, body, fields) => {
    const res = await call(service.url, method, path, { rawBody: JSON.stringify(body) });
    expect(res.status).toBe(400);
    expect(ApiErrorBody.safeParse(res.body).success).toBe(true);
    expect(res.body.error.code).toBe("validation_failed");
    expect(res.body.error.issues.map((i: C.FieldIssue) => i.field)).toEqual(fields);
    const events = await api.allEvents();
    expect(events.events.some((e) => e.title === "Kontraktsfeil")).toBe(false);
    expect((await api.periods()).periods.some((p) => p.id === "2031-2032")).toBe(false);
  });

  it.each<[string, unknown, string[]]>([
    ["a tiltak change as a list", [{ status: "done" }], ["body"]],
    ["a tiltak change to its text and area", { text: "Ny", areaId: "x" }, ["text", "areaId"]],
    ["a tiltak change with notes as a number", { notes: 1 }, ["notes"]],
  ])("refuses %s", async (_name, body, fields) => {
    const [first] = (await api.tiltak("current")).tiltak;
    const res = await call(service.url, "PATCH", `/api/periods/${first.periodId}/tiltak/${first.id}`, {
      rawBody: JSON.stringify(body),
      etag: first.etag,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.issues.map((i: C.FieldIssue) => i.field)).toEqual(fields);
    expect((await api.tiltak("current")).tiltak[0].etag).toBe(first.etag);
  });
});
