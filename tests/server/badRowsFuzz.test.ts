/**
 * Random and extreme values written straight into every table a view or a reminder tick reads
 * (events and their exceptions, Borgertun bookings and rules, reminder settings, subscriptions,
 * conversations, RSVPs, the reminders' delivery ledger with every kind of row in it — reminders,
 * snoozes, digests, Borgertun reminders, card updates, nudges — and its lease), past every check
 * at the door. Then: every read route
 * answers 200, the bot answers, a tick does not fail, every good reminder still goes out exactly
 * once, and each bad row is listed for editors. A fixed seed makes a run repeatable; BAD_ROWS_SEED
 * tries another.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conversationTargetId } from "../../src/domain/conversations.js";
import { OSLO } from "../../src/domain/time.js";
import { createLogger } from "../../src/logger.js";
import { startFakeConnector, type FakeConnector } from "../fakes/fakeConnector.js";
import { ask, expectReplies, postActivity, said } from "../support/activities.js";
import { Fuzzer, seededRandom } from "../support/randomInput.js";
import { rawTables } from "../support/rawRows.js";
import { personalMessage } from "../support/teamsActivities.js";
import { startTestService } from "../support/testService.js";
import { call } from "../api/apiClient.js";

const seed = Number(process.env.BAD_ROWS_SEED ?? 19_019);
/** Random rows per table, besides one that is bad for sure. */
const ROWS = 12;
/** Wednesday 9 December 2026, 09:30 in Oslo. */
const NOW = new Date("2026-12-09T08:30:00.000Z");

/** Values that broke or could break a computation: impossible or far-off times, lead times, JSON. */
const EXTREME = [
  "0202-12-10T10:00",
  "1000-01-01T00:00",
  "9999-12-31T23:59",
  "2026-12-09T24:00",
  "2026-02-30T10:00",
  "2026-12-09",
  "24:00",
  "25:61",
  "P3000000D",
  "PT0M",
  "D-999@09:00",
  "FREQ=SECONDLY",
  "FREQ=DAILY;COUNT=100000",
  "FREQ=YEARLY;INTERVAL=9999",
  "Mars/Olympus_Mons",
  "{",
  "[",
  "null",
  "42",
  '"text"',
  "[null]",
  '["P3000000D"]',
  '{"meeting":["P3000000D"],"deadline":"P1D"}',
  '[{"originalStart":"2026-12-16T10:00","newStart":"9999-12-31T23:00"}]',
  '[{"originalStart":"0202-01-01T00:00","cancelled":true}]',
  '[{"originalStart":5}]',
  '{"oid":null}',
  "x".repeat(30_000),
];
/** Where a post could go: loopback only, so no random value ever sends the bot elsewhere. */
const SERVICE_URLS = ["http://127.0.0.1:9/", "", "not a url", "javascript:alert(1)", "ftp://127.0.0.1/"];

type RawRow = { partitionKey: string; rowKey: string } & Record<string, unknown>;

