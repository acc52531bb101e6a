import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/domain/errors.js";
import type { PlanPeriod, Tiltak, TiltakStatus } from "../../src/domain/tiltak.js";
import {
  applyTiltakPatch,
  carryOver,
  summarizePlan,
  validatePeriodInput,
  type PeriodInput,
} from "../../src/domain/tiltakRules.js";

const actor = { oid: "oid-1", tid: "tid-1", name: "Karen Haugvaldstad" };
const now = new Date("2026-11-22T10:00:00Z");
const tiltak = (id: string, areaId: string, status: TiltakStatus = "planned", periodId = "2024-2025"): Tiltak => ({
  periodId,
  id,
  areaId,
  order: 1,
  text: `Tiltak ${id}`,
  status,
  responsible: "Alrek-koordinator",
  notes: "",
});
const period: PlanPeriod = {
  id: "2024-2025",
  title: "Handlingsplan 2024–2025",
  startYear: 2024,
  endYear: 2025,
  areas: [
    { id: "b", name: "B", nameEn: "B", goal: "", order: 2 },
    { id: "a", name: "A", nameEn: "A", goal: "", order: 1 },
  ],
};

const issuesOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e.issues.map((i) => i.field);
    throw e;
  }
  throw new Error("expected a ValidationError");
};

describe("applyTiltakPatch", () => {
  it("changes status, notes and responsible and lists the changes", () => {
    const { tiltak: t, changes } = applyTiltakPatch(
      tiltak("t01", "a"),
      { status: "in_progress", notes: "Startet <b>i dag</b>" },
      actor,
      now,
    );
    expect(t).toMatchObject({
      status: "in_progress",
      notes: "Startet <b>i dag</b>",
      updatedAt: now.toISOString(),
      updatedBy: "Karen Haugvaldstad",
    });
    expect(changes).toEqual([
      { field: "status", oldValue: "planned", newValue: "in_progress" },
      { field: "notes", oldValue: "", newValue: "Startet <b>i dag</b>" },
    ]);
  });

  it("returns the tiltak unchanged when nothing differs", () => {
    const before = tiltak("t01", "a");
    const result = applyTiltakPatch(before, { status: "planned" }, actor, now);
    expect(result).toEqual({ tiltak: before, changes: [] });
  });

  it("trims who is responsible and keeps notes as typed", () => {
    const { tiltak: t } = applyTiltakPatch(
      tiltak("t01", "a"),
      { responsible: "  Husrådet ", notes: "  to linjer\n" },
      actor,
      now,
    );
    expect([t.responsible, t.notes]).toEqual(["Husrådet", "  to linjer\n"]);
  });
  it.each([
    [
      { dueDate: "2026-06-30" },
      { dueDate: "2026-06-30" },
      [{ field: "dueDate", oldValue: null, newValue: "2026-06-30" }],
    ],
    [
      { milestone: "  Før Alrekdagene 2027 " },
      { milestone: "Før Alrekdagene 2027" },
      [{ field: "milestone", oldValue: null, newValue: "Før Alrekdagene 2027" }],
    ],
  ])("sets time: %j", (patch, expected, changes) => {
    const result = applyTiltakPatch(tiltak("t01", "a"), patch, actor, now);
    expect(result.tiltak).toMatchObject(expected);
    expect(result.changes).toEqual(changes);
  });

  it.each([
    [{ dueDate: null }, "dueDate"],
    [{ milestone: "  " }, "milestone"],
  ] as const)("clears time with %j (the field is left out)", (patch, field) => {
    const before = { ...tiltak("t01", "a"), dueDate: "2026-06-30", milestone: "Vår 2026" };
    const result = applyTiltakPatch(before, patch, actor, now);
    expect(field in result.tiltak).toBe(false);
    expect(result.changes).toEqual([{ field, oldValue: before[field], newValue: null }]);
  });
  // Unknown fields, unknown statuses and over-long text never get here: tests/contract/tiltakBodies.test.ts.
});

describe("summarizePlan", () => {
  it("counts done as 1, in progress as ½ and leaves stopped out of the denominator", () => {
    const list = [
      tiltak("t1", "a", "done"),
      tiltak("t2", "a", "in_progress"),
      tiltak("t3", "a", "stopped"),
      tiltak("t4", "b", "planned"),
      tiltak("t5", "b", "done"),
      tiltak("x", "a", "done", "2026-2027"),
    ];
    const s = summarizePlan(period, list);
    expect(s.total).toBe(5);
    expect(s.byStatus).toEqual({ planned: 1, in_progress: 1, done: 2, stopped: 1 });
    expect(s.progress).toBeCloseTo(2.5 / 4);
    expect(s.areas.map((a) => [a.area.id, a.total, a.progress])).toEqual([
      ["a", 3, 0.75],
      ["b", 2, 0.5],
    ]);
  });

  it("reports 0 progress when nothing counts", () => {
    expect(summarizePlan(period, []).progress).toBe(0);
    expect(summarizePlan(period, [tiltak("t1", "a", "stopped")]).areas[0].progress).toBe(0);
  });
});

describe("carryOver", () => {
  it("makes fresh planned tiltak in the new period that point back", () => {
    const source = {
      ...tiltak("t06", "utdanning", "in_progress"),
      examples: "Eksempelvis simulering",
      notes: "gammelt",
      updatedBy: "X",
    };
    expect(carryOver([source], "2026-2027")).toEqual([
      {
        periodId: "2026-2027",
        id: "t06",
        areaId: "utdanning",
        order: 1,
        text: "Tiltak t06",
        examples: "Eksempelvis simulering",
        status: "planned",
        responsible: "Alrek-koordinator",
        notes: "",
        carriedFrom: "t06",
      },
    ]);
  });

  it("keeps the due date and milestone", () => {
    const source = { ...tiltak("t02", "a"), dueDate: "2025-10-01", milestone: "Høst 2025" };
    expect(carryOver([source], "2026-2027")[0]).toMatchObject({
      dueDate: "2025-10-01",
      milestone: "Høst 2025",
      status: "planned",
    });
  });
});

describe("validatePeriodInput", () => {
  const valid: PeriodInput = {
    id: "2026-2027",
    title: " Handlingsplan 2026–2027 ",
    startYear: 2026,
    endYear: 2027,
    areas: [{ id: "kommunikasjon", name: "Kommunikasjon og involvering", nameEn: "Communication", goal: "Mål" }],
  };

  it("accepts a valid period and numbers areas", () => {
    expect(validatePeriodInput(valid)).toEqual({
      id: "2026-2027",
      title: "Handlingsplan 2026–2027",
      startYear: 2026,
      endYear: 2027,
      areas: [
        { id: "kommunikasjon", name: "Kommunikasjon og involvering", nameEn: "Communication", goal: "Mål", order: 1 },
      ],
    });
  });

  it.each<[Partial<PeriodInput>, string[]]>([
    [{ id: "current" }, ["id"]],
    [{ endYear: 2025 }, ["endYear"]],
    [
      {
        areas: [
          { id: "a", name: "A" },
          { id: "a", name: "B" },
        ],
      },
      ["areas[1].id"],
    ],
  ])("rejects %j", (over, fields) => {
    expect(issuesOf(() => validatePeriodInput({ ...valid, ...over }))).toEqual(fields);
  });
});
