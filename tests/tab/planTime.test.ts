/** The tab's copy of the plan-and-time rules (domain/planTime.ts), checked with the same cases, and the new-period draft. */
import { describe, expect, it } from "vitest";
import { isOverdue as domainOverdue, periodEnded as domainEnded } from "../../src/domain/planTime.js";
import type { TiltakStatus } from "../../src/tab/apiTypes.js";
import { attentionOf } from "../../src/tab/attention.js";
import { newPeriodDraft } from "../../src/tab/newPeriod.js";
import { isOverdue, periodEnded } from "../../src/tab/statusData.js";
import { period, tiltak } from "./fakeApi.js";

describe("the tab decides like the domain", () => {
  it.each(["2025-12-31T22:59:00Z", "2025-12-31T23:00:00Z", "2026-11-22T10:00:00Z", "2025-06-01T10:00:00Z"])(
    "period ended at %s",
    (now) => {
      expect(periodEnded(period, new Date(now))).toBe(domainEnded(period, new Date(now)));
    },
  );

  const now = new Date("2026-03-10T23:30:00Z"); // 11 March in Oslo
  it.each<[string | undefined, TiltakStatus, boolean]>([
    ["2026-03-10", "planned", true],
    ["2026-03-10", "in_progress", true],
    ["2026-03-11", "planned", false],
    ["2026-03-01", "done", false],
    ["2026-03-01", "stopped", false],
    [undefined, "planned", false],
  ])("due %s, %s: overdue %s", (dueDate, status, late) => {
    expect(isOverdue({ dueDate, status }, now)).toBe(late);
    expect(domainOverdue({ dueDate, status }, now)).toBe(late);
  });
});

describe("attention lists overdue tiltak, oldest due date first", () => {
  it("picks and orders them", () => {
    const list = [
      tiltak("a", { dueDate: "2026-10-01", status: "in_progress" }),
      tiltak("b", { dueDate: "2026-01-01", status: "done" }),
      tiltak("c", { dueDate: "2026-02-01" }),
      tiltak("d", { dueDate: "2027-02-01" }),
    ];
    expect(attentionOf(period, list, new Date("2026-11-29T10:00:00Z")).overdue.map((t) => t.id)).toEqual(["c", "a"]);
  });
});

describe("newPeriodDraft", () => {
  it.each([
    [
      { startYear: 2024, endYear: 2025, title: "Handlingsplan 2024–2025" },
      { id: "2026-2027", title: "Handlingsplan 2026–2027", startYear: 2026, endYear: 2027 },
    ],
    [
      { startYear: 2024, endYear: 2025, title: "Plan 2024-2025 for BEHO" },
      { id: "2026-2027", title: "Plan 2026–2027 for BEHO", startYear: 2026, endYear: 2027 },
    ],
    [
      { startYear: 2025, endYear: 2025, title: "Årsplan" },
      { id: "2026", title: "Handlingsplan 2026–2026", startYear: 2026, endYear: 2026 },
    ],
  ])("after %j", (from, expected) => {
    expect(newPeriodDraft({ ...period, ...from }, [])).toMatchObject(expected);
  });

  it("chooses the tiltak that are not done", () => {
    const list = [
      tiltak("p"),
      tiltak("i", { status: "in_progress" }),
      tiltak("d", { status: "done" }),
      tiltak("s", { status: "stopped" }),
    ];
    expect(newPeriodDraft(period, list).carry).toEqual(["p", "i", "s"]);
  });
});
