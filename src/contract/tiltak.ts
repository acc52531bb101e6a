/**
 * The action plan on the wire: periods, tiltak, the tiltak patch and the new-period body.
 * The rules that need more than one field (reserved id, years in order, unique area ids, carry-over
 * sources) are in src/domain/tiltakRules.ts and src/services/tiltakService.ts.
 */
import { z } from "zod";
import { TILTAK_EDITABLE_FIELDS, TILTAK_STATUSES, type TiltakEditableField } from "../domain/tiltak.js";
import { FIRST_YEAR, LAST_YEAR } from "../domain/dateWindow.js";
import { enumOf, line, requiredLine } from "./text.js";
import { EntityId, LocalDate } from "./values.js";

export { TILTAK_EDITABLE_FIELDS };

/** planned, in_progress, done or stopped. */
export const TiltakStatus = enumOf(TILTAK_STATUSES);
export type TiltakStatus = z.infer<typeof TiltakStatus>;

/** An area (satsingsområde) of a plan period. */
export const PlanArea = z
  .object({ id: z.string(), name: z.string(), nameEn: z.string(), goal: z.string(), order: z.number() })
  .strict();
export type PlanArea = z.infer<typeof PlanArea>;

/** A plan period such as "Handlingsplan 2024–2025". */
export const PlanPeriod = z
  .object({ id: z.string(), title: z.string(), startYear: z.number(), endYear: z.number(), areas: z.array(PlanArea) })
  .strict();
export type PlanPeriod = z.infer<typeof PlanPeriod>;

/** One measure of an action plan, as stored. */
export const Tiltak = z
  .object({
    periodId: z.string(),
    id: z.string(),
    areaId: z.string(),
    order: z.number(),
    text: z.string(),
    examples: z.string().optional(),
    status: TiltakStatus,
    responsible: z.string(),
    notes: z.string(),
    updatedAt: z.string().optional(),
    updatedBy: z.string().optional(),
    carriedFrom: z.string().optional(),
    carriedFromPeriod: z.string().optional(),
    dueDate: z.string().optional(),
    milestone: z.string().optional(),
  })
  .strict();
export type Tiltak = z.infer<typeof Tiltak>;

/** A tiltak with the version token a write must send back in If-Match. */
export const TiltakView = Tiltak.extend({ etag: z.string() });
export type TiltakView = z.infer<typeof TiltakView>;

const editable = {
  status: TiltakStatus,
  notes: z.string().max(4000),
  responsible: z.string().max(200),
  /** A real date "YYYY-MM-DD" in the years 2000–2100; null clears it. */
  dueDate: LocalDate.nullable(),
  /** One line; empty clears it. */
  milestone: line(200),
} satisfies Record<TiltakEditableField, z.ZodTypeAny>;

/** PATCH /api/periods/:pid/tiltak/:id: any of the editable fields, nothing else. */
export const TiltakPatchBody = z
  .object(editable)
  .partial()
  .strict(`cannot be changed (only ${TILTAK_EDITABLE_FIELDS.join(", ").replace(/, (?=[^,]*$)/, " and ")})`);
export type TiltakPatchBody = z.infer<typeof TiltakPatchBody>;

const ID_RE = /^[a-z0-9][a-z0-9-]{0,39}$/;
const YEAR_MESSAGE = `must be a year from ${FIRST_YEAR} to ${LAST_YEAR}`;
const year = z
  .number({ invalid_type_error: YEAR_MESSAGE })
  .int(YEAR_MESSAGE)
  .min(FIRST_YEAR, YEAR_MESSAGE)
  .max(LAST_YEAR, YEAR_MESSAGE);

/** One area of a new period; `order` defaults to its place in the list. */
const PeriodAreaBody = z.object({
  id: z.string().regex(ID_RE, "must be lower-case letters, digits or hyphens"),
  name: requiredLine(200),
  nameEn: line(200).optional(),
  goal: z
    .string()
    .refine((text) => text.trim().length <= 4000, "must be at most 4000 characters")
    .optional(),
  order: z.number().int("must be a whole number").optional(),
});

/** POST /api/periods: a new period, optionally starting with tiltak carried over from an earlier one. */
export const PeriodCreateBody = z
  .object({
    id: z.string().regex(ID_RE, "must be 1–40 lower-case letters, digits or hyphens, such as 2026-2027"),
    title: requiredLine(200),
    startYear: year,
    endYear: year,
    areas: z.array(PeriodAreaBody).min(1, "must list 1 to 20 areas").max(20, "must list 1 to 20 areas"),
    carryOver: z
      .object({
        fromPeriod: z.string(),
        tiltakIds: z.array(z.string()).max(500),
        /** Keep each tiltak's status (default true; false: all start as planned). */
        keepStatus: z.boolean().optional(),
        /** Keep each tiltak's last note (default true). */
        keepNotes: z.boolean().optional(),
        /** New due dates by tiltak id (old ones are never kept); at most one per carried tiltak. */
        dueDates: z
          .record(EntityId, LocalDate)
          .refine((d) => Object.keys(d).length <= 500, "must hold at most 500 dates")
          .optional(),
      })
      .strict("is not a known carry-over field")
      .nullable()
      .optional(),
    // Sent back by clients that echo what they read; accepted and ignored.
    etag: z.unknown(),
  })
  .strict("is not a known period field");
export type PeriodCreateBody = z.infer<typeof PeriodCreateBody>;

/** GET /api/periods: every period, and the id of the current one (absent when there is none). */
export const PeriodsResponse = z.object({ periods: z.array(PlanPeriod), current: z.string().optional() }).strict();
export type PeriodsResponse = z.infer<typeof PeriodsResponse>;

/** 201 of POST /api/periods */
export const PeriodCreatedResponse = z.object({ period: PlanPeriod, tiltak: z.array(TiltakView) }).strict();
export type PeriodCreatedResponse = z.infer<typeof PeriodCreatedResponse>;

/** GET /api/periods/:pid/tiltak (plan order) */
export const TiltakListResponse = z.object({ tiltak: z.array(TiltakView) }).strict();
export type TiltakListResponse = z.infer<typeof TiltakListResponse>;
