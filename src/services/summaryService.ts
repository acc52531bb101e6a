import { NotFoundError } from "../domain/errors.js";
import { expandAll } from "../domain/occurrences.js";
import type { PlanArea, PlanPeriod, TiltakStatus } from "../domain/tiltak.js";
import { summarizePlan } from "../domain/tiltakRules.js";
import { remindersOf, toOccurrenceDto, type OccurrenceDto } from "./occurrenceDto.js";
import type { KnowledgeSnapshot, KnowledgeSource } from "./knowledgeSource.js";
import type { Lang } from "../domain/language.js";
import type { BadRowReporter } from "../domain/badRows.js";
import type { BadRowView } from "./badRowLog.js";

/** The dashboard of the tab (GET /api/summary). */
export interface Summary {
  now: string;
  locale: Lang;
  period: PlanPeriod;
  tiltakByStatus: Record<TiltakStatus, number>;
  total: number;
  /** 0..1: (done + ½ in progress) / (total − stopped). */
  progress: number;
  areas: { area: PlanArea; total: number; byStatus: Record<TiltakStatus, number>; progress: number }[];
  upcoming: OccurrenceDto[];
  groupsCount: number;
  peopleCount: number;
  /** Added by the API for editors: stored events left out because a value in them cannot be used. */
  badRows?: BadRowView[];
}

/** How many upcoming occurrences the dashboard shows, and how far ahead it looks for them. */
export const UPCOMING_COUNT = 10;
const UPCOMING_HORIZON_MS = 400 * 86_400_000;

/** Builds summaries from the cached read model. */
export interface SummaryService {
  summary(locale: Lang): Promise<Summary>;
}

export function createSummaryService(deps: { knowledge: KnowledgeSource; badRows?: BadRowReporter }): SummaryService {
  // The tab polls the summary; it only changes with the data or as time passes, so one
  // computed value serves every caller for the same data version and minute.
  let cache: { key: string; value: Summary } | undefined;
  return {
    async summary(locale) {
      const snap = await deps.knowledge.snapshot();
      const key = `${snap.version}|${Math.floor(snap.now.getTime() / 60_000)}|${locale}`;
      if (cache?.key === key) return cache.value;
      const value = build(snap, locale, deps.badRows);
      cache = { key, value };
      return value;
    },
  };
}

function build(snap: KnowledgeSnapshot, locale: Lang, badRows?: BadRowReporter): Summary {
  if (!snap.period) throw new NotFoundError("No plan period is stored yet");
  const plan = summarizePlan(snap.period, snap.tiltak);
  const upcoming = expandAll(snap.events, snap.now, new Date(snap.now.getTime() + UPCOMING_HORIZON_MS), badRows)
    .slice(0, UPCOMING_COUNT)
    .map((o) => toOccurrenceDto(o, remindersOf));
  return {
    now: snap.now.toISOString(),
    locale,
    period: snap.period,
    tiltakByStatus: plan.byStatus,
    total: plan.total,
    progress: plan.progress,
    areas: plan.areas,
    upcoming,
    groupsCount: snap.directory.groups.length,
    peopleCount: snap.directory.people.length,
  };
}
