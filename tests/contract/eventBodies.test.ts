import { describe, expect, it } from "vitest";
import { EventCancelBody, EventCreateBody, EventPatchBody, parseInput } from "../../src/contract/index.js";
import { fieldsFor, issuesFor } from "./issues.js";

/** What the tab's form sends for a new series (src/tab/eventForm.ts toEventInput). */
const valid = {
  kind: "presentation",
  title: "Fredagspresentasjoner",
  titleEn: "Friday presentations",
  start: "2026-12-04T12:00",
  end: "2026-12-04T13:00",
  timeZone: "Europe/Oslo",
  recurrence: "FREQ=MONTHLY;BYDAY=1FR",
  place: "Kantinen, Årstadveien 17",
  organiser: "Husrådet",
  groupId: "husradet",
  description: "Alle er invitert.\nTa med lunsj.",
  link: "https://www.alrek.no/",
  exceptions: [{ originalStart: "2027-01-01T12:00", cancelled: true }],
  reminderLeadTimes: ["P7D", "PT1H", "D-1@09:00"],
  cancelled: false,
};

describe("POST /api/events body", () => {
  it("accepts what the tab sends, unchanged", () => {
    expect(parseInput(EventCreateBody, valid)).toEqual(valid);
  });

  it.each<[string, Record<string, unknown>]>([
    [
      "the limits",
      { title: "x".repeat(200), description: "y".repeat(4000), reminderLeadTimes: ["P90D", "P12W6D", "D-90@09:00"] },
    ],
    ["limits counted after trimming", { title: ` ${"x".repeat(200)} ` }],
    [
      "null for every optional field",
      {
        titleEn: null,
        start: null,
        end: null,
        recurrence: null,
        place: null,
        link: null,
        exceptions: null,
        reminderLeadTimes: null,
      },
    ],
    ["blank times", { start: "", end: "" }],
    ["fields a client echoes back", { id: "x", etag: 'W/"1"', updatedAt: "2026-01-01T00:00:00Z", updatedBy: "Karen" }],
    ["ten lead times", { reminderLeadTimes: Array.from({ length: 10 }, (_, i) => `PT${i + 1}H`) }],
    ["an empty list of lead times (no reminders)", { reminderLeadTimes: [] }],
  ])("accepts %s", (_label, over) => {
    expect(issuesFor(EventCreateBody, { ...valid, ...over })).toEqual([]);
  });

  it.each<[string, unknown, string[]]>([
    ["a list", [valid], ["body"]],
    ["text", "hei", ["body"]],
    ["no title", { ...valid, title: undefined }, ["title"]],
    ["no kind", { ...valid, kind: undefined }, ["kind"]],
    ["a title that is not text", { ...valid, title: 42 }, ["title"]],
    ["an over-long title", { ...valid, title: "x".repeat(201) }, ["title"]],
    ["a title over two lines", { ...valid, title: "Møte\ni forumet" }, ["title"]],
    ["a control character", { ...valid, place: "Kantinen\u0007" }, ["place"]],
    ["an unknown kind", { ...valid, kind: "party" }, ["kind"]],
    ["an over-long place", { ...valid, place: "x".repeat(201) }, ["place"]],
    ["an over-long organiser", { ...valid, organiser: "x".repeat(201) }, ["organiser"]],
    ["an over-long group id", { ...valid, groupId: "x".repeat(101) }, ["groupId"]],
    ["an over-long description", { ...valid, description: "x".repeat(4001) }, ["description"]],
    ["an over-long link", { ...valid, link: `https://alrek.no/${"x".repeat(2000)}` }, ["link"]],
    ["a recurrence that is not text", { ...valid, recurrence: 5 }, ["recurrence"]],
    ["a recurrence over two lines", { ...valid, recurrence: "FREQ=DAILY\nFREQ=WEEKLY" }, ["recurrence"]],
    ["a start that is not text", { ...valid, start: 20261204 }, ["start"]],
    ["lead times that are not a list", { ...valid, reminderLeadTimes: "P7D" }, ["reminderLeadTimes"]],
    ["a lead time that is not one", { ...valid, reminderLeadTimes: ["P7D", "1 hour"] }, ["reminderLeadTimes[1]"]],
    ["a lead time over 90 days", { ...valid, reminderLeadTimes: ["P91D"] }, ["reminderLeadTimes[0]"]],
    ["a day rule over 90 days", { ...valid, reminderLeadTimes: ["D-91@09:00"] }, ["reminderLeadTimes[0]"]],
    ["a zero lead time", { ...valid, reminderLeadTimes: ["PT0M"] }, ["reminderLeadTimes[0]"]],
    ["a lead time that is a number", { ...valid, reminderLeadTimes: [7] }, ["reminderLeadTimes[0]"]],
    [
      "eleven lead times",
      { ...valid, reminderLeadTimes: Array.from({ length: 11 }, (_, i) => `PT${i + 1}H`) },
      ["reminderLeadTimes"],
    ],
    ["exceptions that are not a list", { ...valid, exceptions: {} }, ["exceptions"]],
    ["an exception without its key", { ...valid, exceptions: [{ cancelled: true }] }, ["exceptions[0].originalStart"]],
    ["an exception that is not an object", { ...valid, exceptions: [null] }, ["exceptions[0]"]],
    ["cancelled as text", { ...valid, cancelled: "yes" }, ["cancelled"]],
    ["two unknown fields", { ...valid, colour: "red", size: 3 }, ["colour", "size"]],
    ["several problems at once", { ...valid, title: 1, kind: "x", link: false }, ["kind", "title", "link"]],
  ])("refuses %s", (_label, body, fields) => {
    expect(fieldsFor(EventCreateBody, body)).toEqual(fields);
  });

  it.each<[Record<string, unknown>, [string, string]]>([
    [{ title: "x".repeat(201) }, ["title", "must be at most 200 characters"]],
    [{ title: 42 }, ["title", "must be text"]],
    [{ title: undefined }, ["title", "is required"]],
    [{ kind: "party" }, ["kind", "must be one of meeting, conference, presentation, workshop, deadline"]],
    [{ place: "a\u0000b" }, ["place", "must not contain control characters"]],
    [{ place: "a\tb" }, ["place", "must be one line"]],
    [{ cancelled: "yes" }, ["cancelled", "must be true or false"]],
    [{ colour: "red" }, ["colour", "is not a known event field"]],
    [{ reminderLeadTimes: "P7D" }, ["reminderLeadTimes", "must be a list"]],
    [
      { reminderLeadTimes: ["P91D"] },
      ["reminderLeadTimes[0]", "must be at most 90 days before the start (P90D or D-90@…)"],
    ],
    [{ recurrence: "FREQ=DAILY\u0000" }, ["recurrence", "must be an RRULE such as FREQ=MONTHLY;BYDAY=1FR"]],
  ])("says why: %j", (over, issue) => {
    expect(issuesFor(EventCreateBody, { ...valid, ...over })).toEqual([issue]);
  });
});

