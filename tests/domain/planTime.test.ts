import { describe, expect, it } from "vitest";
import { isOverdue, osloDate, overdueTiltak, periodEnded } from "../../src/domain/planTime.js";
import type { TiltakStatus } from "../../src/domain/tiltak.js";

describe("periodEnded", () => {
  it.each([
    ["2025-12-31T22:59:00Z", false, "23.59 on New Year's Eve in Oslo"],
    ["2025-12-31T23:00:00Z", true, "midnight in Oslo is still 2025 in UTC"],
    ["2026-11-22T10:00:00Z", true, "late 2026"],
    ["2025-06-01T10:00:00Z", false, "within the last year"],
    ["2024-01-01T10:00:00Z", false, "the first year"],
  ])("2024–2025 at %s: %s (%s)", (now, ended) => {
    expect(periodEnded({ endYear: 2025 }, new Date(now))).toBe(ended);
  });
});

describe("isOverdue", () => {
  const now = new Date("2026-03-10T23:30:00Z"); // 11 March in Oslo
  it.each<[string | undefined, TiltakStatus, boolean]>([
    ["2026-03-10", "planned", true],
    ["2026-03-10", "in_progress", true],
    ["2026-03-11", "planned", false], // due today: not late yet
    ["2026-04-01", "in_progress", false],
    ["2026-03-01", "done", false],
    ["2026-03-01", "stopped", false],
    [undefined, "planned", false],
  ])("due %s, %s: %s", (dueDate, status, late) => {
    expect(isOverdue({ dueDate, status }, now)).toBe(late);
  });

  it("uses the Oslo date", () => {
    expect(osloDate(now)).toBe("2026-03-11");
  });
});

describe("overdueTiltak", () => {
  it("lists the late ones, oldest due date first, then plan order", () => {
    const now = new Date("2026-11-22T10:00:00Z");
    const list = [
      { id: "a", order: 1, status: "planned" as const, dueDate: "2026-06-01" },
      { id: "b", order: 2, status: "done" as const, dueDate: "2025-01-01" },
      { id: "c", order: 3, status: "in_progress" as const, dueDate: "2025-12-01" },
      { id: "d", order: 0, status: "planned" as const, dueDate: "2026-06-01" },
      { id: "e", order: 4, status: "planned" as const },
    ];
    expect(overdueTiltak(list, now).map((t) => t.id)).toEqual(["c", "d", "a"]);
  });
});