describe(`random and extreme stored rows (seed ${seed})`, () => {
  const fuzz = new Fuzzer(seededRandom(seed));
  const lines: string[] = [];
  let connector: FakeConnector;
  let svc: Awaited<ReturnType<typeof startTestService>>;
  let raw: ReturnType<typeof rawTables>;
  const chat = conversationTargetId("a:personal-chat-1");
  /** Rows known to be bad, by table: each must show in the overview. */
  const sureBad: [table: string, id: string][] = [];
  let written = 0;
  let refused = 0;

  /** A value for one field: mostly extreme or hostile, sometimes of another type, sometimes gone. */
  function wild(field: string): unknown {
    if (/serviceUrl/i.test(field)) return fuzz.pick(SERVICE_URLS);
    const r = fuzz.rand();
    if (r < 0.5) return fuzz.pick(EXTREME);
    if (r < 0.6) return undefined;
    const v = fuzz.value(1);
    // A table holds scalars only: objects and arrays go in as JSON text, as a JSON field would.
    return v !== null && typeof v === "object" ? JSON.stringify(v) : v;
  }

  /** `row` with 1–3 of its fields (never the keys) replaced. */
  function mutated(row: RawRow): RawRow {
    const copy: RawRow = { ...row };
    const fields = Object.keys(row).filter((k) => k !== "partitionKey" && k !== "rowKey");
    for (let i = 0, n = 1 + fuzz.int(3); i < n; i++) {
      const field = fuzz.pick(fields);
      const value = wild(field);
      if (value === undefined || value === null) delete copy[field];
      else copy[field] = value;
    }
    return copy;
  }

  async function put(table: string, row: RawRow): Promise<void> {
    try {
      await raw.put(table, row);
      written++;
    } catch {
      refused++; // e.g. a value Table Storage itself refuses; nothing stored, nothing to isolate
    }
  }

  const event = (id: string, fields: Record<string, unknown> = {}): RawRow => ({
    partitionKey: "event",
    rowKey: id,
    id,
    kind: "meeting",
    title: `Rad ${id}`,
    start: "2026-12-16T10:00",
    end: "2026-12-16T11:00",
    timeZone: OSLO,
    recurrence: "FREQ=WEEKLY;COUNT=4",
    exceptions: '[{"originalStart":"2026-12-23T10:00","newStart":"2026-12-22T10:00"}]',
    reminderLeadTimes: '["P1D","PT1H"]',
    cancelled: false,
    ...fields,
  });
  const booking = (id: string, fields: Record<string, unknown> = {}): RawRow => ({
    partitionKey: "booking",
    rowKey: id,
    id,
    date: "2026-12-10",
    from: "10:00",
    to: "12:00",
    purpose: `Lån ${id}`,
    organisation: "HVL",
    microphones: true,
    requester: JSON.stringify({ oid: "o1", tid: "t1", name: "Per" }),
    replyTargetId: chat,
    lang: "nb",
    status: "approved",
    createdAt: "2026-12-01T10:00:00.000Z",
    ...fields,
  });
  const target = (id: string, fields: Record<string, unknown> = {}): RawRow => ({
    partitionKey: "conv",
    rowKey: id,
    id,
    conversationId: `a:${id}`,
    serviceUrl: connector.url,
    tenantId: "11111111-1111-1111-1111-111111111111",
    botId: "28:alrek-bot",
    conversationType: "personal",
    reference: JSON.stringify({
      bot: { id: "28:alrek-bot" },
      conversation: { id: `a:${id}`, conversationType: "personal" },
      channelId: "msteams",
      serviceUrl: connector.url,
      user: { id: `29:${id}` },
    }),
    installedAt: "2026-12-01T10:00:00.000Z",
    status: "active",
    ...fields,
  });
  const subscription = (targetId: string, fields: Record<string, unknown> = {}): RawRow => ({
    partitionKey: targetId,
    rowKey: "sub",
    targetId,
    kinds: '["meeting","deadline"]',
    createdAt: "2026-12-01T10:00:00.000Z",
    createdBy: "o1",
    leadTimes: '{"meeting":["D-1@09:00","PT2H"]}',
    ...fields,
  });
  const snooze = (id: string, fields: Record<string, unknown> = {}): RawRow => ({
    partitionKey: "snooze",
    rowKey: id,
    kind: "snooze",
    group: "snooze",
    id,
    targetId: chat,
    dueAt: "2026-12-09T08:25:00.000Z",
    status: "pending",
    attempts: 0,
    eventId: "rad-event-0",
    occurrenceKey: "2026-12-16T10:00",
    ...fields,
  });
  const rsvp = (eventId: string, key: string, oid: string, fields: Record<string, unknown> = {}): RawRow => ({
    partitionKey: `${eventId}|${key}`,
    rowKey: `a|${oid}`,
    eventId,
    occurrenceKey: key,
    oid,
    name: "Svarende",
    answer: "yes",
    answeredAt: "2026-12-09T08:00:00.000Z",
    ...fields,
  });
  /** A reminder row as the delivery table held it before the ledger (no kind or group): the ledger reads it still. */
  const delivery = (id: string, fields: Record<string, unknown> = {}): RawRow => ({
    partitionKey: "rad-event-0",
    rowKey: id,
    id,
    eventId: "rad-event-0",
    occurrenceKey: "2026-12-16T10:00",
    leadTime: "PT1H",
    targetId: chat,
    dueAt: "2026-12-16T08:00:00.000Z",
    status: "sent",
    attempts: 1,
    sentAt: "2026-12-16T08:00:01.000Z",
    ...fields,
  });

  /** A ledger row of the other kinds: a digest, a Borgertun reminder, a card update, a nudge. */
  const ledgerRow = (i: number, fields: Record<string, unknown> = {}): RawRow => {
    const kind = (["digest", "booking", "card", "nudge"] as const)[i % 4];
    const group = { digest: "digest|2026-12-07", booking: "borgertun", card: "rad-event-0", nudge: "rad-event-0" }[
      kind
    ];
    const id = `rad-${kind}-${i}`;
    return {
      partitionKey: group,
      rowKey: id,
      kind,
      group,
      id,
      targetId: chat,
      dueAt: "2026-12-09T08:00:00.000Z",
      status: "sent",
      attempts: 0,
      eventId: "rad-event-0",
      occurrenceKey: "2026-12-16T10:00",
      activityId: "1:rad-activity",
      deliveryId: `rad-delivery-${i}`,
      cardStart: "2026-12-16T09:00:00.000Z",
      cardVersion: 1,
      bookingId: `rad-booking-${i}`,
      ...fields,
    };
  };

  let goodEventId = "";
  const goodKey = "2026-12-09T10:20";

  beforeAll(async () => {
    connector = await startFakeConnector();
    svc = await startTestService(
      { REMINDER_TICK_SECONDS: "3600" },
      { clock: () => NOW, log: createLogger("warn", (line) => lines.push(line)) },
    );
    raw = rawTables(svc.tablePrefix);
    expect((await postActivity(svc.url, expectReplies(personalMessage("abonner", connector.url)))).status).toBe(200);
    // The good ones, through the door: a reminder due now, an event someone snoozed, a booking for tomorrow.
    const good = await call(svc.url, "POST", "/api/events", {
      body: { kind: "meeting", title: "Gyldig møte", start: goodKey, reminderLeadTimes: ["PT1H"] },
    });
    expect(good.status).toBe(201);
    goodEventId = good.body.id;
    const later = await call(svc.url, "POST", "/api/events", {
      body: { kind: "meeting", title: "Utsatt møte", start: "2026-12-09T15:00", reminderLeadTimes: ["PT1H"] },
    });
    expect(later.status).toBe(201);
    await put(
      "ReminderDeliveries",
      snooze(`${chat}|god-utsettelse`, { eventId: later.body.id, occurrenceKey: "2026-12-09T15:00" }),
    );
    await put("bookings", booking("20261210-gyldig", { purpose: "Gyldig lån" }));

    // One row per table that is bad for sure, so each table is seen in the overview.
    const sure: [string, RawRow][] = [
      ["events", event("sikker-0202", { start: "0202-12-16T10:00" })],
      ["events", event("sikker-unntak", { exceptions: EXTREME[23] })],
      ["bookings", booking("sikker-dato", { date: "9999-12-31" })],
      ["Subscriptions", subscription("sikker-innstilling", { leadTimes: '{"meeting":["P3000000D"]}' })],
      ["Conversations", target("sikker-samtale", { reference: "{" })],
      ["ReminderDeliveries", snooze("sikker-utsettelse", { occurrenceKey: "9999-12-31T23:59" })],
      ["ReminderDeliveries", ledgerRow(0, { id: "sikker-sammendrag", rowKey: "sikker-sammendrag", kind: "weekly" })],
      ["ReminderRsvp", rsvp(goodEventId, goodKey, "sikker-svar", { answer: "__proto__" })],
      ["ReminderDeliveries", delivery("sikker-levering", { dueAt: "not a time" })],
    ];
    await put("Conversations", target("sikker-innstilling"));
    for (const [table, row] of sure) {
      await put(table, row);
      const id =
        table === "Subscriptions"
          ? String(row.targetId)
          : table === "ReminderRsvp"
            ? `${row.partitionKey}/${row.rowKey}`
            : String(row.id);
      sureBad.push([table, id]);
    }
    // The one rules row: random, from a row whose opening hours cannot be used.
    await put(
      "bookingRules",
      mutated({ partitionKey: "rules", rowKey: "current", openFrom: "08:00", openTo: "24:61", weekdays: "[0,8]" }),
    );

    for (let i = 0; i < ROWS; i++) {
      await put("events", mutated(event(`rad-event-${i}`)));
      await put("bookings", mutated(booking(`rad-booking-${i}`)));
      // A subscription needs an active conversation to be read by a tick at all.
      await put("Conversations", target(`rad-sub-${i}`));
      await put("Subscriptions", mutated(subscription(`rad-sub-${i}`)));
      await put("Conversations", mutated(target(`rad-conv-${i}`)));
      await put("Subscriptions", subscription(`rad-conv-${i}`));
      await put("ReminderDeliveries", mutated(snooze(`rad-snooze-${i}`)));
      await put("ReminderDeliveries", mutated(ledgerRow(i)));
      await put("ReminderRsvp", mutated(rsvp(goodEventId, goodKey, `rad-rsvp-${i}`)));
      await put("ReminderDeliveries", mutated(delivery(`rad-delivery-${i}`)));
    }
    // The one lease row, random, from one whose holder is long gone: whatever it holds, a runner leads.
    await put(
      "ReminderLeader",
      mutated({
        partitionKey: "lease",
        rowKey: "reminders",
        holder: "borte",
        epoch: 7,
        until: "2026-12-09T08:00:00.000Z",
      }),
    );
  });
  afterAll(async () => {
    await svc?.stop();
    await connector?.close();
  });

  it("stores the rows as written (Table Storage refuses few of them)", () => {
    expect(written).toBeGreaterThan(9 * ROWS);
    expect(refused).toBeLessThan(written / 10);
  });

  it(
    "a tick does not fail, and every good reminder, snooze and Borgertun reminder goes out exactly once",
    { timeout: 180_000 },
    async () => {
      connector.reset();
      await svc.tickReminders();
      await svc.tickReminders();
      const toChat = connector.recorded().filter((r) => r.conversationId === "a:personal-chat-1");
      const texts = toChat.map((r) => String(r.activity.text));
      expect(texts.filter((t) => t.startsWith("Påminnelse: Gyldig møte"))).toHaveLength(1);
      expect(texts.filter((t) => t.startsWith("Påminnelse: Utsatt møte"))).toHaveLength(1);
      expect(texts.filter((t) => t.includes("«Gyldig lån»"))).toHaveLength(1);
      const failures = lines
        .map((l) => JSON.parse(l))
        .filter((l) => /tick failed|pass failed|request failed|turn failed/.test(l.msg));
      expect(failures).toEqual([]);
    },
  );

  it("every read route answers 200 and the bot answers", async () => {
    const token = svc.config.calendarFeedTokens[0];
    for (const path of [
      "/api/summary",
      "/api/summary?locale=nn",
      "/api/events",
      "/api/events/all",
      "/api/dashboard",
      "/api/reminders/upcoming",
      "/api/reminders/overview",
      "/api/reminders/deliveries",
      "/api/borgertun/bookings",
      "/api/borgertun/rules",
      `/api/rsvp/${encodeURIComponent(goodEventId)}/${encodeURIComponent(goodKey)}`,
      `/api/calendar.ics?token=${token}`,
    ]) {
      expect([path, (await call(svc.url, "GET", path)).status]).toEqual([path, 200]);
    }
    for (const [question, answer] of [
      ["Hva skjer fremover?", /^Dette skjer fremover: /],
      ["påminnelser", /./],
      ["innstillinger", /./],
    ] as const) {
      const replies = await ask(svc.url, question, { serviceUrl: connector.url });
      expect([question, said(replies[0]) || JSON.stringify(replies[0]?.attachments ?? "")]).toEqual([
        question,
        expect.stringMatching(answer),
      ]);
      expect(said(replies[0])).not.toMatch(/Beklager, noe gikk galt/);
    }
  });

  it("lists every row it skipped for editors, by table and id, and logs each once", async () => {
    await svc.tickReminders();
    const overview = await call(svc.url, "GET", "/api/reminders/overview");
    const listed = overview.body.badRows.map((r: { table: string; id: string }) => [r.table, r.id]);
    for (const bad of sureBad) expect(listed).toContainEqual(bad);
    const logged = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === "bad row skipped");
    const perRow = new Map<string, number>();
    for (const l of logged)
      perRow.set(`${l.table}|${l.id}|${l.reason}`, (perRow.get(`${l.table}|${l.id}|${l.reason}`) ?? 0) + 1);
    expect([...perRow.values()].every((n) => n === 1)).toBe(true);
    // The rules could not be used: the defaults apply.
    const rules = await call(svc.url, "GET", "/api/borgertun/rules");
    if (listed.some(([table]: [string]) => table === "bookingRules")) expect(rules.body.openTo).toBe("16:00");
  });
});
