/**
 * A stored value that is wrong costs only itself: each finding of issue 19, written straight into
 * Azurite (as an old row or a future bug would, past the checks at the door), against the real
 * service. Every view still answers 200, the bot still answers, every other reminder still goes
 * out, the bad row is logged once and editors see it (and can fix it).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { conversationTargetId } from "../../src/domain/conversations.js";
import { startService } from "../../src/service.js";
import { OSLO } from "../../src/domain/time.js";
import { createLogger } from "../../src/logger.js";
import { startFakeConnector, type FakeConnector } from "../fakes/fakeConnector.js";
import { startFakeJwks, type FakeJwks } from "../fakes/fakeJwks.js";
import { ask, expectReplies, postActivity, said } from "../support/activities.js";
import { READER_OID, entraEnv, signToken } from "../support/entraTokens.js";
import { rawTables } from "../support/rawRows.js";
import { personalMessage } from "../support/teamsActivities.js";
import { startTestService } from "../support/testService.js";
import { call } from "../api/apiClient.js";

const READ_ROUTES = [
  "/api/summary",
  "/api/summary?locale=en",
  "/api/events",
  "/api/events/all",
  "/api/dashboard",
  "/api/reminders/upcoming",
  "/api/reminders/overview",
  "/api/reminders/deliveries",
  "/api/borgertun/bookings",
  "/api/borgertun/rules",
];

/** An event row as the events table holds it (JSON fields as strings). */
function eventRow(id: string, fields: Record<string, unknown>) {
  return {
    partitionKey: "event",
    rowKey: id,
    id,
    kind: "meeting",
    title: `Rad ${id}`,
    timeZone: OSLO,
    exceptions: "[]",
    cancelled: false,
    ...fields,
  };
}

