import { describe, expect, it } from "vitest";
import { BookingRequestBody, BookingRulesBody, parseInput } from "../../src/contract/index.js";
import { fieldsFor, issuesFor } from "./issues.js";

const valid = {
  date: "2027-01-14",
  from: "09:00",
  to: "11:00",
  purpose: " arbeidsverksted ",
  organisation: "Bergen kommune",
};

describe("POST /api/borgertun/bookings body (also the bot's form and chat request)", () => {
  it("reads a request: text trimmed, microphones false, no people", () => {
    expect(parseInput(BookingRequestBody, valid)).toEqual({
      ...valid,
      purpose: "arbeidsverksted",
      microphones: false,
    });
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    [
      "a card's Input.Number and Input.Toggle",
      { expectedPeople: "12", microphones: "true" },
      { expectedPeople: 12, microphones: true },
    ],
    ["an empty number", { expectedPeople: "" }, {}],
    ["a language", { lang: "nn" }, { lang: "nn" }],
    ["the day's last half hour", { from: "23:00", to: "23:30" }, { from: "23:00", to: "23:30" }],
  ])("accepts %s", (_label, over, expected) => {
    expect(parseInput(BookingRequestBody, { ...valid, ...over })).toMatchObject(expected);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["a date in 9999", { date: "9999-12-31" }, ["date"]],
    ["a date in 1000", { date: "1000-01-01" }, ["date"]],
    ["an impossible date", { date: "2027-02-30" }, ["date"]],
    ["an end at 24:00", { to: "24:00" }, ["to"]],
    ["a start at 24:00", { from: "24:00" }, ["from"]],
    ["a quarter hour", { from: "09:15" }, ["from"]],
    ["no purpose", { purpose: "  " }, ["purpose"]],
    ["a 100 KB purpose", { purpose: "x".repeat(100_000) }, ["purpose"]],
    ["a purpose over two lines", { purpose: "a\nb" }, ["purpose"]],
    ["0 people", { expectedPeople: 0 }, ["expectedPeople"]],
    ["501 people", { expectedPeople: "501" }, ["expectedPeople"]],
    ["people as words", { expectedPeople: "mange" }, ["expectedPeople"]],
    ["microphones as a word", { microphones: "ja" }, ["microphones"]],
    ["an unknown language", { lang: "de" }, ["lang"]],
    ["an unknown field", { room: "Kantinen" }, ["room"]],
  ])("refuses %s", (_label, over, fields) => {
    expect(fieldsFor(BookingRequestBody, { ...valid, ...over })).toEqual(fields);
  });

  it("says what a time of day must be", () => {
    expect(issuesFor(BookingRequestBody, { ...valid, to: "24:00" })).toEqual([
      ["to", "must be a time HH:mm on the hour or half hour, from 00:00 to 23:30"],
    ]);
  });
});

describe("PUT /api/borgertun/rules body", () => {
  it.each<Record<string, unknown>>([
    {},
    { openFrom: "07:00", openTo: "23:30" },
    { weekdays: [1, 2, 3, 4, 5, 6, 7], maxDaysAhead: 730, maxMinutes: 1440 },
    { closedDates: ["2026-12-24", "2026-12-31"], closedOnPublicHolidays: false },
  ])("accepts %j", (body) => {
    expect(issuesFor(BookingRulesBody, body)).toEqual([]);
  });

  it.each<[Record<string, unknown>, string[]]>([
    [{ openTo: "24:00" }, ["openTo"]],
    [{ openFrom: "08:15" }, ["openFrom"]],
    [{ weekdays: [0, 8] }, ["weekdays[0]", "weekdays[1]"]],
    [{ weekdays: [1, 1, 1, 1, 1, 1, 1, 1] }, ["weekdays"]],
    [{ maxDaysAhead: 100_000 }, ["maxDaysAhead"]],
    [{ maxDaysAhead: 1.5 }, ["maxDaysAhead"]],
    [{ maxMinutes: 45 }, ["maxMinutes"]],
    [{ closedDates: ["9999-12-31"] }, ["closedDates[0]"]],
    [{ closedOnPublicHolidays: "yes" }, ["closedOnPublicHolidays"]],
    [{ colour: "red" }, ["colour"]],
  ])("refuses %j", (body, fields) => {
    expect(fieldsFor(BookingRulesBody, body)).toEqual(fields);
  });
});
