/** Progress of a measure (tiltak) in the action plan. */
export type TiltakStatus = "planned" | "in_progress" | "done" | "stopped";
export const TILTAK_STATUSES: readonly TiltakStatus[] = ["planned", "in_progress", "done", "stopped"];

/** An area (satsingsområde) of a plan period, e.g. "Utdanning for fremtiden". */
export interface PlanArea {
  id: string;
  name: string;
  nameEn: string;
  /** The area's introductory text ("Gjennom klyngedeltakelsen vil ..."). */
  goal: string;
  order: number;
}

/** A plan period such as "Handlingsplan 2024–2025". New periods are data, not code. */
export interface PlanPeriod {
  id: string;
  title: string;
  startYear: number;
  endYear: number;
  areas: PlanArea[];
}

/** One measure of an action plan. */
export interface Tiltak {
  periodId: string;
  id: string;
  areaId: string;
  order: number;
  text: string;
  /** Sub-bullet examples in the document ("Eksempelvis simulering, podcast, ..."). */
  examples?: string;
  status: TiltakStatus;
  responsible: string;
  notes: string;
  updatedAt?: string;
  updatedBy?: string;
  /** Id of the tiltak in an earlier period this one was carried over from. */
  carriedFrom?: string;
  /** The period it was carried over from: its history there is `<carriedFromPeriod>:<carriedFrom>`. */
  carriedFromPeriod?: string;
  /** When the tiltak should be done, "YYYY-MM-DD" (Oslo date); past it and not done, it is "forsinket" (see planTime.ts). */
  dueDate?: string;
  /** A milestone in words ("Før Alrekdagene 2027"), for a time that is not one date. */
  milestone?: string;
}

/** The fields of a tiltak an editor may change; the API's patch body is built from this list. */
export const TILTAK_EDITABLE_FIELDS = ["status", "notes", "responsible", "dueDate", "milestone"] as const;

/** One field of {@link TILTAK_EDITABLE_FIELDS}. */
export type TiltakEditableField = (typeof TILTAK_EDITABLE_FIELDS)[number];

/**
 * An editor's change to a tiltak: some of the editable fields, already in shape (see src/contract).
 * `dueDate: null` clears the date; an empty `milestone` clears the milestone.
 */
export type TiltakEdit = { [K in TiltakEditableField]?: K extends "dueDate" ? string | null : NonNullable<Tiltak[K]> };
