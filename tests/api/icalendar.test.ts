import { describe, expect, it } from "vitest";
import {
  buildCalendar,
  escapeText,
  eventToVevents,
  foldLine,
  occurrenceToVevent,
  rruleBody,
} from "../../src/api/icalendar.js";
import type { AlrekEvent } from "../../src/domain/events.js";

const stamp = new Date("2026-11-22T08:00:00Z");
const opts = { uidDomain: "alrek.example", stamp };
const fredag: AlrekEvent = {
  id: "fredag",
  kind: "presentation",
  title: "Fredagspresentasjoner",
  start: "2024-01-05T12:00",
  end: "2024-01-05T13:00",
  timeZone: "Europe/Oslo",
  recurrence: "FREQ=MONTHLY;BYDAY=1FR",
  place: "Kantinen, Årstadveien 17",
  exceptions: [
    { originalStart: "2026-12-04T12:00", cancelled: true },
    { originalStart: "2027-01-01T12:00", newStart: "2027-01-08T12:00" },
  ],
  cancelled: false,
};

describe("escapeText", () => {
  it.each([
    ["a,b", "a\\,b"],
    ["a;b", "a\\;b"],
    ["a\\b", "a\\\\b"],
    ["a\nb", "a\\nb"],
    ["a\r\nb", "a\\nb"],
    ["a\u0000b", "ab"],
    ["a\u001b[31mb", "a[31mb"],
    ["a\u007f\u0085b", "ab"],
    ["a\tb", "a b"],
  ])("escapes %j", (input, expected) => expect(escapeText(input)).toBe(expected));
});

describe("foldLine", () => {
  it("keeps every physical line within 75 octets and never splits a character", () => {
    const line = "DESCRIPTION:" + "ææøøåå".repeat(30);
    const folded = foldLine(line);
    const physical = folded.split("\r\n");
    expect(physical.length).toBeGreaterThan(1);
    for (const p of physical) expect(Buffer.byteLength(p, "utf8")).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((p) => p.startsWith(" "))).toBe(true);
    expect(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(line);
  });

  it("leaves short lines alone", () => expect(foldLine("SUMMARY:x")).toBe("SUMMARY:x"));
});

describe("eventToVevents", () => {
  it("writes the master with TZID, RRULE and EXDATE, and a RECURRENCE-ID event for a moved occurrence", () => {
    const text = eventToVevents(fredag, opts).join("\n");
    expect(text).toContain("DTSTART;TZID=Europe/Oslo:20240105T120000");
    expect(text).toContain("DTEND;TZID=Europe/Oslo:20240105T130000");
    expect(text).toContain("RRULE:FREQ=MONTHLY;BYDAY=1FR");
    expect(text).toContain("EXDATE;TZID=Europe/Oslo:20261204T120000");
    expect(text).toContain("RECURRENCE-ID;TZID=Europe/Oslo:20270101T120000");
    expect(text).toContain("DTSTART;TZID=Europe/Oslo:20270108T120000");
    expect(text).toContain("DTEND;TZID=Europe/Oslo:20270108T130000");
    expect(text).toContain("LOCATION:Kantinen\\, Årstadveien 17");
    // The master, the moved 1 January, and the marked holiday Fridays 3 April and 1 May 2026.
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(text.match(/UID:fredag@alrek.example/g)).toHaveLength(4);
    expect(text).toContain("RECURRENCE-ID;TZID=Europe/Oslo:20260403T120000");
  });

  it("writes nothing for an undated event", () => {
    expect(eventToVevents({ ...fredag, start: undefined, end: undefined }, opts)).toEqual([]);
  });

  it("marks a cancelled one-off event CANCELLED", () => {
    const text = eventToVevents({ ...fredag, recurrence: undefined, exceptions: [], cancelled: true }, opts).join("\n");
    expect(text).toContain("STATUS:CANCELLED");
    expect(text).not.toContain("RRULE");
  });
});

describe("occurrenceToVevent", () => {
  it("writes one occurrence at its moved time without RRULE", () => {
    const text = occurrenceToVevent(fredag, "2027-01-01T12:00", opts).join("\n");
    expect(text).toContain("DTSTART;TZID=Europe/Oslo:20270108T120000");
    expect(text).not.toContain("RRULE");
    expect(text).toContain("UID:fredag-20270101T120000@alrek.example");
  });
});

