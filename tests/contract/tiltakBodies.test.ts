import { describe, expect, it } from "vitest";
import { PeriodCreateBody, parseInput, TILTAK_EDITABLE_FIELDS, TiltakPatchBody } from "../../src/contract/index.js";
import { fieldsFor, issuesFor } from "./issues.js";

describe("PATCH /api/periods/:pid/tiltak/:id body", () => {
  it("lists exactly the editable fields", () => {
    expect(Object.keys(TiltakPatchBody.shape)).toEqual([...TILTAK_EDITABLE_FIELDS]);
  });

  it.each([
    {},
    { status: "in_progress" },
    { notes: "Startet <b>i dag</b>\nTo linjer" },
    { responsible: "x".repeat(200), notes: "y".repeat(4000) },
  ])("accepts %j", (body) => {
    expect(parseInput(TiltakPatchBody, body)).toEqual(body);
  });

  it.each<[unknown, [string, string][]]>([
    [{ status: "ferdig" }, [["status", "must be one of planned, in_progress, done, stopped"]]],
    [{ notes: 3 }, [["notes", "must be text"]]],
    [{ notes: "x".repeat(4001) }, [["notes", "must be at most 4000 characters"]]],
    [{ responsible: "x".repeat(201) }, [["responsible", "must be at most 200 characters"]]],
    [{ text: "Ny tekst" }, [["text", "cannot be changed (only status, notes, responsible, dueDate and milestone)"]]],
    [
      { status: "done", areaId: "b", periodId: "x" },
      [
        ["areaId", "cannot be changed (only status, notes, responsible, dueDate and milestone)"],
        ["periodId", "cannot be changed (only status, notes, responsible, dueDate and milestone)"],
      ],
    ],
    [[], [["body", "must be a JSON object"]]],
  ])("refuses %j", (body, issues) => {
    expect(issuesFor(TiltakPatchBody, body)).toEqual(issues);
  });
});

describe("POST /api/periods body", () => {
  const valid = {
    id: "2026-2027",
    title: "Handlingsplan 2026–2027",
    startYear: 2026,
    endYear: 2027,
    areas: [
      {
        id: "kommunikasjon",
        name: "Kommunikasjon og involvering",
        nameEn: "Communication",
        goal: "Mål\nmed to linjer",
        order: 1,
      },
    ],
    carryOver: { fromPeriod: "2024-2025", tiltakIds: ["t01"] },
  };

  it.each<[string, Record<string, unknown>]>([
    ["a full body", {}],
    ["no carry-over", { carryOver: undefined }],
    ["carry-over null", { carryOver: null }],
    ["an echoed etag", { etag: 'W/"1"' }],
    ["an area with only id and name", { areas: [{ id: "a", name: "A" }] }],
  ])("accepts %s", (_label, over) => {
    expect(issuesFor(PeriodCreateBody, { ...valid, ...over })).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["an id with a slash", { id: "2026/2027" }, ["id"]],
    ["an id in capitals", { id: "Periode" }, ["id"]],
    ["an id over 40 characters", { id: "a".repeat(41) }, ["id"]],
    ["a blank title", { title: "  " }, ["title"]],
    ["no title", { title: undefined }, ["title"]],
    ["a year before 2000", { startYear: 1999 }, ["startYear"]],
    ["a year as text", { endYear: "2027" }, ["endYear"]],
    ["a fractional year", { endYear: 2027.5 }, ["endYear"]],
    ["no areas", { areas: [] }, ["areas"]],
    ["21 areas", { areas: Array.from({ length: 21 }, (_, i) => ({ id: `a${i}`, name: `A${i}` })) }, ["areas"]],
    ["an area without a name", { areas: [{ id: "a", name: "" }] }, ["areas[0].name"]],
    ["an area with a bad id", { areas: [{ id: "A B", name: "A" }] }, ["areas[0].id"]],
    ["an area with a fractional order", { areas: [{ id: "a", name: "A", order: 1.5 }] }, ["areas[0].order"]],
    ["carry-over as a list", { carryOver: ["t01"] }, ["carryOver"]],
    ["carry-over without a source", { carryOver: { tiltakIds: ["t01"] } }, ["carryOver.fromPeriod"]],
    [
      "carry-over ids that are not text",
      { carryOver: { fromPeriod: "2024-2025", tiltakIds: [1] } },
      ["carryOver.tiltakIds[0]"],
    ],
    ["an unknown field", { extra: 1 }, ["extra"]],
  ])("refuses %s", (_label, over, fields) => {
    expect(fieldsFor(PeriodCreateBody, { ...valid, ...over })).toEqual(fields);
  });
});
