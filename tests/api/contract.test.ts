/**
 * The wire contract against the running service: every answer the tab reads is parsed with its
 * response schema (strict: no field missing, none extra), through the tab's own API client. This
 * is what shows that the types the tab imports from src/contract are what the API sends.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import type { ZodTypeAny } from "zod";
import * as C from "../../src/contract/index.js";
import { createTableClientFactory } from "../../src/storage/tableClients.js";
import { createReminderRepositories } from "../../src/storage/reminderTables/index.js";
import { ApiClient, ApiError } from "../../src/tab/api.js";
import { initialValues, toEventInput } from "../../src/tab/eventForm.js";
import { startTestService } from "../support/testService.js";
import { call, fixedClock } from "./apiClient.js";

let service: Awaited<ReturnType<typeof startTestService>>;
let api: ApiClient;

beforeAll(async () => {
  service = await startTestService({}, { clock: fixedClock });
  api = new ApiClient({ baseUrl: service.url });
});
afterAll(async () => service?.stop());

/** The schema's complaints about a body: [] when it fits. */
function misfits(schema: ZodTypeAny, body: unknown): string[] {
  const result = schema.safeParse(body);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

/** The error body of a failed tab call. */
async function failure(promise: Promise<unknown>): Promise<{ status: number; body: unknown }> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error("expected the call to fail");
  return { status: error.status, body: error.body };
}

describe("reads answer in the contract's shape", () => {
  it.each<[string, () => Promise<unknown>, ZodTypeAny]>([
    ["GET /api/me", () => api.me(), C.Me],
    ["GET /api/groups", () => api.groups(), C.GroupsResponse],
    ["GET /api/facts", async () => (await api.request("/api/facts")).json(), C.ClusterFacts],
    ["GET /api/summary?locale=nb", () => api.summary("nb"), C.Summary],
    ["GET /api/summary?locale=en", () => api.summary("en"), C.Summary],
    ["GET /api/summary?locale=nn", () => api.summary("nn"), C.Summary],
    ["GET /api/dashboard", async () => (await api.dashboard("nb"))?.data, C.Dashboard],
    ["GET /api/periods", () => api.periods(), C.PeriodsResponse],
    ["GET /api/periods/current/tiltak", () => api.tiltak("current"), C.TiltakListResponse],
    [
      "GET /api/events",
      () => api.events(new Date("2026-11-01T00:00:00Z"), new Date("2027-06-01T00:00:00Z")),
      C.OccurrencesResponse,
    ],
    ["GET /api/events/all", () => api.allEvents(), C.EventListResponse],
    [
      "GET /api/reminders/upcoming",
      async () => (await api.request("/api/reminders/upcoming")).json(),
      C.UpcomingRemindersResponse,
    ],
  ])("%s", async (_name, read, schema) => {
    const body = await read();
    expect(body).toBeDefined();
    expect(misfits(schema, body)).toEqual([]);
  });

  it("has data in the lists it checks (an empty list would prove little)", async () => {
    const events = await api.events(new Date("2026-11-01T00:00:00Z"), new Date("2027-06-01T00:00:00Z"));
    expect([events.occurrences.length > 0, events.undated.length > 0]).toEqual([true, true]);
    expect(events.occurrences.some((o) => o.reminders.length > 0 && (o.place || o.description))).toBe(true);
    expect((await api.groups()).groups.some((g) => g.members.length > 0 && g.note)).toBe(true);
  });

  it("GET /api/reminders/deliveries, with a delivery in the table", async () => {
    const tables = createTableClientFactory(
      { connectionString: inject("azuriteConnectionString") },
      { tablePrefix: service.tablePrefix },
    );
    const { ledger } = createReminderRepositories(tables);
    await ledger.create({
      kind: "reminder",
      group: "alrekforum-beho-desember",
      id: "d1",
      eventId: "alrekforum-beho-desember",
      occurrenceKey: "2026-12-10T10:00",
      leadTime: "PT1H",
      targetId: "conv-1",
      dueAt: "2026-12-10T08:00:00.000Z",
      status: "failed",
      attempts: 2,
      lastError: "HTTP 502",
      epoch: 4,
      by: "host-1",
      posts: 3,
    });
    const body = await (await api.request("/api/reminders/deliveries")).json();
    expect(body.deliveries).toHaveLength(1);
    expect(misfits(C.DeliveriesResponse, body)).toEqual([]);
  });
});

