import { describe, expect, it } from "vitest";
import { DEFAULT_BOOKING_RULES } from "../../src/domain/booking.js";
import type { BadRow, BadRowReporter } from "../../src/domain/badRows.js";
import type { ConversationTarget, Subscription } from "../../src/domain/conversations.js";
import type { AlrekEvent } from "../../src/domain/events.js";
import { expandAll } from "../../src/domain/occurrences.js";
import { dueReminders } from "../../src/domain/reminderSchedule.js";
import {
  bookingProblem,
  bookingRulesProblem,
  eventProblem,
  scheduledRowProblem,
  subscriptionProblem,
  targetProblem,
} from "../../src/domain/storedValues.js";

const event = (over: Partial<AlrekEvent> = {}): AlrekEvent => ({
  id: "husradet-mote",
  kind: "meeting",
  title: "Husrådet",
  start: "2026-12-15T12:00",
  end: "2026-12-15T13:00",
  timeZone: "Europe/Oslo",
  exceptions: [],
  cancelled: false,
  ...over,
});

/** Collects reports, as the BadRowLog would get them. */
function reports(): BadRowReporter & { rows: BadRow[] } {
  const rows: BadRow[] = [];
  return { rows, bad: (row) => rows.push(row), fine: () => undefined };
}

describe("a stored event the app cannot compute with", () => {
  it.each([
    [
      "year 0202",
      { start: "0202-12-15T12:00", end: undefined },
      /^start: 0202-12-15T12:00 is outside the years 1900–2199$/,
    ],
    ["year 1000", { start: "1000-01-01T00:30", end: undefined }, /^start: .* outside the years/],
    ["year 9999", { start: "9999-12-31T23:30", end: undefined }, /^start: .* outside the years/],
    ["an end at 24:00", { end: "2026-12-15T24:00" }, /^end: "2026-12-15T24:00" is not a date and time/],
    ["February 30th", { start: "2026-02-30T10:00", end: undefined }, /^start: /],
    [
      "an occurrence moved to 9999",
      { recurrence: "FREQ=WEEKLY", exceptions: [{ originalStart: "2026-12-22T12:00", newStart: "9999-12-31T23:00" }] },
      /^exceptions\[0\]\.newStart: 9999-12-31T23:00 is outside/,
    ],
    ["an unknown zone", { timeZone: "Mars/Olympus_Mons" }, /^timeZone: /],
    ["a broken rule", { recurrence: "FREQ=SECONDLY" }, /^recurrence: /],
    [
      "a lead time of 3,000,000 days",
      { reminderLeadTimes: ["P3000000D"] },
      /^reminderLeadTimes: P3000000D must be at most 90 days/,
    ],
    ["a lead time that is not one", { reminderLeadTimes: ["soon"] }, /^reminderLeadTimes: "soon" is not a lead time$/],
    ["an id too long for a key", { id: "x".repeat(151) }, /^id: .* is not 1–150 characters long as a key$/],
    ["an id too long once a key escapes it", { id: "/".repeat(51) }, /^id: .* is not 1–150 characters long as a key$/],
  ])("%s", (_name, over, reason) => {
    expect(eventProblem(event(over as Partial<AlrekEvent>))).toMatch(reason);
  });

  it.each([
    ["an ordinary event", {}],
    ["a date without a time", { start: "2026-12-04T00:00", end: undefined, timeSet: false }],
    ["no date yet", { start: undefined, end: undefined }],
    ["an old one from 1990", { start: "1990-01-05T12:00", end: undefined }],
    [
      "a series with a moved and a cancelled date",
      {
        recurrence: "FREQ=MONTHLY;BYDAY=1FR",
        exceptions: [
          { originalStart: "2027-01-01T12:00", newStart: "2027-01-08T12:00" },
          { originalStart: "2027-02-05T12:00", cancelled: true },
        ],
      },
    ],
    ["its own day-rule reminders", { reminderLeadTimes: ["D-1@09:00", "P90D"] }],
    ["an id with characters a key escapes", { id: "a/b#c?d\\e" }],
  ])("%s is usable", (_name, over) => {
    expect(eventProblem(event(over as Partial<AlrekEvent>))).toBeUndefined();
  });
});