describe("PATCH /api/events/:id body", () => {
  it.each<[string, Record<string, unknown>]>([
    ["nothing", {}],
    ["one field", { place: "Borgertun" }],
    ["null to clear", { link: null, reminderLeadTimes: null }],
    [
      "moved and cancelled occurrences",
      { exceptions: [{ originalStart: "2027-01-01T12:00", newStart: "2027-01-08T12:00" }] },
    ],
  ])("accepts %s", (_label, body) => {
    expect(parseInput(EventPatchBody, body)).toEqual(body);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["clearing the title", { title: null }, ["title"]],
    ["clearing the kind", { kind: null }, ["kind"]],
    ["an unknown field", { colour: "red" }, ["colour"]],
    ["a bad lead time", { reminderLeadTimes: ["tomorrow"] }, ["reminderLeadTimes[0]"]],
  ])("refuses %s", (_label, body, fields) => {
    expect(fieldsFor(EventPatchBody, body)).toEqual(fields);
  });
});

describe("POST /api/events/:id/cancel body", () => {
  it.each([{}, { occurrence: "2027-01-01T12:00" }])("accepts %j", (body) => {
    expect(parseInput(EventCancelBody, body)).toEqual(body);
  });

  it("refuses an occurrence that is not text", () => {
    expect(issuesFor(EventCancelBody, { occurrence: 5 })).toEqual([
      ["occurrence", "must be a local start YYYY-MM-DDTHH:mm"],
    ]);
  });
});
