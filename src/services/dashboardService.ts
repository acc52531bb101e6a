/**
 * The live dashboard of the tab (GET /api/dashboard): the current plan period's tiltak, counts,
 * the changes since the last Alrekforum meeting and the next events, with a version token.
 *
 * The token is computed from Table Storage itself (the row etags of the period's tiltak and of
 * the events), not from this process's cache, so every instance behind a load balancer gives the
 * same token for the same data and a change saved through any instance (tab, bot, API) changes it
 * at once. A poll whose token still matches costs two small partition queries and no history reads.
 */
import { createHash } from "node:crypto";
import { NotFoundError } from "../domain/errors.js";
import { expandAll } from "../domain/occurrences.js";
import type {
  ChangeRecord,
  EventRepository,
  HistoryRepository,
  PlanRepository,
  Versioned,
} from "../domain/repositories.js";
import type { Tiltak } from "../domain/tiltak.js";
import type { AlrekEvent } from "../domain/events.js";
import { summarizePlan } from "../domain/tiltakRules.js";
import type { Clock } from "../domain/clock.js";
import { remindersOf, toOccurrenceDto, type OccurrenceDto } from "./occurrenceDto.js";
import { currentPeriod } from "./knowledgeSource.js";
import { UPCOMING_COUNT, type Summary } from "./summaryService.js";
import { tiltakHistoryId } from "./tiltakService.js";
import type { Lang } from "../domain/language.js";
import type { MeetingRepository } from "../domain/meetingRepository.js";
import { withNextHeld } from "../domain/holidayRule.js";
import { stageMeetingOf, type StageMeeting } from "./meetingService.js";

/** One tiltak change shown under "Endret siden forrige Alrekforum". */
export type DashboardChange = ChangeRecord & { tiltakText: string };

/** GET /api/dashboard */
export interface Dashboard {
  version: string;
  summary: Summary;
  tiltak: (Tiltak & { etag: string })[];
  /** Newest first, since `changesSince`. */
  changes: DashboardChange[];
  changesSince: string;
  /** The last past meeting whose title names Alrekforum, when the events have one. */
  lastForum?: { title: string; start: string };
  /** While the chair runs a meeting: the agenda item the stage follows. */
  meeting?: StageMeeting;
}

/** A version token and, only when it is needed, the dashboard it stands for. */
export interface DashboardVersion {
  etag: string;
  build(): Promise<Dashboard>;
}

/** Reads the live dashboard straight from storage. */
export interface DashboardService {
  current(locale: Lang): Promise<DashboardVersion>;
}

const DAY_MS = 86_400_000;
const UPCOMING_HORIZON_MS = 400 * DAY_MS;
/** Without an Alrekforum meeting in the events, "recent" means the last 30 days. */
const FALLBACK_CHANGES_MS = 30 * DAY_MS;
/** Relative texts ("om 5 dager") and the next events move with time: the token changes every 5 minutes. */
const TIME_BUCKET_MS = 5 * 60_000;
const MAX_CHANGES = 40;

export function createDashboardService(deps: {
  plan: PlanRepository;
  events: EventRepository;
  history: HistoryRepository;
  clock: Clock;
  /** Meeting mode: the chair's focus, which the stage follows through this same poll. */
  meetings?: Pick<MeetingRepository, "getFocus">;
}): DashboardService {
  // Every viewer polling one instance shares one build per version of the data, whatever their
  // language: the dashboard's data is the same in nb, nn and en, and the language (the locale and
  // the per-language ETag) is added to the shared build for each answer. A cache per language
  // would still build three times; one entry keyed by language thrashed when languages mixed.
  let cache: { version: string; value: Promise<Dashboard> } | undefined;
  return {
    async current(locale) {
      const now = deps.clock();
      const [periods, events, focus] = await Promise.all([
        deps.plan.listPeriods(),
        deps.events.list(),
        deps.meetings?.getFocus(),
      ]);
      const period = currentPeriod(periods, now);
      if (!period) throw new NotFoundError("No plan period is stored yet");
      const tiltak = await deps.plan.listTiltak(period.id);
      const version = versionOf(
        period.id,
        tiltak,
        [...events, ...(focus ? [focus] : [])],
        Math.floor(now.getTime() / TIME_BUCKET_MS),
        periods.length,
      );
      const etag = `W/"${version}.${locale}"`;
      return {
        etag,
        async build() {
          if (cache?.version !== version) {
            const value = build(deps.history, {
              now,
              period,
              tiltak,
              events: events.map((e) => e.value),
            });
            cache = { version, value };
            value.catch(() => {
              if (cache?.value === value) cache = undefined;
            });
          }
          const shared = await cache.value;
          const meeting = stageMeetingOf(
            focus?.value,
            period,
            events.map((e) => e.value),
            now,
          );
          return { ...shared, version: etag, summary: { ...shared.summary, locale }, ...(meeting ? { meeting } : {}) };
        },
      };
    },
  };
}

/** The version of the data, from the storage etags of every row the dashboard is built from (no language). */
function versionOf(
  periodId: string,
  tiltak: Versioned<Tiltak>[],
  events: Versioned<unknown>[],
  bucket: number,
  periodCount: number,
): string {
  const hash = createHash("sha1");
  hash.update(`${periodId}|${periodCount}|${bucket}\n`);
  for (const etag of [...tiltak, ...events].map((v) => v.etag).sort()) hash.update(`${etag}\n`);
  return hash.digest("base64url").slice(0, 22);
}

async function build(
  history: HistoryRepository,
  input: {
    now: Date;
    period: Summary["period"];
    tiltak: Versioned<Tiltak>[];
    events: AlrekEvent[];
  },
): Promise<Dashboard> {
  const { now, period, events } = input;
  const values = input.tiltak.map((v) => v.value);
  const plan = summarizePlan(period, values);
  // The next occurrences, and for an event whose dates among them all await a holiday
  // confirmation its next held one too, so the stage can name it as the bot does.
  const upcoming: OccurrenceDto[] = withNextHeld(
    expandAll(events, now, new Date(now.getTime() + UPCOMING_HORIZON_MS)),
    UPCOMING_COUNT,
  ).map((o) => toOccurrenceDto(o, remindersOf));
  const forum = expandAll(
    events.filter((e) => /alrekforum/i.test(e.title)),
    new Date(now.getTime() - 365 * DAY_MS),
    now,
  ).at(-1);
  const since = forum ? forum.start : new Date(now.getTime() - FALLBACK_CHANGES_MS);
  const sinceIso = since.toISOString();
  // One partition query per tiltak, only when the data changed (the caller checks the etag first).
  const perTiltak = await Promise.all(
    values.map(async (t) =>
      (await history.list("tiltak", tiltakHistoryId(t.periodId, t.id)))
        .filter((r) => r.at >= sinceIso)
        .map((r) => ({ ...r, tiltakText: t.text })),
    ),
  );
  const changes = perTiltak
    .flat()
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, MAX_CHANGES);
  // The language's parts (version, locale) are set per answer in `current`.
  return {
    version: "",
    summary: {
      now: now.toISOString(),
      locale: "nb",
      period,
      tiltakByStatus: plan.byStatus,
      total: plan.total,
      progress: plan.progress,
      areas: plan.areas,
      upcoming,
      groupsCount: 0,
      peopleCount: 0,
    },
    tiltak: input.tiltak.map((v) => ({ ...v.value, etag: v.etag })),
    changes,
    changesSince: sinceIso,
    lastForum: forum ? { title: forum.event.title, start: forum.start.toISOString() } : undefined,
  };
}
