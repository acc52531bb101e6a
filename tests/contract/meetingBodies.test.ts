/** Meeting mode's write bodies and the carry-over options: every value bounded at the door. */
import { describe, expect, it } from "vitest";
import { DecisionBody, MeetingFocusBody, parseInput, PeriodCreateBody } from "../../src/contract/index.js";
import { fieldsFor } from "./issues.js";

describe("PUT …/focus body", () => {
  it.each([
    [{ itemId: "utdanning" }, { itemId: "utdanning", filter: "all", ended: false }],
    [
      { itemId: null, filter: "attention" },
      { itemId: null, filter: "attention", ended: false },
    ],
    [
      { itemId: null, ended: true },
      { itemId: null, filter: "all", ended: true },
    ],
  ])("accepts %j", (body, parsed) => {
    expect(parseInput(MeetingFocusBody, body)).toEqual(parsed);
  });

  it.each<[unknown, string[]]>([
    [{}, ["itemId"]],
    [{ itemId: "a|b" }, ["itemId"]],
    [{ itemId: "x".repeat(101) }, ["itemId"]],
    [{ itemId: "a", filter: "some" }, ["filter"]],
    [{ itemId: "a", ended: "yes" }, ["ended"]],
    [{ itemId: "a", stage: "hack" }, ["stage"]],
  ])("refuses %j naming %j", (body, fields) => {
    expect(fieldsFor(MeetingFocusBody, body)).toEqual(fields);
  });
});

describe("PUT …/decisions/:itemId body", () => {
  it("accepts several lines and up to 100 tiltak", () => {
    const ids = Array.from({ length: 100 }, (_, i) => `t${i}`);
    expect(parseInput(DecisionBody, { text: "Vedtak:\n- videre", tiltakIds: ids })).toEqual({
      text: "Vedtak:\n- videre",
      tiltakIds: ids,
    });
    expect(parseInput(DecisionBody, { text: "" })).toEqual({ text: "", tiltakIds: [] });
  });

  it.each<[unknown, string[]]>([
    [{ text: "x".repeat(4001) }, ["text"]],
    [{ text: "null\u0000byte" }, ["text"]],
    [{ text: 5 }, ["text"]],
    [{ text: "ok", tiltakIds: Array.from({ length: 101 }, (_, i) => `t${i}`) }, ["tiltakIds"]],
    [{ text: "ok", tiltakIds: ["../t1"] }, ["tiltakIds[0]"]],
    [{ text: "ok", by: "someone" }, ["by"]],
  ])("refuses %j naming %j", (body, fields) => {
    expect(fieldsFor(DecisionBody, body)).toEqual(fields);
  });
});

describe("POST /api/periods carry-over options", () => {
  const base = {
    id: "2026-2027",
    title: "Handlingsplan 2026–2027",
    startYear: 2026,
    endYear: 2027,
    areas: [{ id: "a", name: "A" }],
  };
  it("accepts what is kept and new due dates", () => {
    const carryOver = { fromPeriod: "2024-2025", tiltakIds: ["t1"], keepStatus: false, dueDates: { t1: "2026-10-01" } };
    expect(parseInput(PeriodCreateBody, { ...base, carryOver }).carryOver).toEqual(carryOver);
  });
  it.each<[unknown, string]>([
    [{ fromPeriod: "2024-2025", tiltakIds: [], dueDates: { t1: "2026-02-30" } }, "carryOver.dueDates.t1"],
    [{ fromPeriod: "2024-2025", tiltakIds: [], dueDates: { t1: "1999-12-31" } }, "carryOver.dueDates.t1"],
    [{ fromPeriod: "2024-2025", tiltakIds: [], keepNotes: "ja" }, "carryOver.keepNotes"],
    [{ fromPeriod: "2024-2025", tiltakIds: [], keepTime: true }, "carryOver.keepTime"],
  ])("refuses %j naming %s", (carryOver, field) => {
    expect(fieldsFor(PeriodCreateBody, { ...base, carryOver })).toContain(field);
  });
});
