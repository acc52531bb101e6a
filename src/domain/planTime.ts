/**
 * The action plan and time: whether a plan period has ended and which tiltak are late
 * ("forsinket"). `now` is passed in; dates are Oslo dates, as the plan's readers see them.
 */
import { instantToZoned, OSLO } from "./time.js";
import type { PlanPeriod, Tiltak } from "./tiltak.js";

/** The Oslo calendar date of `now`, "YYYY-MM-DD". */
export function osloDate(now: Date): string {
  return instantToZoned(now, OSLO).local.slice(0, 10);
}

/** True when the period's last year is over in Oslo (2024–2025 has ended from 1 January 2026). */
export function periodEnded(period: Pick<PlanPeriod, "endYear">, now: Date): boolean {
  return period.endYear < instantToZoned(now, OSLO).year;
}

/**
 * True when the tiltak has a due date before today (Oslo) and is not done. A stopped tiltak is a
 * decision, not unfinished work, so it is never late either (the same reason progress leaves it out).
 * On the due date itself it is not late yet.
 */
export function isOverdue(tiltak: Pick<Tiltak, "dueDate" | "status">, now: Date): boolean {
  if (!tiltak.dueDate || tiltak.status === "done" || tiltak.status === "stopped") return false;
  return tiltak.dueDate < osloDate(now);
}

/** The late tiltak, oldest due date first (then plan order). */
export function overdueTiltak<T extends Pick<Tiltak, "dueDate" | "status" | "order">>(
  tiltak: readonly T[],
  now: Date,
): T[] {
  return tiltak
    .filter((t) => isOverdue(t, now))
    .sort((a, b) => (a.dueDate ?? "").localeCompare(b.dueDate ?? "") || a.order - b.order);
}
