/** Groups the period's tiltak by area for the status view and the printed report. */
import { summarizeStatuses, type StatusSummary } from "../contract/progress.js";
import type { AreaSummary, PlanArea, PlanPeriod, Summary, Tiltak, WithEtag } from "./apiTypes.js";

/** One area with its tiltak (in plan order) and its progress from /api/summary. */
export interface AreaGroup {
  area: PlanArea;
  tiltak: WithEtag<Tiltak>[];
  summary?: AreaSummary;
}

/** Everything the status view shows. */
export interface StatusData {
  period: PlanPeriod;
  summary: Summary;
  tiltak: WithEtag<Tiltak>[];
}

/** Areas in plan order, each with its tiltak; tiltak of unknown areas come last under their id. */
export function groupByArea(data: StatusData): AreaGroup[] {
  const areas = [...data.period.areas].sort((a, b) => a.order - b.order);
  const known = new Set(areas.map((a) => a.id));
  for (const t of data.tiltak) {
    if (!known.has(t.areaId)) {
      known.add(t.areaId);
      areas.push({ id: t.areaId, name: t.areaId, nameEn: t.areaId, goal: "", order: Number.MAX_SAFE_INTEGER });
    }
  }
  return areas.map((area) => ({
    area,
    tiltak: data.tiltak.filter((t) => t.areaId === area.id).sort((a, b) => a.order - b.order),
    summary: { area, ...countStatuses(data.tiltak.filter((t) => t.areaId === area.id)) },
  }));
}

/** Counts by status and progress, computed here so a save shows in the figures at once. */
export type StatusCounts = StatusSummary;

/**
 * {@link StatusCounts} of a list of tiltak, by the one rule of domain/progress.ts (the bot's and
 * the API's): stopped tiltak stay in the total, so stopping one never raises the share.
 */
export function countStatuses(tiltak: readonly Tiltak[]): StatusCounts {
  return summarizeStatuses(tiltak);
}

const osloDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Oslo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** `now` as an Oslo date "YYYY-MM-DD". */
export function osloDate(now: Date): string {
  return osloDay.format(now);
}

/**
 * True when the period's last year is over in Oslo: the rule of src/domain/planTime.ts (the tab
 * may not import the domain, so it is repeated here and tested with the same cases).
 */
export function periodEnded(period: PlanPeriod, now: Date): boolean {
  return period.endYear < Number(osloDate(now).slice(0, 4));
}

/** Due date passed (Oslo) and neither done nor stopped: domain/planTime.ts's isOverdue. */
export function isOverdue(t: Pick<Tiltak, "dueDate" | "status">, now: Date): boolean {
  if (!t.dueDate || t.status === "done" || t.status === "stopped") return false;
  return t.dueDate < osloDate(now);
}

/** "2024–2025" */
export function periodYears(period: PlanPeriod): string {
  return `${period.startYear}–${period.endYear}`;
}

/** Progress 0..1, clamped, from the summary value or else from counts. */
export function clampProgress(value: number | undefined): number {
  if (typeof value !== "number" || Number.isNaN(value)) return 0;
  return Math.min(1, Math.max(0, value));
}