describe("writes answer in the contract's shape", () => {
  it("creates, changes, cancels and reads the history of an event the tab's form built", async () => {
    const body = toEventInput({
      ...initialValues(),
      title: "Kontraktsmøte",
      start: "2026-12-15T10:00",
      end: "2026-12-15T11:00",
      reminders: ["P1D", "D-1@09:00"],
      ownReminders: true,
    });
    expect(misfits(C.EventCreateBody, body)).toEqual([]);
    const created = await api.createEvent(body);
    expect(misfits(C.EventView, created)).toEqual([]);
    expect(created.reminderLeadTimes).toEqual(["P1D", "D-1@09:00"]);

    const changed = await api.updateEvent(created.id, created.etag, { place: "Borgertun", link: null });
    expect(misfits(C.EventView, changed)).toEqual([]);
    const cancelled = await api.cancelEvent(created.id, changed.etag, "2026-12-15T10:00");
    expect(misfits(C.EventView, cancelled)).toEqual([]);
    const history = await (await api.request(`/api/events/${created.id}/history`)).json();
    expect(history.history.length).toBeGreaterThan(1);
    expect(misfits(C.HistoryResponse, history)).toEqual([]);
  });

  it("changes a tiltak and reads its history", async () => {
    const [first] = (await api.tiltak("current")).tiltak;
    const saved = await api.updateTiltak(first.periodId, first.id, first.etag, {
      status: "in_progress",
      notes: "Kontrakt",
      responsible: "Husrådet",
    });
    expect(misfits(C.TiltakView, saved)).toEqual([]);
    const history = await api.tiltakHistory(first.periodId, first.id);
    expect(history.history.length).toBe(3);
    expect(misfits(C.HistoryResponse, history)).toEqual([]);
  });

  it("creates a period with carried-over tiltak", async () => {
    const res = await call(service.url, "POST", "/api/periods", {
      body: {
        id: "2030-2031",
        title: "Handlingsplan 2030–2031",
        startYear: 2030,
        endYear: 2031,
        areas: [{ id: "forskning", name: "Forskning" }],
        carryOver: { fromPeriod: "2024-2025", tiltakIds: ["t10"] },
      } satisfies C.PeriodCreateBody,
    });
    expect(res.status).toBe(201);
    expect(res.body.tiltak).toHaveLength(1);
    expect(misfits(C.PeriodCreatedResponse, res.body)).toEqual([]);
  });
});

describe("errors answer in the contract's shape", () => {
  it("412 carries the current entity", async () => {
    const [first] = (await api.tiltak("current")).tiltak;
    const { status, body } = await failure(api.updateTiltak(first.periodId, first.id, 'W/"stale"', { notes: "x" }));
    expect(status).toBe(412);
    expect(misfits(C.ApiErrorBody, body)).toEqual([]);
    expect(misfits(C.TiltakView, (body as C.ApiErrorBody).current)).toEqual([]);
  });

  it.each<[string, string, string]>([
    ["404", "GET", "/api/events/no-such-event/history"],
    ["428", "PATCH", "/api/events/no-such-event"],
    ["400", "GET", "/api/summary?locale=de"],
  ])("%s", async (status, method, path) => {
    const res = await call(service.url, method, path, method === "GET" ? {} : { body: {} });
    expect(String(res.status)).toBe(status);
    expect(misfits(C.ApiErrorBody, res.body)).toEqual([]);
  });
});
