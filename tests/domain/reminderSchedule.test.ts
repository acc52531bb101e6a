import { describe, expect, it } from "vitest";
import type { ConversationTarget, Subscription } from "../../src/domain/conversations.js";
import type { AlrekEvent, EventKind, Occurrence } from "../../src/domain/events.js";
import { expandOccurrences } from "../../src/domain/occurrences.js";
import {
  DEFAULT_LEAD_TIMES,
  dueReminders,
  isLongLeadTime,
  isMissed,
  parseLeadTime,
  remindersFor,
} from "../../src/domain/reminderSchedule.js";

function event(over: Partial<AlrekEvent> & { start: string }): AlrekEvent {
  return {
    id: "e1",
    kind: "meeting",
    title: "Husrådet",
    timeZone: "Europe/Oslo",
    exceptions: [],
    cancelled: false,
    ...over,
  };
}

function occurrence(ev: AlrekEvent): Occurrence {
  const [o] = expandOccurrences(ev, new Date("2000-01-01T00:00:00Z"), new Date("2100-01-01T00:00:00Z"));
  if (!o) throw new Error("no occurrence");
  return o;
}

const dues = (ev: AlrekEvent) => remindersFor(occurrence(ev)).map((r) => [r.leadTime, r.dueAt.toISOString()]);

function target(id: string, status: ConversationTarget["status"] = "active"): ConversationTarget {
  return {
    id,
    conversationId: `19:${id}@thread.tacv2`,
    serviceUrl: "http://x",
    tenantId: "t",
    botId: "b",
    conversationType: "channel",
    reference: { bot: { id: "b" }, conversation: { id: id }, channelId: "msteams", serviceUrl: "http://x" },
    installedAt: "2026-01-01T00:00:00Z",
    status,
  };
}
const sub = (targetId: string, kinds: EventKind[] = []): Subscription => ({
  targetId,
  kinds,
  createdAt: "2026-01-01T00:00:00Z",
  createdBy: "u",
});

describe("lead time notation", () => {
  it.each([
    ["P7D", "duration", true],
    ["P1D", "duration", true],
    ["PT1H", "duration", false],
    ["PT24H", "duration", true],
    ["D-1@09:00", "dayRule", true],
    ["D0@08:30", "dayRule", false],
  ])("%s is a %s (long: %s)", (text, kind, long) => {
    const lead = parseLeadTime(text)!;
    expect(lead.kind).toBe(kind);
    expect(isLongLeadTime(lead)).toBe(long);
  });

  it.each(["", "D1@09:00", "D-1@24:00", "D-1@9:00", "P1Y", "tomorrow"])("rejects %j", (text) => {
    expect(parseLeadTime(text)).toBeUndefined();
  });

  it("has the agreed defaults", () => {
    expect(DEFAULT_LEAD_TIMES).toEqual({
      meeting: ["D-1@09:00", "PT1H"],
      workshop: ["D-1@09:00", "PT1H"],
      conference: ["P7D", "P1D"],
      deadline: ["P7D", "P1D"],
      presentation: ["D0@08:30"],
    });
  });
});

describe("remindersFor", () => {
  it("meeting: the day before at 09:00 and one hour before", () => {
    expect(dues(event({ start: "2026-12-10T13:00" }))).toEqual([
      ["D-1@09:00", "2026-12-09T08:00:00.000Z"],
      ["PT1H", "2026-12-10T11:00:00.000Z"],
    ]);
  });

  it.each([
    // Monday after spring-forward: Sunday 09:00 is already summer time (UTC+2).
    ["2026-03-30T10:00", "2026-03-29T07:00:00.000Z"],
    // Sunday of spring-forward: Saturday 09:00 is still winter time (UTC+1).
    ["2026-03-29T10:00", "2026-03-28T08:00:00.000Z"],
    // Monday after fall-back: Sunday 09:00 is winter time again.
    ["2026-10-26T10:00", "2026-10-25T08:00:00.000Z"],
    // Sunday of fall-back: Saturday 09:00 is still summer time.
    ["2026-10-25T10:00", "2026-10-24T07:00:00.000Z"],
  ])("DST: meeting at %s is reminded the day before at 09:00 local (%s)", (start, expected) => {
    const r = remindersFor(occurrence(event({ start })));
    expect(r[0]).toEqual({ leadTime: "D-1@09:00", dueAt: new Date(expected) });
  });

  it("P1D across spring-forward keeps the wall-clock time (23 real hours)", () => {
    const ev = event({ kind: "conference", start: "2026-03-30T09:00" });
    expect(dues(ev)).toEqual([
      ["P7D", "2026-03-23T08:00:00.000Z"],
      ["P1D", "2026-03-29T07:00:00.000Z"],
    ]);
  });

  it("presentation: the same morning at 08:30, dropped when the talk starts earlier", () => {
    expect(dues(event({ kind: "presentation", start: "2026-11-27T12:00" }))).toEqual([
      ["D0@08:30", "2026-11-27T07:30:00.000Z"],
    ]);
    expect(dues(event({ kind: "presentation", start: "2026-11-27T08:00" }))).toEqual([]);
  });

  it.each([
    // Evening → 07:30 the next morning.
    ["2026-12-10T23:59", "P1D", "2026-12-10T06:30:00.000Z"],
    // After midnight → 07:30 the same morning.
    ["2026-12-10T06:00", "P1D", "2026-12-09T06:30:00.000Z"],
    ["2026-12-17T20:00", "P7D", "2026-12-11T06:30:00.000Z"],
    // 07:00 exactly is outside quiet hours.
    ["2026-12-10T07:00", "P1D", "2026-12-09T06:00:00.000Z"],
    // Short lead times ignore quiet hours.
    ["2026-12-10T23:00", "PT1H", "2026-12-10T21:00:00.000Z"],
    // 07:30 would be after the 07:00 start: keep the original 23:00 the evening before.
    ["2026-12-10T07:00", "D-1@23:00", "2026-12-09T22:00:00.000Z"],
  ])("quiet hours: start %s, lead %s → %s", (start, lead, expected) => {
    expect(dues(event({ kind: "deadline", start, reminderLeadTimes: [lead] }))).toEqual([[lead, expected]]);
  });

  it("the event's own lead times replace the defaults; an empty list means none", () => {
    expect(dues(event({ start: "2026-12-10T13:00", reminderLeadTimes: ["P2D", "PT30M", "bogus"] }))).toEqual([
      ["P2D", "2026-12-08T12:00:00.000Z"],
      ["PT30M", "2026-12-10T11:30:00.000Z"],
    ]);
    expect(dues(event({ start: "2026-12-10T13:00", reminderLeadTimes: [] }))).toEqual([]);
  });
});

