import { describe, expect, it } from "vitest";
import { attentionOf, STALE_WEEKS } from "../../src/tab/attention.js";
import { period, tiltak } from "./fakeApi.js";

const now = new Date("2026-11-29T10:00:00.000Z");
const weeksAgo = (w: number) => new Date(now.getTime() - w * 7 * 86_400_000).toISOString();

describe("attentionOf", () => {
  it.each([
    ["stopped, changed today", { status: "stopped", updatedAt: weeksAgo(0) }, { stopped: true, stale: false }],
    ["planned, never changed", { status: "planned", updatedAt: undefined }, { stopped: false, stale: true }],
    [
      "in progress, changed just over the limit",
      { status: "in_progress", updatedAt: weeksAgo(STALE_WEEKS + 0.01) },
      { stopped: false, stale: true },
    ],
    [
      "in progress, changed just inside the limit",
      { status: "in_progress", updatedAt: weeksAgo(STALE_WEEKS - 0.01) },
      { stopped: false, stale: false },
    ],
    ["done long ago", { status: "done", updatedAt: weeksAgo(52) }, { stopped: false, stale: false }],
    [
      "stopped long ago (stopped, not stale)",
      { status: "stopped", updatedAt: weeksAgo(52) },
      { stopped: true, stale: false },
    ],
  ] as const)("%s", (_name, over, expected) => {
    const a = attentionOf(period, [tiltak("x", over)], now);
    expect({ stopped: a.stopped.length === 1, stale: a.stale.length === 1 }).toEqual(expected);
  });

  it.each([
    [2025, true],
    [2026, false],
    [2027, false],
  ])("a period ending in %i has ended by November 2026: %s", (endYear, ended) => {
    expect(attentionOf({ ...period, endYear }, [], now).periodEnded).toBe(ended);
  });
});