describe("buildCalendar", () => {
  it("is a CRLF VCALENDAR with the Oslo VTIMEZONE before the events", () => {
    const ics = buildCalendar(eventToVevents(fredag, opts), { name: "Alrek" });
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(ics.indexOf("BEGIN:VTIMEZONE")).toBeLessThan(ics.indexOf("BEGIN:VEVENT"));
    expect(ics).toContain("TZID:Europe/Oslo");
    expect(ics).toContain("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
  });
});

describe("rows stored before the current rules", () => {
  it.each(["RRULE:FREQ=MONTHLY;BYDAY=1FR", "RRULE:RRULE:FREQ=MONTHLY;BYDAY=1FR", "FREQ=MONTHLY;BYDAY=1FR\r\nX-EVIL:1"])(
    "export the rule %j as one RRULE line",
    (recurrence) => {
      const text = eventToVevents({ ...fredag, recurrence }, opts).join("\n");
      expect(text).toMatch(/\nRRULE:FREQ=MONTHLY;BYDAY=1FR(X-EVIL:1)?\n/);
      expect(text).not.toContain("RRULE:RRULE");
      expect(text).not.toMatch(/^X-EVIL/m);
    },
  );

  it("drops control characters from every text field, the UID and the URL", () => {
    const event = {
      ...fredag,
      id: "fre\u0000dag",
      title: "Tittel\u0000",
      place: "Sted\u0007",
      organiser: "Karen\u001b",
      link: "https://alrek.no/\u0000x",
    };
    const ics = buildCalendar(eventToVevents(event, opts), { name: "Alrek\u0000" });
    expect(ics).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
    expect(ics).toContain("SUMMARY:Tittel\r\n");
    expect(ics).toContain("URL:https://alrek.no/x\r\n");
  });

  it("export an event stored in another zone at its Oslo time, not its local time under TZID=Europe/Oslo", () => {
    const newYork: AlrekEvent = {
      ...fredag,
      recurrence: undefined,
      exceptions: [],
      timeZone: "America/New_York",
      start: "2026-12-10T10:00",
      end: "2026-12-10T11:00",
    };
    const text = eventToVevents(newYork, opts).join("\n");
    expect(text).toContain("DTSTART;TZID=Europe/Oslo:20261210T160000");
    expect(text).toContain("DTEND;TZID=Europe/Oslo:20261210T170000");
    const one = occurrenceToVevent(newYork, "2026-12-10T10:00", opts).join("\n");
    expect(one).toContain("DTSTART;TZID=Europe/Oslo:20261210T160000");
  });

  it.each([
    ["RRULE:FREQ=WEEKLY", "FREQ=WEEKLY"],
    ["FREQ=WEEKLY;UNTIL=20261231T230000Z", "FREQ=WEEKLY;UNTIL=20261231T230000Z"],
    ["FREQ=WEEKLY\n", "FREQ=WEEKLY"],
  ])("rruleBody(%j) = %j", (input, expected) => expect(rruleBody(input)).toBe(expected));
});

describe("dates without a time and public holidays", () => {
  const dateOnly: AlrekEvent = {
    id: "fp",
    kind: "presentation",
    title: "Fredagspresentasjoner",
    start: "2024-01-05T00:00",
    timeSet: false,
    timeZone: "Europe/Oslo",
    recurrence: "FREQ=MONTHLY;BYDAY=1FR",
    exceptions: [{ originalStart: "2026-12-04T00:00", cancelled: true }],
    cancelled: false,
    editorNote: "Klokkeslett er ikke oppgitt; koordinator bør sette riktig tid.",
  };
  const text = eventToVevents(dateOnly, opts).join("\n");

  it.each([
    ["DTSTART;VALUE=DATE:20240105"],
    ["EXDATE;VALUE=DATE:20261204"],
    ["RECURRENCE-ID;VALUE=DATE:20270101"],
    ["SUMMARY:Fredagspresentasjoner (faller på 1. nyttårsdag)"],
    ["X-ALREK-HOLIDAY:newYear"],
    ["CATEGORIES:Helligdag"],
    ["STATUS:TENTATIVE"],
    ["DESCRIPTION:Faller på 1. nyttårsdag\\; ikke bekreftet at det blir noe av."],
  ])("the feed has %s", (line) => expect(text).toContain(line));

  it("has no clock time, no DTEND and no editor note", () => {
    expect(text).not.toMatch(/DTSTART;TZID|DTEND|T000000|koordinator/);
  });

  it.each([
    ["2027-01-01T00:00", "newYear"],
    ["2026-04-03T00:00", "goodFriday"],
    ["2026-05-01T00:00", "labourDay"],
  ])("the occurrence %s alone is marked %s, as a date", (key, holiday) => {
    const one = occurrenceToVevent(dateOnly, key, opts).join("\n");
    expect(one).toContain(`DTSTART;VALUE=DATE:${key.slice(0, 10).replace(/-/g, "")}`);
    expect(one).toContain(`X-ALREK-HOLIDAY:${holiday}`);
  });

  it("a confirmed holiday date is CONFIRMED, still marked", () => {
    const confirmed = { ...dateOnly, exceptions: [{ originalStart: "2027-01-01T00:00", confirmed: true }] };
    const one = occurrenceToVevent(confirmed, "2027-01-01T00:00", opts).join("\n");
    expect(one).toContain("STATUS:CONFIRMED");
    expect(one).toContain("X-ALREK-HOLIDAY:newYear");
  });

  it("a timed event on a holiday keeps its time and is marked", () => {
    const one = eventToVevents(
      { ...dateOnly, id: "m", recurrence: undefined, start: "2026-05-17T10:00", timeSet: undefined, exceptions: [] },
      opts,
    ).join("\n");
    expect(one).toContain("DTSTART;TZID=Europe/Oslo:20260517T100000");
    expect(one).toContain("X-ALREK-HOLIDAY:constitutionDay");
  });
});
