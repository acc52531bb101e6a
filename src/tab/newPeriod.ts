/** The prefilled "ny planperiode" after an ended period (no React here). */
import type { PlanPeriod, Tiltak } from "./apiTypes.js";

/** What the new-period dialog starts with. */
export interface NewPeriodDraft {
  id: string;
  title: string;
  startYear: number;
  endYear: number;
  /** Ids of the tiltak chosen at first: those not done (an editor unticks a stopped one to leave it behind). */
  carry: string[];
}

/**
 * The period after `from`, as long as it (2024–2025 → 2026–2027), with the title's years replaced
 * ("Handlingsplan 2024–2025" → "Handlingsplan 2026–2027").
 */
export function newPeriodDraft(from: PlanPeriod, tiltak: readonly Tiltak[]): NewPeriodDraft {
  const startYear = from.endYear + 1;
  const endYear = startYear + (from.endYear - from.startYear);
  const years = `${startYear}–${endYear}`;
  const oldYears = new RegExp(`${from.startYear}\\s*[–-]\\s*${from.endYear}`);
  const title = oldYears.test(from.title) ? from.title.replace(oldYears, years) : `Handlingsplan ${years}`;
  return {
    id: startYear === endYear ? String(startYear) : `${startYear}-${endYear}`,
    title,
    startYear,
    endYear,
    carry: tiltak.filter((t) => t.status !== "done").map((t) => t.id),
  };
}
