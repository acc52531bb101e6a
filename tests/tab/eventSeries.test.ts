import { describe, expect, it } from "vitest";
import type { AlrekEvent, OccurrenceDto, WithEtag } from "../../src/tab/apiTypes.js";
import { buildUpcoming, describeRecurrence, osloLocalToInstant } from "../../src/tab/eventSeries.js";

describe("osloLocalToInstant", () => {
  it.each([
    ["2026-12-04T12:00", "2026-12-04T11:00:00.000Z"],
    ["2026-07-03T12:00", "2026-07-03T10:00:00.000Z"],
    // Either side of the spring and autumn changes.
    ["2026-03-29T01:30", "2026-03-29T00:30:00.000Z"],
    ["2026-03-29T03:30", "2026-03-29T01:30:00.000Z"],
    ["2026-10-25T04:00", "2026-10-25T03:00:00.000Z"],
  ])("%s in Oslo is %s", (local, iso) => {
    expect(osloLocalToInstant(local).toISOString()).toBe(iso);
  });
});

describe("describeRecurrence", () => {
  it.each([
    ["FREQ=MONTHLY;BYDAY=1FR", "nb", "første fredag i måneden"],
    ["FREQ=MONTHLY;BYDAY=-1MO", "nb", "siste mandag i måneden"],
    ["FREQ=MONTHLY;BYDAY=2TU", "en", "second Tuesday of the month"],
    ["FREQ=WEEKLY;BYDAY=MO", "nb", "hver mandag"],
    ["FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", "nb", "annenhver onsdag"],
    ["FREQ=WEEKLY;BYDAY=MO,TH", "en", "every Monday and Thursday"],
    ["FREQ=MONTHLY;BYMONTHDAY=15", "nb", "den 15. i måneden"],
    ["FREQ=YEARLY", "nb", "hvert år"],
    ["FREQ=DAILY;INTERVAL=2", "en", "every other day"],
    ["FREQ=MONTHLY", "nb", "hver måned"],
    ["FREQ=MONTHLY;BYDAY=1FR;BYSETPOS=1", "nb", undefined],
    ["FREQ=WEEKLY;INTERVAL=3", "nb", undefined],
    [undefined, "nb", undefined],
  ] as const)("%s (%s) → %s", (rule, lang, words) => {
    expect(describeRecurrence(rule, lang)).toBe(words);
  });
});

describe("buildUpcoming", () => {
  const series: WithEtag<AlrekEvent> = {
    id: "fredag",
    kind: "presentation",
    title: "Fredagspresentasjon",
    start: "2026-01-02T12:00",
    end: "2026-01-02T13:00",
    timeZone: "Europe/Oslo",
    recurrence: "FREQ=MONTHLY;BYDAY=1FR",
    exceptions: [
      { originalStart: "2026-12-04T12:00", cancelled: true },
      { originalStart: "2026-06-05T12:00", cancelled: true },
    ],
    cancelled: false,
    etag: "e1",
  };
  const oneOff: WithEtag<AlrekEvent> = {
    id: "forum",
    kind: "meeting",
    title: "Forum",
    start: "2026-12-10T10:00",
    timeZone: "Europe/Oslo",
    exceptions: [],
    cancelled: true,
    etag: "e2",
  };
  const occ = (eventId: string, key: string, start: string): OccurrenceDto => ({
    eventId,
    key,
    start,
    moved: false,
    title: eventId,
    kind: "meeting",
    reminders: [],
  });
  const window = { from: new Date("2026-11-29T00:00:00Z"), to: new Date("2027-05-29T00:00:00Z") };
  const events = new Map([
    [series.id, series],
    [oneOff.id, oneOff],
  ]);

  it("puts a series' dates under it, a cancelled date rebuilt in place, a cancelled one-off kept, dates outside the window left out", () => {
    const model = buildUpcoming([occ("fredag", "2027-01-01T12:00", "2027-01-01T11:00:00.000Z")], events, window);
    expect(model.series).toHaveLength(1);
    expect(model.series[0].occurrences.map((o) => [o.key, o.start, o.end, o.cancelled])).toEqual([
      ["2026-12-04T12:00", "2026-12-04T11:00:00.000Z", "2026-12-04T12:00:00.000Z", true],
      ["2027-01-01T12:00", "2027-01-01T11:00:00.000Z", undefined, false],
    ]);
    expect(model.series[0].next?.key).toBe("2027-01-01T12:00");
    expect(model.singles.map((o) => [o.eventId, o.cancelled])).toEqual([["forum", true]]);
  });

  it("keeps a date seen earlier in the session after its cancellation is undone", () => {
    const seen = occ("fredag", "2026-12-04T12:00", "2026-12-04T11:00:00.000Z");
    const undone = new Map([[series.id, { ...series, exceptions: [] }]]);
    const model = buildUpcoming([], undone, window, [seen]);
    expect(model.series[0].occurrences.map((o) => [o.key, o.cancelled])).toEqual([["2026-12-04T12:00", false]]);
  });

  it("shows a wholly cancelled series, last", () => {
    const model = buildUpcoming(
      [occ("other", "2026-12-01T10:00", "2026-12-01T09:00:00.000Z")],
      new Map([[series.id, { ...series, cancelled: true, exceptions: [] }]]),
      window,
    );
    expect(model.series.map((s) => [s.event.id, s.next])).toEqual([["fredag", undefined]]);
    expect(model.singles.map((o) => o.eventId)).toEqual(["other"]);
  });
});