describe("bad rows (real service, Azurite, fake connector)", () => {
  let connector: FakeConnector;
  let svc: Awaited<ReturnType<typeof startTestService>>;
  let raw: ReturnType<typeof rawTables>;
  const lines: string[] = [];
  let now = new Date("2026-12-07T08:00:00.000Z");

  beforeAll(async () => {
    connector = await startFakeConnector();
    svc = await startTestService(
      { REMINDER_TICK_SECONDS: "3600" },
      { clock: () => now, log: createLogger("warn", (line) => lines.push(line)) },
    );
    raw = rawTables(svc.tablePrefix);
    const { status } = await postActivity(svc.url, expectReplies(personalMessage("abonner", connector.url)));
    expect(status).toBe(200);
  });
  afterAll(async () => {
    await svc?.stop();
    await connector?.close();
  });

  const get = (path: string) => call(svc.url, "GET", path);
  const badRowLines = (id: string) =>
    lines.map((l) => JSON.parse(l)).filter((l) => l.msg === "bad row skipped" && l.id === id);

  /** Every read route answers 200, and "Hva skjer fremover?" is answered, not apologised for. */
  async function viewsStillAnswer(): Promise<void> {
    const token = svc.config.calendarFeedTokens[0];
    for (const path of [...READ_ROUTES, `/api/calendar.ics?token=${token}`]) {
      expect([path, (await get(path)).status]).toEqual([path, 200]);
    }
    const replies = await ask(svc.url, "Hva skjer fremover?", { serviceUrl: connector.url });
    expect(said(replies[0])).toMatch(/^Dette skjer fremover: /);
  }

  /** A new event with a reminder an hour before; the tick at its due time posts it to the subscribed chat. */
  async function anotherReminderGoesOut(day: string): Promise<void> {
    const title = `Gyldig møte ${day}`;
    const created = await call(svc.url, "POST", "/api/events", {
      body: { kind: "meeting", title, start: `${day}T12:00`, reminderLeadTimes: ["PT1H"] },
    });
    expect(created.status).toBe(201);
    now = new Date(`${day}T10:05:00.000Z`); // 11:05 in Oslo: the PT1H reminder is due
    connector.reset();
    const report = await svc.tickReminders();
    expect(report.sent).toBeGreaterThanOrEqual(1);
    const texts = connector.recorded().map((r) => String(r.activity.text));
    expect(texts.filter((t) => t.includes(title))).toHaveLength(1);
  }

  it.each([
    ["year 0202 (a typo for 2026)", "typo-0202", { start: "0202-12-10T10:00", end: "0202-12-10T11:00" }, "2026-12-08"],
    ["year 1000", "year-1000", { start: "1000-01-01T00:30" }, "2026-12-09"],
    ["year 9999", "year-9999", { start: "9999-12-31T23:30" }, "2026-12-10"],
    [
      "an occurrence moved to 9999",
      "moved-9999",
      {
        start: "2026-12-01T10:00",
        recurrence: "FREQ=WEEKLY",
        exceptions: JSON.stringify([{ originalStart: "2026-12-08T10:00", newStart: "9999-12-31T23:00" }]),
      },
      "2026-12-11",
    ],
  ])(
    "an event in %s: views answer, the bot answers, other reminders go out, logged once, shown to editors",
    async (_name, id, fields, day) => {
      await raw.put("events", eventRow(id, fields));
      await viewsStillAnswer();
      await anotherReminderGoesOut(day);
      await svc.tickReminders();
      const events = await get("/api/events");
      expect(events.body.badRows).toContainEqual(expect.objectContaining({ table: "events", id }));
      const overview = await get("/api/reminders/overview");
      expect(overview.body.badRows).toContainEqual(
        expect.objectContaining({ table: "events", id, reason: expect.stringMatching(/outside the years 1900–2199/) }),
      );
      // The editor's list carries the event itself, so the form can open it.
      const all = await get("/api/events/all");
      expect(all.body.badRows.find((r: { id: string }) => r.id === id).event.etag).toMatch(/^W\//);
      expect(badRowLines(id)).toHaveLength(1);
    },
  );

  it("a Borgertun booking ending at 24:00: its event is skipped and shown, the booking stays listed, the rest goes on", async () => {
    const booking = "20261214-midnatt";
    await raw.put("bookings", {
      partitionKey: "booking",
      rowKey: booking,
      id: booking,
      date: "2026-12-14",
      from: "16:00",
      to: "24:00",
      purpose: "Kveldsseminar",
      organisation: "HVL",
      microphones: false,
      requester: JSON.stringify({ oid: "o1", tid: "t1", name: "Per" }),
      lang: "nb",
      status: "approved",
      createdAt: "2026-12-01T10:00:00.000Z",
    });
    // What approving it writes: the booking as an event, ending at "24:00".
    await raw.put(
      "events",
      eventRow(`borgertun.${booking}`, { start: "2026-12-14T16:00", end: "2026-12-14T24:00", place: "Borgertun" }),
    );
    await viewsStillAnswer();
    await anotherReminderGoesOut("2026-12-12");
    expect((await get("/api/borgertun/bookings")).body.bookings.map((b: { id: string }) => b.id)).toContain(booking);
    expect((await get("/api/reminders/overview")).body.badRows).toContainEqual(
      expect.objectContaining({ table: "events", id: `borgertun.${booking}`, reason: expect.stringMatching(/24:00/) }),
    );
    expect(badRowLines(`borgertun.${booking}`)).toHaveLength(1);
  });

  it("a personal lead time P3000000D in stored reminder settings: that subscription is skipped, every other reminder goes out", async () => {
    const other = {
      id: "a:personal-chat-2",
      user: { id: "29:user-2", name: "Annen", aadObjectId: "00000000-0000-0000-0000-0000000000bb" },
    };
    const otherChat = {
      conversation: { id: other.id, conversationType: "personal", tenantId: "11111111-1111-1111-1111-111111111111" },
      from: other.user,
    };
    expect(
      (await postActivity(svc.url, expectReplies(personalMessage("abonner", connector.url, otherChat)))).status,
    ).toBe(200);
    const targetId = conversationTargetId(other.id);
    const stored = (await raw.get("Subscriptions", targetId, "sub"))!;
    await raw.put("Subscriptions", {
      ...stored,
      partitionKey: targetId,
      rowKey: "sub",
      leadTimes: JSON.stringify({ meeting: ["P3000000D"] }),
    });
    await viewsStillAnswer();
    await anotherReminderGoesOut("2026-12-15");
    // The tick went to the good chat only: the other one's settings cannot be used.
    expect(connector.recorded().every((r) => r.conversationId !== other.id)).toBe(true);
    await svc.tickReminders();
    expect((await get("/api/reminders/overview")).body.badRows).toContainEqual(
      expect.objectContaining({ table: "Subscriptions", id: targetId, reason: expect.stringMatching(/P3000000D/) }),
    );
    expect(badRowLines(targetId)).toHaveLength(1);
    // Its owner can still open the settings card (it shows what is stored) and replace the value.
    const replies = await ask(svc.url, "innstillinger", { serviceUrl: connector.url, ...otherChat });
    expect(JSON.stringify(replies[0].attachments[0].content)).toContain("P3000000D");
  });

  it("an instance that does not lead the reminders lists the same bad rows in its overview", async () => {
    const config = loadConfig(
      { PORT: "0", AZURE_STORAGE_CONNECTION_STRING: inject("azuriteConnectionString"), REMINDER_TICK_SECONDS: "3600" },
      { dataDir: mkdtempSync(join(tmpdir(), "alrek-test-")) },
    );
    const follower = await startService(config, {
      log: createLogger("warn", () => {}),
      clock: () => now,
      tablePrefix: svc.tablePrefix,
      reminders: false,
    });
    try {
      expect((await follower.tickReminders()).leader).toBe(false); // the first instance holds the lease
      const overview = await call(follower.url, "GET", "/api/reminders/overview");
      const listed = overview.body.badRows.map((r: { table: string; id: string }) => [r.table, r.id]);
      expect(listed).toContainEqual(["Subscriptions", conversationTargetId("a:personal-chat-2")]);
      expect(listed).toContainEqual(["events", "year-9999"]);
    } finally {
      await follower.stop();
    }
  });

  it("an editor opens a bad event from the list and fixes it: it is shown again and leaves the list", async () => {
    const all = await get("/api/events/all");
    const row = all.body.badRows.find((r: { id: string }) => r.id === "typo-0202");
    const fixed = await call(svc.url, "PATCH", "/api/events/typo-0202", {
      body: { start: "2026-12-18T10:00", end: "2026-12-18T11:00" },
      etag: row.event.etag,
    });
    expect(fixed.status).toBe(200);
    const events = await get("/api/events?from=2026-12-18T00:00:00Z&to=2026-12-19T00:00:00Z");
    expect(events.body.occurrences.map((o: { eventId: string }) => o.eventId)).toContain("typo-0202");
    expect(events.body.badRows.map((r: { id: string }) => r.id)).not.toContain("typo-0202");
    expect((await get("/api/reminders/overview")).body.badRows.map((r: { id: string }) => r.id)).not.toContain(
      "typo-0202",
    );
  });
});

describe("bad rows are for editors' eyes", () => {
  let jwks: FakeJwks;
  let svc: Awaited<ReturnType<typeof startTestService>>;

  beforeAll(async () => {
    jwks = await startFakeJwks();
    svc = await startTestService(entraEnv(jwks.url), { clock: () => new Date("2026-12-07T08:00:00.000Z") });
    await rawTables(svc.tablePrefix).put("events", eventRow("typo-0202", { start: "0202-12-10T10:00" }));
  });
  afterAll(async () => {
    await svc?.stop();
    await jwks?.close();
  });

  it("a reader gets every view without the list of bad rows, and no overview", async () => {
    const reader = await signToken(jwks.privateKey, { oid: READER_OID, name: "Lesende Leser" });
    for (const path of ["/api/summary", "/api/events", "/api/events/all", "/api/reminders/upcoming"]) {
      const res = await call(svc.url, "GET", path, { token: reader });
      expect([path, res.status, res.body.badRows]).toEqual([path, 200, undefined]);
    }
    expect((await call(svc.url, "GET", "/api/reminders/overview", { token: reader })).status).toBe(403);
    const editor = await signToken(jwks.privateKey);
    const res = await call(svc.url, "GET", "/api/events", { token: editor });
    expect(res.body.badRows).toEqual([expect.objectContaining({ table: "events", id: "typo-0202" })]);
  });
});
