import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/domain/errors.js";
import { TILTAK_STATUSES, type PlanPeriod, type Tiltak, type TiltakStatus } from "../../src/domain/tiltak.js";
import {
  applyTiltakPatch,
  carryOver,
  carryOverChanges,
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
  it("counts done as 1, in progress as ½ and keeps stopped in the denominator", () => {
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
    expect(s.progress).toBeCloseTo(2.5 / 5);
    expect(s.areas.map((a) => [a.area.id, a.total, a.progress])).toEqual([
      ["a", 3, 0.5],
      ["b", 2, 0.5],
    ]);
  });

  // The issue: stopping a tiltak raised the plan from 37 % to 39 % and its area from 50 % to 67 %.
  it.each(TILTAK_STATUSES.filter((s) => s !== "stopped"))(
    "never raises the share when a %s tiltak is stopped, for the plan or its area",
    (from) => {
      const list = [
        tiltak("t1", "a", "done"),
        tiltak("t2", "a", "in_progress"),
        tiltak("t3", "a", from),
        tiltak("t4", "b", "planned"),
      ];
      const before = summarizePlan(period, list);
      const after = summarizePlan(
        period,
        list.map((t) => (t.id === "t3" ? { ...t, status: "stopped" as const } : t)),
      );
      expect(after.progress).toBeLessThanOrEqual(before.progress);
      expect(after.areas[0].progress).toBeLessThanOrEqual(before.areas[0].progress);
      expect(after.byStatus.stopped).toBe(1);
      expect(after.total).toBe(before.total);
    },
  );

  it("reports 0 progress when nothing counts", () => {
    expect(summarizePlan(period, []).progress).toBe(0);
    expect(summarizePlan(period, [tiltak("t1", "a", "stopped")]).areas[0].progress).toBe(0);
  });
});

describe("carryOver", () => {
  const source = {
    ...tiltak("t06", "utdanning", "in_progress"),
    examples: "Eksempelvis simulering",
    notes: "Siste notat",
    updatedBy: "X",
    dueDate: "2025-06-01",
    milestone: "Høst 2025",
  };

  it("keeps the status, the last note and the milestone, points back, and drops the old due date", () => {
    expect(carryOver([source], "2026-2027", { fromPeriod: "2024-2025" })).toEqual([
      {
        periodId: "2026-2027",
        id: "t06",
        areaId: "utdanning",
        order: 1,
        text: "Tiltak t06",
        examples: "Eksempelvis simulering",
        status: "in_progress",
        responsible: "Alrek-koordinator",
        notes: "Siste notat",
        carriedFrom: "t06",
        carriedFromPeriod: "2024-2025",
        milestone: "Høst 2025",
      },
    ]);
  });

  it("starts planned with an empty note when those are unticked, with the new due date given", () => {
    const [carried] = carryOver([source], "2026-2027", {
      fromPeriod: "2024-2025",
      keepStatus: false,
      keepNotes: false,
      dueDates: { t06: "2026-09-30" },
    });
    expect(carried).toMatchObject({ status: "planned", notes: "", dueDate: "2026-09-30" });
  });

  it("starts the history with what was carried: the source, the status, the note and the new due date", () => {
    const [carried] = carryOver([source], "2026-2027", { fromPeriod: "2024-2025", dueDates: { t06: "2026-09-30" } });
    expect(carryOverChanges(carried)).toEqual([
      { field: "carriedFrom", oldValue: null, newValue: "2024-2025:t06" },
      { field: "status", oldValue: null, newValue: "in_progress" },
      { field: "notes", oldValue: null, newValue: "Siste notat" },
      { field: "dueDate", oldValue: null, newValue: "2026-09-30" },
    ]);
    const [plain] = carryOver([{ ...source, status: "planned", notes: "" }], "2026-2027", { fromPeriod: "2024-2025" });
    expect(carryOverChanges(plain)).toEqual([{ field: "carriedFrom", oldValue: null, newValue: "2024-2025:t06" }]);
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
