/** Rules for following up the action plan: status changes, progress and carrying measures over. */
import { ValidationError } from "./errors.js";
import { diffFields, type FieldChange } from "./eventRules.js";
import type { Actor } from "./repositories.js";
import {
  TILTAK_STATUSES,
  type PlanArea,
  type PlanPeriod,
  type Tiltak,
  type TiltakEdit,
  type TiltakStatus,
} from "./tiltak.js";

export type { FieldChange } from "./eventRules.js";

type Issue = { field: string; message: string };

/**
 * Applies an editor's change (already in shape: only editable fields, a known status, text within
 * its limits; see src/contract/tiltak.ts) to a tiltak. `responsible` is trimmed, notes are kept as typed.
 * Stamps `updatedAt`/`updatedBy` (the actor's name) only when something changed.
 */
export function applyTiltakPatch(
  existing: Tiltak,
  patch: TiltakEdit,
  actor: Actor,
  now: Date,
): { tiltak: Tiltak; changes: FieldChange[] } {
  const next: Tiltak = { ...existing };
  if (patch.status !== undefined) next.status = patch.status;
  if (patch.notes !== undefined) next.notes = patch.notes;
  if (patch.responsible !== undefined) next.responsible = patch.responsible.trim();
  // Optional fields are left out when cleared, so a stored row never holds an empty date.
  if (patch.dueDate !== undefined) {
    if (patch.dueDate === null) delete next.dueDate;
    else next.dueDate = patch.dueDate;
  }
  if (patch.milestone !== undefined) {
    const milestone = patch.milestone.trim();
    if (milestone === "") delete next.milestone;
    else next.milestone = milestone;
  }
  const changes = diffFields(existing, next);
  if (changes.length === 0) return { tiltak: existing, changes };
  return { tiltak: { ...next, updatedAt: now.toISOString(), updatedBy: actor.name }, changes };
}

/** Counts and progress for a set of tiltak. */
export interface StatusSummary {
  total: number;
  byStatus: Record<TiltakStatus, number>;
  /** 0..1, see {@link summarizePlan}. */
  progress: number;
}

/** A plan period's follow-up: overall and per area (in area order). */
export interface PlanSummary extends StatusSummary {
  areas: (StatusSummary & { area: PlanArea })[];
}

function summarize(tiltak: readonly Tiltak[]): StatusSummary {
  const byStatus = Object.fromEntries(TILTAK_STATUSES.map((s) => [s, 0])) as Record<TiltakStatus, number>;
  for (const t of tiltak) byStatus[t.status]++;
  const counted = tiltak.length - byStatus.stopped;
  const progress = counted === 0 ? 0 : (byStatus.done + 0.5 * byStatus.in_progress) / counted;
  return { total: tiltak.length, byStatus, progress };
}

/**
 * Summarises the tiltak of one period (others are ignored).
 * Progress = (done + ½ · in_progress) / (total − stopped): a stopped tiltak is a decision, not
 * unfinished work, so it leaves the denominator; with nothing left to count, progress is 0.
 */
export function summarizePlan(period: PlanPeriod, tiltak: readonly Tiltak[]): PlanSummary {
  const own = tiltak.filter((t) => t.periodId === period.id);
  return {
    ...summarize(own),
    areas: [...period.areas]
      .sort((a, b) => a.order - b.order)
      .map((area) => ({ area, ...summarize(own.filter((t) => t.areaId === area.id)) })),
  };
}

/**
 * Copies tiltak into a new period as fresh "planned" measures with empty notes, keeping id, area,
 * order, text, examples, responsible and the time set (due date, milestone: a date already passed
 * shows the new period's tiltak as late at once, which is the point of carrying it over);
 * `carriedFrom` is the source tiltak's id.
 */
export function carryOver(tiltak: readonly Tiltak[], toPeriodId: string): Tiltak[] {
  return tiltak.map((t) => ({
    periodId: toPeriodId,
    id: t.id,
    areaId: t.areaId,
    order: t.order,
    text: t.text,
    ...(t.examples !== undefined ? { examples: t.examples } : {}),
    status: "planned",
    responsible: t.responsible,
    notes: "",
    carriedFrom: t.id,
    ...(t.dueDate !== undefined ? { dueDate: t.dueDate } : {}),
    ...(t.milestone !== undefined ? { milestone: t.milestone } : {}),
  }));
}

/** In a period path, "current" means the period whose years contain today (see `currentPeriod`). */
export const CURRENT_PERIOD_ALIAS = "current";

/** A new plan period as a client sends it, already in shape (see src/contract/tiltak.ts). */
export type PeriodInput = Omit<PlanPeriod, "areas"> & {
  areas: (Pick<PlanArea, "id" | "name"> & Partial<Pick<PlanArea, "nameEn" | "goal" | "order">>)[];
};

/** Which tiltak of an earlier period a new period starts with. */
export interface CarryOverRequest {
  fromPeriod: string;
  tiltakIds: string[];
}

/**
 * Applies the period rules to a body in shape (the id is not the reserved alias, the years are in
 * order, area ids are unique) and returns the period with trimmed text and numbered areas.
 * Throws ValidationError.
 */
export function validatePeriodInput(input: PeriodInput): PlanPeriod {
  const issues: Issue[] = [];
  if (input.id === CURRENT_PERIOD_ALIAS)
    issues.push({
      field: "id",
      message: `"${CURRENT_PERIOD_ALIAS}" is reserved: it names whichever period is current`,
    });
  if (input.endYear < input.startYear) issues.push({ field: "endYear", message: "must not be before startYear" });
  const seen = new Set<string>();
  const areas = input.areas.map((area, i): PlanArea => {
    if (seen.has(area.id)) issues.push({ field: `areas[${i}].id`, message: `duplicate area id ${area.id}` });
    seen.add(area.id);
    return {
      id: area.id,
      name: area.name.trim(),
      nameEn: area.nameEn?.trim() ?? "",
      goal: area.goal?.trim() ?? "",
      order: area.order ?? i + 1,
    };
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return { id: input.id, title: input.title.trim(), startYear: input.startYear, endYear: input.endYear, areas };
}