describe("other stored rows", () => {
  const sub = (leadTimes: Subscription["leadTimes"]): Subscription => ({
    targetId: "YTpwZXJzb25hbC1jaGF0LTE",
    kinds: [],
    createdAt: "",
    createdBy: "",
    leadTimes,
  });

  it("reminder settings: a lead time beyond what the product offers makes the row unusable", () => {
    expect(subscriptionProblem(sub({ meeting: ["PT1H", "P3000000D"] }))).toBe(
      "leadTimes.meeting: P3000000D must be at most 90 days before the start (P90D or D-90@…)",
    );
    expect(subscriptionProblem(sub({ deadline: ["P0000000000000000000001D"] }))).toMatch(/is not a lead time/);
    expect(subscriptionProblem(sub({ meeting: ["D-1@09:00", "PT2H"] }))).toBeUndefined();
    expect(subscriptionProblem({ ...sub(undefined), targetId: "" })).toMatch(/^targetId: /);
  });

  it("a conversation: id and tenant go into keys", () => {
    const target = { id: "YTpwZXJzb25hbC1jaGF0LTE", tenantId: "11111111-1111-1111-1111-111111111111" };
    expect(targetProblem(target)).toBeUndefined();
    expect(targetProblem({ ...target, tenantId: "x".repeat(30_000) })).toMatch(/^tenantId: .* is too long$/);
    expect(targetProblem({ ...target, id: "" })).toMatch(/^id: /);
  });

  it("a Borgertun booking: a readable date, a from before its to; 24:00 is an end", () => {
    expect(bookingProblem({ date: "2026-12-14", from: "16:00", to: "24:00" })).toBeUndefined();
    expect(bookingProblem({ date: "9999-12-31", from: "10:00", to: "12:00" })).toMatch(/^date: .* outside the years/);
    expect(bookingProblem({ date: "2026-12-14", from: "24:00", to: "24:00" })).toMatch(/^from: /);
    expect(bookingProblem({ date: "2026-12-14", from: "12:00", to: "10:00" })).toBe("to: 10:00 is not after 12:00");
  });

  it("Borgertun rules", () => {
    expect(bookingRulesProblem(DEFAULT_BOOKING_RULES)).toBeUndefined();
    expect(bookingRulesProblem({ ...DEFAULT_BOOKING_RULES, openTo: "24:00" })).toBeUndefined();
    expect(bookingRulesProblem({ ...DEFAULT_BOOKING_RULES, weekdays: [0, 8] })).toMatch(/^weekdays/);
    expect(bookingRulesProblem({ ...DEFAULT_BOOKING_RULES, openTo: "24:61" })).toMatch(/^openFrom\/openTo/);
    expect(bookingRulesProblem({ ...DEFAULT_BOOKING_RULES, maxDaysAhead: 1e308 })).toMatch(/^maxDaysAhead/);
    expect(bookingRulesProblem({ ...DEFAULT_BOOKING_RULES, closedDates: ["0202-05-17"] })).toMatch(/^closedDates/);
  });

  it("a snooze or delivery row: a conversation id, an instant, a readable occurrence", () => {
    const row = { targetId: "YTpw", dueAt: "2026-12-09T08:25:00.000Z", occurrenceKey: "2026-12-09T10:20" };
    expect(scheduledRowProblem(row)).toBeUndefined();
    expect(scheduledRowProblem({ ...row, dueAt: "soon" })).toMatch(/^dueAt: /);
    expect(scheduledRowProblem({ ...row, occurrenceKey: "9999-12-31T23:59" })).toMatch(/^occurrenceKey: /);
    expect(scheduledRowProblem({ ...row, targetId: "" })).toMatch(/^targetId: /);
  });
});

describe("computations skip the one they cannot do, report it, and go on", () => {
  const window = { from: new Date("2026-12-15T10:00:00Z"), to: new Date("2026-12-15T10:30:00Z") };
  const good = event({ id: "god", reminderLeadTimes: ["PT1H"], start: "2026-12-15T12:15", end: undefined });

  it("expandAll leaves out an event that throws and reports it as found in use", () => {
    const log = reports();
    const found = expandAll(
      [event({ id: "d", start: "0202-12-15T12:00", end: undefined }), good],
      window.from,
      new Date("2026-12-16T00:00:00Z"),
      log,
    );
    expect(found.map((o) => o.eventId)).toEqual(["god"]);
    expect(log.rows).toEqual([{ table: "events", id: "d", reason: expect.stringMatching(/RangeError/), found: "use" }]);
  });

  it("dueReminders skips a conversation whose settings it cannot use; the other still gets its reminder", () => {
    const log = reports();
    const target = (id: string): ConversationTarget => ({
      id,
      conversationId: id,
      serviceUrl: "http://127.0.0.1:9/",
      tenantId: "t",
      botId: "b",
      conversationType: "personal",
      reference: { bot: { id: "b" }, conversation: { id }, channelId: "msteams", serviceUrl: "http://127.0.0.1:9/" },
      installedAt: "",
      status: "active",
    });
    const subs: Subscription[] = [
      { targetId: "bad", kinds: [], createdAt: "", createdBy: "", leadTimes: { meeting: ["P3000000D"] } },
      { targetId: "good", kinds: [], createdAt: "", createdBy: "" },
    ];
    const planned = dueReminders(
      [good, event({ id: "x", start: "1000-01-01T00:30", end: undefined })],
      subs,
      [target("bad"), target("good")],
      window,
      { badRows: log },
    );
    expect(planned.map((p) => [p.eventId, p.target.id])).toEqual([["god", "good"]]);
    expect(log.rows.map((r) => [r.table, r.id])).toEqual([
      ["Subscriptions", "bad"],
      ["events", "x"],
    ]);
  });
});
