/** The tab's overview on the wire: GET /api/summary and GET /api/dashboard. */
import { z } from "zod";
import { LANGS } from "../domain/language.js";
import type { TiltakStatus as Status } from "../domain/tiltak.js";
import { BadRows } from "./badRows.js";
import { OccurrenceDto } from "./events.js";
import { ChangeRecord } from "./history.js";
import { DashboardMeeting } from "./meeting.js";
import { PlanArea, PlanPeriod, TiltakView } from "./tiltak.js";

const count = z.number().int().nonnegative();

/** How many tiltak have each status. */
const StatusCounts = z
  .object({ planned: count, in_progress: count, done: count, stopped: count } satisfies Record<Status, z.ZodTypeAny>)
  .strict();

/** 0..1: (done + ½ in progress) / total (domain/progress.ts: stopping never raises it). */
const progress = z.number().min(0).max(1);

/** Progress of one area. */
export const AreaSummary = z.object({ area: PlanArea, total: count, byStatus: StatusCounts, progress }).strict();
export type AreaSummary = z.infer<typeof AreaSummary>;

/** GET /api/summary?locale=nb|nn|en */
export const Summary = z
  .object({
    now: z.string(),
    locale: z.enum(LANGS),
    period: PlanPeriod,
    tiltakByStatus: StatusCounts,
    total: count,
    progress,
    areas: z.array(AreaSummary),
    /** The next occurrences (at most 10). */
    upcoming: z.array(OccurrenceDto),
    groupsCount: count,
    peopleCount: count,
    /** Editors only: stored events left out of `upcoming` because a value in them cannot be used. */
    badRows: BadRows,
  })
  .strict();
export type Summary = z.infer<typeof Summary>;

/** One tiltak change in the dashboard, with the tiltak's text. */
const DashboardChange = ChangeRecord.extend({ tiltakText: z.string() });
export type DashboardChange = z.infer<typeof DashboardChange>;

/** GET /api/dashboard: what the status view and the stage dashboard show, with its version. */
export const Dashboard = z
  .object({
    version: z.string(),
    summary: Summary,
    tiltak: z.array(TiltakView),
    /** Newest first, since `changesSince`. */
    changes: z.array(DashboardChange),
    changesSince: z.string(),
    /** The last Alrekforum meeting in the events, when there is one. */
    lastForum: z.object({ title: z.string(), start: z.string() }).strict().optional(),
    /** While the chair runs a meeting from the side panel: the agenda item the stage shows. */
    meeting: DashboardMeeting.optional(),
  })
  .strict();
export type Dashboard = z.infer<typeof Dashboard>;
