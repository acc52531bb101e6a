/**
 * One holiday rule everywhere (domain/holidayRule.ts): for the seeded events at several moments,
 * the bot's "når er neste …", the stage's "Neste hendelser", Kommende's series row, the iCalendar
 * feed and the reminders must skip and mark the same occurrences. Before the rule had one home,
 * the stage and Kommende showed the Fredagspresentasjon on 1 January 2027 (1. nyttårsdag) as next,
 * unmarked, while the bot skipped it and named 5 February.
 */
import { describe, expect, it } from "vitest";
import { eventToVevents } from "../../src/api/icalendar.js";
import type { AlrekEvent } from "../../src/domain/events.js";
import { withNextHeld } from "../../src/domain/holidayRule.js";
import { expandAll } from "../../src/domain/occurrences.js";
import { nextEventAnswer } from "../../src/qa/calendar/answers.js";
import { seedData } from "../../src/seed/index.js";
import { remindersOf, toOccurrenceDto } from "../../src/services/occurrenceDto.js";
import { buildUpcoming } from "../../src/tab/eventSeries.js";
import { nextEvents } from "../../src/tab/nextEvents.js";

const FRIDAYS = "fredagspresentasjoner";
const DAY = 86_400_000;
const confirmedNewYear = (e: AlrekEvent): AlrekEvent =>
  e.id === FRIDAYS
    ? { ...e, exceptions: [...e.exceptions, { originalStart: "2027-01-01T00:00", confirmed: true }] }
    : e;

/** What each place says: the next date (Oslo day) and the dates passed over. */
interface Said {
  next?: string;
  skipped: string[];
  /** The next date is marked as a holiday (confirmed). */
  nextMarked: boolean;
}

const day = (iso: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", dateStyle: "short" }).format(new Date(iso));

function bot(events: AlrekEvent[], now: Date): Said {
  const a = nextEventAnswer([FRIDAYS], { directory: seedData.directory, events, now }, "nb")!;
  const n = a.events[0];
  return {
    next: n.next && day(n.next.start),
    skipped: (n.skipped ?? []).map((o) => day(o.start)),
    nextMarked: Boolean(n.next?.holiday),
  };
}

/** The dashboard's upcoming list (dashboardService) through the stage's "Neste hendelser". */
function stage(events: AlrekEvent[], now: Date): Said {
  const dtos = withNextHeld(expandAll(events, now, new Date(now.getTime() + 400 * DAY)), 10).map((o) =>
    toOccurrenceDto(o, remindersOf),
  );
  const found = nextEvents(dtos, 8).find((x) => x.next.eventId === FRIDAYS);
  return {
    next: found && day(found.next.start),
    skipped: (found?.skipped ?? []).map((o) => day(o.start)),
    nextMarked: Boolean(found?.next.holiday),
  };
}

/** GET /api/events for six months through Kommende's series row. */
function upcoming(events: AlrekEvent[], now: Date): Said {
  const to = new Date(now.getTime() + 183 * DAY);
  const dtos = expandAll(events, now, to).map((o) => toOccurrenceDto(o, remindersOf));
  const model = buildUpcoming(dtos, new Map(events.map((e) => [e.id, { ...e, etag: "e" }])), { from: now, to });
  const s = model.series.find((x) => x.event.id === FRIDAYS)!;
  return {
    next: s.next && day(s.next.start),
    skipped: (s.skipped ?? []).map((o) => day(o.start)),
    nextMarked: Boolean(s.next?.holiday),
  };
}

/** The feed: each holiday date of the series as its own VEVENT, TENTATIVE until confirmed. */
function feed(events: AlrekEvent[], now: Date): Map<string, string> {
  const lines = eventToVevents(
    events.find((e) => e.id === FRIDAYS)!,
    { uidDomain: "x", stamp: now },
  );
  const out = new Map<string, string>();
  let block: string[] = [];
  for (const line of lines) {
    block.push(line);
    if (line !== "END:VEVENT") continue;
    const id = block.find((l) => l.startsWith("RECURRENCE-ID"));
    if (id && block.some((l) => l.startsWith("X-ALREK-HOLIDAY:"))) {
      const d = id.slice(id.lastIndexOf(":") + 1);
      out.set(
        `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`,
        block.find((l) => l.startsWith("STATUS:"))!,
      );
    }
    block = [];
  }
  return out;
}

/** Reminders: none for a date awaiting confirmation, some for the next held one. */
function reminded(events: AlrekEvent[], now: Date): Map<string, boolean> {
  return new Map(
    expandAll(events, now, new Date(now.getTime() + 400 * DAY))
      .filter((o) => o.eventId === FRIDAYS)
      .map((o) => [day(o.start.toISOString()), remindersOf(o).length > 0]),
  );
}

describe("one holiday rule: the bot, the stage, Kommende, the feed and the reminders agree", () => {
  it.each([
    [
      "1 January 2027 (1. nyttårsdag), not confirmed",
      seedData.events,
      "2026-12-06T09:00:00Z",
      "2027-02-05",
      ["2027-01-01"],
      false,
    ],
    [
      "1 May 2026 (arbeidernes dag), not confirmed",
      seedData.events,
      "2026-04-10T09:00:00Z",
      "2026-06-05",
      ["2026-05-01"],
      false,
    ],
    ["an ordinary first Friday", seedData.events, "2027-02-10T09:00:00Z", "2027-03-05", [], false],
    [
      "1 January 2027 confirmed by an editor",
      seedData.events.map(confirmedNewYear),
      "2026-12-06T09:00:00Z",
      "2027-01-01",
      [],
      true,
    ],
  ] as const)("%s", (_name, events, nowIso, next, skipped, marked) => {
    const now = new Date(nowIso);
    const list = [...events];
    const expected: Said = { next, skipped: [...skipped], nextMarked: marked };
    expect(bot(list, now)).toEqual(expected);
    expect(stage(list, now)).toEqual(expected);
    expect(upcoming(list, now)).toEqual(expected);
    const vevents = feed(list, now);
    for (const d of skipped) expect(vevents.get(d)).toBe("STATUS:TENTATIVE");
    if (marked) expect(vevents.get(next)).toBe("STATUS:CONFIRMED");
    const reminders = reminded(list, now);
    for (const d of skipped) expect(reminders.get(d)).toBe(false);
    expect(reminders.get(next)).toBe(true);
  });
});