describe("dueReminders", () => {
  const weekly = event({ id: "w", start: "2026-12-03T13:00", recurrence: "FREQ=WEEKLY;COUNT=4" });
  const targets = [target("a"), target("b"), target("gone", "removed")];
  const subs = [sub("a"), sub("b", ["conference"]), sub("gone")];
  const window = { from: new Date("2026-12-01T00:00:00Z"), to: new Date("2026-12-31T00:00:00Z") };

  it("plans every reminder for subscribed, active targets that want the kind", () => {
    const planned = dueReminders([weekly], subs, targets, window);
    expect(planned).toHaveLength(8);
    expect(new Set(planned.map((p) => p.target.id))).toEqual(new Set(["a"]));
    expect(planned[0]).toMatchObject({
      eventId: "w",
      occurrenceKey: "2026-12-03T13:00",
      leadTime: "D-1@09:00",
      id: "w|2026-12-03T13:00|D-1@09:00|a",
    });
    expect(planned.map((p) => p.dueAt.getTime())).toEqual(
      [...planned.map((p) => p.dueAt.getTime())].sort((x, y) => x - y),
    );
  });

  it("window is (from, to]", () => {
    const at = new Date("2026-12-02T08:00:00Z");
    expect(dueReminders([weekly], subs, targets, { from: new Date(at.getTime() - 1), to: at })).toHaveLength(1);
    expect(dueReminders([weekly], subs, targets, { from: at, to: new Date(at.getTime() + 1000) })).toHaveLength(0);
  });

  it("cancelled occurrences send nothing; moved ones are reminded at the new time", () => {
    const ev = {
      ...weekly,
      exceptions: [
        { originalStart: "2026-12-10T13:00", cancelled: true },
        { originalStart: "2026-12-17T13:00", newStart: "2026-12-18T10:00", newEnd: "2026-12-18T11:00" },
      ],
    };
    const planned = dueReminders([ev], subs, targets, window);
    const keys = planned.map((p) => `${p.occurrenceKey} ${p.leadTime} ${p.dueAt.toISOString()}`);
    expect(keys).not.toContain(expect.stringContaining("2026-12-10T13:00"));
    expect(keys).toContain("2026-12-17T13:00 D-1@09:00 2026-12-17T08:00:00.000Z");
    expect(keys).toContain("2026-12-17T13:00 PT1H 2026-12-18T08:00:00.000Z");
    expect(planned).toHaveLength(6);
  });

  it("a cancelled event sends nothing", () => {
    expect(dueReminders([{ ...weekly, cancelled: true }], subs, targets, window)).toEqual([]);
  });

  it("kind filter: a conference subscription gets the P7D reminder of a conference", () => {
    const conf = event({ id: "c", kind: "conference", start: "2026-12-20T09:00" });
    const planned = dueReminders([conf], subs, targets, window);
    expect(planned.map((p) => `${p.target.id} ${p.leadTime}`).sort()).toEqual(["a P1D", "a P7D", "b P1D", "b P7D"]);
  });
});

describe("isMissed", () => {
  const due = new Date("2026-12-09T08:00:00Z");
  const start = new Date("2026-12-10T12:00:00Z");
  it.each([
    ["on time", "2026-12-09T08:00:00Z", false],
    ["6 h late", "2026-12-09T14:00:00Z", false],
    ["6 h and 1 ms late", "2026-12-09T14:00:00.001Z", true],
    ["after the start", "2026-12-10T12:00:00Z", true],
  ])("%s", (_label, now, missed) => {
    expect(isMissed(due, start, new Date(now))).toBe(missed);
  });
});
