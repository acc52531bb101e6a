/** Shapes of the JSON API (docs/api-contract.md) as the tab reads them. */
import type { Group, Person } from "../domain/directory.js";
import type { AlrekEvent, EventKind } from "../domain/events.js";
import type { ChangeRecord } from "../domain/repositories.js";
import type { PlanArea, PlanPeriod, Tiltak, TiltakStatus } from "../domain/tiltak.js";

export type { AlrekEvent, ChangeRecord, EventKind, Group, Person, PlanArea, PlanPeriod, Tiltak, TiltakStatus };

/** Every entity in a response carries its etag. */
export type WithEtag<T> = T & { etag: string };

/** GET /api/me */
export interface Me {
  oid: string;
  tid: string;
  name: string;
  isEditor: boolean;
  mode: "local" | "entra";
}

/** One occurrence of an event, resolved to instants by the server. */
export interface OccurrenceDto {
  eventId: string;
  key: string;
  start: string;
  end?: string;
  moved: boolean;
  title: string;
  titleEn?: string;
  kind: EventKind;
  place?: string;
  link?: string;
  description?: string;
  organiser?: string;
  /** Instants at which reminders will be sent. */
  reminders: string[];
}

/** Progress of one area in GET /api/summary. */
export interface AreaSummary {
  area: PlanArea;
  total: number;
  byStatus: Partial<Record<TiltakStatus, number>>;
  progress: number;
}

/** GET /api/summary */
export interface Summary {
  now: string;
  period: PlanPeriod;
  tiltakByStatus: Partial<Record<TiltakStatus, number>>;
  progress: number;
  areas: AreaSummary[];
  upcoming: OccurrenceDto[];
  groupsCount: number;
  peopleCount: number;
}

/** One problem with one field, from a validation_failed error. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** The error body of every failing /api call. */
export interface ApiErrorBody {
  error: { code: string; message: string; issues?: FieldIssue[] };
  /** On 412: the newer stored entity and its etag. */
  current?: unknown;
  etag?: string;
}

/** Body of POST/PATCH /api/events: event fields without id. */
export type EventInput = Omit<AlrekEvent, "id" | "updatedAt" | "updatedBy">;

/** One tiltak change in GET /api/dashboard, with the tiltak's text. */
export type DashboardChange = ChangeRecord & { tiltakText: string };

/** GET /api/dashboard: what the status view and the stage dashboard show, with its version. */
export interface Dashboard {
  version: string;
  summary: Summary;
  tiltak: WithEtag<Tiltak>[];
  /** Newest first, since `changesSince`. */
  changes: DashboardChange[];
  changesSince: string;
  /** The last Alrekforum meeting in the events, when there is one. */
  lastForum?: { title: string; start: string };
}
