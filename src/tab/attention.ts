/** What the stage dashboard brings forward under "Trenger oppmerksomhet" (no React here). */
import type { PlanPeriod, Tiltak } from "./apiTypes.js";
import { isOverdue, periodEnded } from "./statusData.js";

/** A tiltak still open is "not followed up" when it has not been changed for this many weeks. */
export const STALE_WEEKS = 8;

/** The points that need attention, most important first. */
export interface Attention {
  periodEnded: boolean;
  stopped: Tiltak[];
  /** Past the due date and not done, oldest due date first. */
  overdue: Tiltak[];
  /** Planned or in progress, and not changed for {@link STALE_WEEKS} weeks (or never). */
  stale: Tiltak[];
}

/** Computes {@link Attention} at `now`. */
export function attentionOf(period: PlanPeriod, tiltak: readonly Tiltak[], now: Date): Attention {
  const limit = now.getTime() - STALE_WEEKS * 7 * 86_400_000;
  return {
    periodEnded: periodEnded(period, now),
    stopped: tiltak.filter((t) => t.status === "stopped"),
    overdue: tiltak
      .filter((t) => isOverdue(t, now))
      .sort((a, b) => (a.dueDate ?? "").localeCompare(b.dueDate ?? "") || a.order - b.order),
    stale: tiltak.filter(
      (t) =>
        (t.status === "planned" || t.status === "in_progress") && (!t.updatedAt || Date.parse(t.updatedAt) < limit),
    ),
  };
}
