/** Rules for following up the action plan: status changes, progress and carrying measures over. */
import { ValidationError } from "./errors.js";
import { diffFields, type FieldChange } from "./eventRules.js";
import type { Actor } from "./repositories.js";
import { TILTAK_STATUSES, type PlanArea, type PlanPeriod, type Tiltak, type TiltakStatus } from "./tiltak.js";

export type { FieldChange } from "./eventRules.js";

type Issue = { field: string; message: string };

const PATCHABLE = { notes: 4000, responsible: 200 } as const;

/**
 * Applies an editor's change to a tiltak: only `status`, `notes` and `responsible` may change.
 * Unknown fields, a status outside TILTAK_STATUSES and over-long text are rejected (ValidationError).
 * Stamps `updatedAt`/`updatedBy` (the actor's name) only when something changed.
 */
export function applyTiltakPatch(existing: Tiltak, patch: unknown, actor: Actor, now: Date): { tiltak: Tiltak; changes: FieldChange[] } {
  if (typeof patch !== "object" || patch === null || Array.isArray(patch)) {
    throw new ValidationError([{ field: "body", message: "must be a JSON object" }]);
  }
  const raw = patch as Record<string, unknown>;
  const issues: Issue[] = [];
  const next: Tiltak = { ...existing };
  for (const [key, value] of Object.entries(raw)) {
    if (key === "status") {
      if (TILTAK_STATUSES.includes(value as TiltakStatus)) next.status = value as TiltakStatus;
      else issues.push({ field: "status", message: `must be one of ${TILTAK_STATUSES.join(", ")}` });
    } else if (key === "notes" || key === "responsible") {
      if (typeof value !== "string") issues.push({ field: key, message: "must be text" });
      else if (value.length > PATCHABLE[key]) issues.push({ field: key, message: `must be at most ${PATCHABLE[key]} characters` });
      else next[key] = key === "responsible" ? value.trim() : value;
    } else {
      issues.push({ field: key, message: "cannot be changed (only status, notes and responsible)" });
    }
  }
  if (issues.length > 0) throw new ValidationError(issues);
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
 * order, text, examples and responsible; `carriedFrom` is the source tiltak's id.
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
  }));
}

const ID_RE = /^[a-z0-9][a-z0-9-]{0,39}$/;

function text(raw: Record<string, unknown>, field: string, max: number, issues: Issue[], required = true): string {
  const v = raw[field];
  if (v === undefined && !required) return "";
  if (typeof v !== "string" || (required && v.trim() === "")) issues.push({ field, message: required ? "is required" : "must be text" });
  else if (v.trim().length > max) issues.push({ field, message: `must be at most ${max} characters` });
  return typeof v === "string" ? v.trim() : "";
}

/** In a period path, "current" means the period whose years contain today (see `currentPeriod`). */
export const CURRENT_PERIOD_ALIAS = "current";

/**
 * Checks a new plan period from a request body. `carryOver` is allowed in the body but is the
 * caller's business; other unknown fields are rejected. Throws ValidationError.
 */
export function validatePeriodInput(input: unknown): PlanPeriod {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new ValidationError([{ field: "body", message: "must be a JSON object" }]);
  }
  const raw = input as Record<string, unknown>;
  const issues: Issue[] = [];
  for (const key of Object.keys(raw)) {
    if (!["id", "title", "startYear", "endYear", "areas", "carryOver", "etag"].includes(key)) issues.push({ field: key, message: "is not a known period field" });
  }
  if (typeof raw.id !== "string" || !ID_RE.test(raw.id)) issues.push({ field: "id", message: "must be 1–40 lower-case letters, digits or hyphens, such as 2026-2027" });
  else if (raw.id === CURRENT_PERIOD_ALIAS) issues.push({ field: "id", message: `"${CURRENT_PERIOD_ALIAS}" is reserved: it names whichever period is current` });
  const title = text(raw, "title", 200, issues);
  for (const f of ["startYear", "endYear"]) {
    if (!Number.isInteger(raw[f]) || (raw[f] as number) < 2000 || (raw[f] as number) > 2100) issues.push({ field: f, message: "must be a year from 2000 to 2100" });
  }
  if (Number.isInteger(raw.startYear) && Number.isInteger(raw.endYear) && (raw.endYear as number) < (raw.startYear as number)) {
    issues.push({ field: "endYear", message: "must not be before startYear" });
  }
  const areas: PlanArea[] = [];
  if (!Array.isArray(raw.areas) || raw.areas.length === 0 || raw.areas.length > 20) {
    issues.push({ field: "areas", message: "must list 1 to 20 areas" });
  } else {
    raw.areas.forEach((a: unknown, i: number) => {
      const area = (typeof a === "object" && a !== null ? a : {}) as Record<string, unknown>;
      const sub: Issue[] = [];
      const id = typeof area.id === "string" && ID_RE.test(area.id) ? area.id : (sub.push({ field: "id", message: "must be lower-case letters, digits or hyphens" }), "");
      if (areas.some((x) => x.id === id)) sub.push({ field: "id", message: `duplicate area id ${id}` });
      const order = area.order === undefined ? i + 1 : Number.isInteger(area.order) ? (area.order as number) : (sub.push({ field: "order", message: "must be a whole number" }), i + 1);
      areas.push({ id, name: text(area, "name", 200, sub), nameEn: text(area, "nameEn", 200, sub, false), goal: text(area, "goal", 4000, sub, false), order });
      issues.push(...sub.map((s) => ({ field: `areas[${i}].${s.field}`, message: s.message })));
    });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return { id: raw.id as string, title, startYear: raw.startYear as number, endYear: raw.endYear as number, areas };
}
