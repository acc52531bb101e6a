import { describe, expect, it } from "vitest";
import {
  BookingDecisionAction,
  BookingIdAction,
  MuteKindAction,
  parseInput,
  ReminderSettingsAction,
  RsvpAction,
  SnoozeAction,
} from "../../src/contract/index.js";
import { fieldsFor } from "./issues.js";

const BIG = "x".repeat(100_000);

describe("the settings card's inputs", () => {
  it.each([
    [
      "kinds and lead times",
      { kinds: "meeting,deadline", lead_meeting: "P1D, PT30M", digest: "also" },
      { kinds: ["meeting", "deadline"], leadTimes: { meeting: ["P1D", "PT30M"] }, digest: "also" },
    ],
    [
      "every kind is stored as all",
      { kinds: "meeting,conference,presentation,workshop,deadline", digest: "off" },
      { kinds: [], leadTimes: {}, digest: undefined },
    ],
    [
      "unknown kinds are dropped",
      { kinds: "meeting,<script>", digest: "only", lead_workshop: "D-1@09:00" },
      { kinds: ["meeting"], leadTimes: { workshop: ["D-1@09:00"] }, digest: "only" },
    ],
    [
      "the longest lead time offered",
      { kinds: "conference", lead_conference: "P90D, D-90@09:00" },
      { kinds: ["conference"], leadTimes: { conference: ["P90D", "D-90@09:00"] }, digest: undefined },
    ],
    ["the card's button data rides along", { lang: "nb", kinds: "" }, { kinds: [], leadTimes: {}, digest: undefined }],
  ])("reads %s", (_name, data, expected) => {
    expect(parseInput(ReminderSettingsAction, data)).toEqual(expected);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["a lead time that is not one", { lead_meeting: "P1D, tomorrow" }, "lead_meeting[1]"],
    ["3,000,000 days before (every tick failed)", { lead_meeting: "P3000000D" }, "lead_meeting[0]"],
    ["91 days before", { lead_conference: "PT1H, P91D" }, "lead_conference[1]"],
    ["a day rule 999 days before", { lead_workshop: "D-999@09:00" }, "lead_workshop[0]"],
    ["a zero lead time", { lead_deadline: "PT0M" }, "lead_deadline[0]"],
    ["100 KB in one field", { lead_meeting: BIG }, "lead_meeting[0]"],
    ["too many lead times", { lead_meeting: "PT1H,PT2H,PT3H,PT4H,PT5H,PT6H" }, "lead_meeting"],
  ])("refuses %s", (_name, data, field) => {
    expect(fieldsFor(ReminderSettingsAction, { kinds: "meeting", ...data })).toEqual([field]);
  });
});

describe("the reminder cards' buttons", () => {
  const snooze = {
    eventId: "alrekforum-3f9a1c",
    occurrenceKey: "2026-12-10T10:00",
    source: "alrekforum-3f9a1c|2026-12-10T10:00|PT1H|abc",
    until: "1h",
  };

  it("reads what the card sends", () => {
    expect(parseInput(SnoozeAction, { ...snooze, lang: "nb" })).toEqual(snooze);
    expect(parseInput(RsvpAction, { ...snooze, answer: "yes" })).toEqual({
      eventId: snooze.eventId,
      occurrenceKey: snooze.occurrenceKey,
    });
    expect(parseInput(MuteKindAction, { kind: "meeting", lang: "nn" })).toEqual({ kind: "meeting" });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["a 100 KB event id", { eventId: BIG }, "eventId"],
    ["an event id with a slash", { eventId: "a/b" }, "eventId"],
    ["a made-up occurrence key", { occurrenceKey: "tomorrow" }, "occurrenceKey"],
    ["a 100 KB occurrence key", { occurrenceKey: BIG }, "occurrenceKey"],
    ["a 100 KB source", { source: BIG }, "source"],
    ["a source with control characters", { source: "a\u0000b" }, "source"],
    ["no source", { source: undefined }, "source"],
    ["an unknown snooze time", { until: "forever" }, "until"],
  ])("a snooze with %s is refused", (_label, over, field) => {
    expect(fieldsFor(SnoozeAction, { ...snooze, ...over })).toEqual([field]);
  });

  it.each<[Record<string, unknown>, string]>([
    [{ eventId: BIG, occurrenceKey: "2026-12-10T10:00" }, "eventId"],
    [{ eventId: "x", occurrenceKey: "2026-12-10T10:00:00" }, "occurrenceKey"],
  ])("an RSVP with %j is refused", (data, field) => {
    expect(fieldsFor(RsvpAction, data)).toEqual([field]);
  });

  it("muting a kind that does not exist is refused", () => {
    expect(fieldsFor(MuteKindAction, { kind: "party" })).toEqual(["kind"]);
  });
});

describe("the Borgertun cards' buttons", () => {
  it.each<[Record<string, unknown>, string[]]>([
    [{ bookingId: "20270114-0a1b2c3d", lang: "nb", reason: "ignored input" }, []],
    [{ bookingId: BIG }, ["bookingId"]],
    [{ bookingId: "" }, ["bookingId"]],
    [{ bookingId: 42 }, ["bookingId"]],
    [{}, ["bookingId"]],
  ])("cancel/accept %#", (data, fields) => {
    expect(fieldsFor(BookingIdAction, data)).toEqual(fields);
  });

  it.each<[Record<string, unknown>, string[]]>([
    [{ decision: "approve", bookingId: "b-1" }, []],
    [{ decision: "decline", bookingId: "b-1", reason: "Opptatt" }, []],
    [{ decision: "propose", bookingId: "b-1", date: "2027-01-14", from: "10:00", to: "12:00" }, []],
    [{ decision: "approve", bookingId: BIG }, ["bookingId"]],
    [{ decision: "propose", bookingId: "b-1", date: "9999-12-31", from: "10:00", to: "12:00" }, ["date"]],
    [{ decision: "propose", bookingId: "b-1", date: "2027-01-14", from: "22:00", to: "24:00" }, ["to"]],
    [{ decision: "party", bookingId: "b-1" }, ["decision"]],
  ])("a decision %j", (data, fields) => {
    expect(fieldsFor(BookingDecisionAction, data)).toEqual(fields);
  });
});
