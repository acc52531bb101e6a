/** Teams' limits in the one sender: sliding windows and pauses, on virtual time. */
import { describe, expect, it } from "vitest";
import { maxInWindow } from "../fakes/fakeConnector.js";
import { SendBudget } from "../../src/reminders/sendBudget.js";

/** Starts `count` requests to `targets` in turn as early as the budget allows; returns their instants. */
function burst(budget: SendBudget, targets: { id: string; tenantId: string }[], count: number, start = 0) {
  let now = start;
  const stamps = new Map(targets.map((t) => [t.id, [] as number[]]));
  const all: number[] = [];
  for (let i = 0; i < count; i++) {
    const target = targets[i % targets.length];
    now += budget.waitMs(target, now);
    budget.take(target, now);
    stamps.get(target.id)!.push(now);
    all.push(now);
  }
  return { stamps, all };
}

describe("SendBudget", () => {
  it("keeps one conversation within 7/1 s, 8/2 s, 60/30 s and 1,800/h even with a second of latency", () => {
    const { all } = burst(new SendBudget(), [{ id: "c", tenantId: "t" }], 2_000);
    // Arrival up to 1 s later: a window of W at Teams sees at most what one of W + 1 s saw here.
    expect(maxInWindow(all, 2_000)).toBeLessThanOrEqual(7);
    expect(maxInWindow(all, 3_000)).toBeLessThanOrEqual(8);
    expect(maxInWindow(all, 31_000)).toBeLessThanOrEqual(60);
    expect(maxInWindow(all, 3_601_000)).toBeLessThanOrEqual(1_800);
    expect(maxInWindow(all, 3_600_000)).toBe(1_500);
  });

  it("keeps a tenant within 50 per second across conversations, with room for the bot's replies", () => {
    const targets = Array.from({ length: 30 }, (_, i) => ({ id: `c${i}`, tenantId: "t" }));
    const { all } = burst(new SendBudget(), targets, 600);
    expect(maxInWindow(all, 2_000)).toBeLessThanOrEqual(20);
  });

  it("counts posts a former leader made (from the ledger), and waits out a pause", () => {
    const budget = new SendBudget();
    const target = { id: "c", tenantId: "t" };
    for (let i = 0; i < 25; i++) budget.take(target, 100_000 - 20_000 + i);
    expect(budget.waitMs(target, 100_000)).toBe(10_000);
    budget.pause("other", 130_000);
    expect(budget.waitMs({ id: "other", tenantId: "u" }, 100_000)).toBe(30_000);
    budget.resume("other");
    expect(budget.waitMs({ id: "other", tenantId: "u" }, 100_000)).toBe(0);
  });
});
