/** Rules for following up the action plan: status changes, progress and carrying measures over. */
import { ValidationError } from "./errors.js";
import { diffFields, type FieldChange } from "./eventRules.js";
import { summarizeStatuses, type StatusSummary } from "./progress.js";
import type { Actor } from "./repositories.js";
import type { PlanArea, PlanPeriod, Tiltak, TiltakEdit } from "./tiltak.js";

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

export type { StatusSummary } from "./progress.js";

/** A plan period's follow-up: overall and per area (in area order). */
export interface PlanSummary extends StatusSummary {
  areas: (StatusSummary & { area: PlanArea })[];
}

const summarize = summarizeStatuses;

/**
 * Summarises the tiltak of one period (others are ignored), by domain/progress.ts's rule:
 * (done + ½ · in_progress) / total, so stopping a tiltak never raises the share.
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

/** What a carry-over keeps of each tiltak (the dialog's ticks) and the due dates it sets anew. */
export interface CarryOverOptions {
  /** The period the tiltak come from (kept on each as `carriedFromPeriod`, for the link to its history). */
  fromPeriod: string;
  /** Keep the status ("Pågår" stays "Pågår"); false starts every tiltak as planned. Default true. */
  keepStatus?: boolean;
  /** Keep the last note; false starts with an empty note. Default true. */
  keepNotes?: boolean;
  /**
   * New due dates by tiltak id. Old due dates are never kept: they lie in the old period, and
   * keeping them would show every carried tiltak as late at once. A tiltak without one has none.
   */
  dueDates?: Readonly<Record<string, string>>;
}

/**
 * Copies tiltak into a new period, keeping id, area, order, text, examples, responsible and the
 * milestone (words, not a date), and by default the status and the last note; the due date is
 * the new one given, or none. `carriedFrom` and `carriedFromPeriod` point back to the source.
 */
export function carryOver(tiltak: readonly Tiltak[], toPeriodId: string, options: CarryOverOptions): Tiltak[] {
  const keepStatus = options.keepStatus !== false;
  const keepNotes = options.keepNotes !== false;
  return tiltak.map((t) => {
    const dueDate = options.dueDates?.[t.id];
    return {
      periodId: toPeriodId,
      id: t.id,
      areaId: t.areaId,
      order: t.order,
      text: t.text,
      ...(t.examples !== undefined ? { examples: t.examples } : {}),
      status: keepStatus ? t.status : "planned",
      responsible: t.responsible,
      notes: keepNotes ? t.notes : "",
      carriedFrom: t.id,
      carriedFromPeriod: options.fromPeriod,
      ...(dueDate !== undefined ? { dueDate } : {}),
      ...(t.milestone !== undefined ? { milestone: t.milestone } : {}),
    };
  });
}

/**
 * The history a carried tiltak starts with in its new period: where it came from, then what was
 * kept or set (status, note, due date), so the history says what was carried and not only that
 * something changed.
 */
export function carryOverChanges(t: Tiltak): FieldChange[] {
  const changes: FieldChange[] = [
    { field: "carriedFrom", oldValue: null, newValue: `${t.carriedFromPeriod ?? ""}:${t.carriedFrom ?? t.id}` },
  ];
  if (t.status !== "planned") changes.push({ field: "status", oldValue: null, newValue: t.status });
  if (t.notes) changes.push({ field: "notes", oldValue: null, newValue: t.notes });
  if (t.dueDate) changes.push({ field: "dueDate", oldValue: null, newValue: t.dueDate });
  return changes;
}

/** In a period path, "current" means the period whose years contain today (see `currentPeriod`). */
export const CURRENT_PERIOD_ALIAS = "current";

/** A new plan period as a client sends it, already in shape (see src/contract/tiltak.ts). */
export type PeriodInput = Omit<PlanPeriod, "areas"> & {
  areas: (Pick<PlanArea, "id" | "name"> & Partial<Pick<PlanArea, "nameEn" | "goal" | "order">>)[];
};

/** Which tiltak of an earlier period a new period starts with, and what of them is kept. */
export interface CarryOverRequest extends Omit<CarryOverOptions, "fromPeriod"> {
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
