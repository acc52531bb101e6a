import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import { attentionOf, STALE_WEEKS } from "../attention.js";
import type { Dashboard as DashboardData, DashboardChange } from "../apiTypes.js";
import { describeChange } from "../changeText.js";
import { daysUntil, relativeDays, formatClock, formatDay, formatShortDay, formatWeekdayDay } from "../formatDate.js";
import { plural, useI18n } from "../i18n/index.js";
import { STATUSES, statusLabel } from "../labels.js";
import { nextEvents } from "../nextEvents.js";
import { countStatuses, groupByArea, periodYears } from "../statusData.js";
import type { LiveDashboard } from "../useLiveDashboard.js";
import { FitList } from "./FitList.js";
import { HolidayBadge } from "./EventParts.js";
import { MeetingStage } from "./MeetingStage.js";
import { ProgressTrack } from "./ProgressTrack.js";

const ApiProblem = lazy(() => import("./ApiProblem.js").then((m) => ({ default: m.ApiProblem })));

/**
 * Outside the stage the panels grow with their lists, so these caps keep the view short; on the
 * stage each list shows what fits its panel. Either way the rest is "+ N til".
 */
const MAX_ATTENTION = 5;
const MAX_CHANGES = 6;
const NEXT_EVENTS = 3;

export { relativeDays };

/** Props of {@link Dashboard}. */
export interface DashboardProps {
  live: LiveDashboard;
  /** On the meeting stage: lists fit their panels instead of fixed caps. */
  stage?: boolean;
  /** "Now" for relative dates; injectable for tests. */
  now?: () => Date;
}

/**
 * The meeting dashboard: one screen, no scrolling, at any stage size. Attention, the counts by
 * status and progress, the changes since the last Alrekforum and the next events; while the
 * chair runs a meeting, the agenda item the chair is on.
 */
export function Dashboard({ live, stage = false, now = () => new Date() }: DashboardProps) {
  const { t } = useI18n();
  if (!live.data) {
    return live.error !== undefined ? (
      <Suspense fallback={null}>
        <ApiProblem error={live.error} onRetry={live.refresh} />
      </Suspense>
    ) : (
      <Spinner label={t("loading")} />
    );
  }
  return <DashboardBody data={live.data} live={live} now={now()} stage={stage} />;
}

interface AttentionItem {
  key: string;
  text: string;
  strong?: string;
  id?: string;
}

function DashboardBody({
  data,
  live,
  now,
  stage,
}: {
  data: DashboardData;
  live: LiveDashboard;
  now: Date;
  stage: boolean;
}) {
  const { t, lang } = useI18n();
  const period = data.summary.period;
  const counts = countStatuses(data.tiltak);
  const attention = attentionOf(period, data.tiltak, now);
  const attentionItems: AttentionItem[] = [];
  // One sentence, worded as in the bot and the Status view.
  if (attention.periodEnded)
    attentionItems.push({
      key: "period",
      strong: `${t("periodEndedShort", { years: periodYears(period) })}; ${t("periodEndedNoNew")}`,
      text: "",
    });
  for (const x of attention.stopped)
    attentionItems.push({ key: `stopped-${x.id}`, id: x.id, strong: t("status_stopped"), text: x.text });
  for (const x of attention.overdue) {
    const due = t("dueOn", { date: formatDay(`${x.dueDate}T12:00:00Z`, lang) });
    attentionItems.push({ key: `overdue-${x.id}`, id: x.id, strong: `${t("overdue")} (${due})`, text: x.text });
  }
  if (attention.stale.length) {
    attentionItems.push({
      key: "stale",
      strong: plural(t, "staleCount", attention.stale.length),
      text: t("staleWhy", { weeks: STALE_WEEKS }),
    });
  }
  const events = nextEvents(data.summary.upcoming, stage ? 8 : NEXT_EVENTS);
  const pct = Math.round(counts.progress * 100);
  const sinceText = data.lastForum
    ? t("changedSinceForum", { date: formatDay(data.lastForum.start, lang) })
    : t("changedLast30");
  const meeting = data.meeting;
  const item = meeting?.itemId
    ? groupByArea({ period, summary: data.summary, tiltak: data.tiltak }).find((g) => g.area.id === meeting.itemId)
    : undefined;
  const areaName = (a: { name: string; nameEn: string }) => (lang === "en" && a.nameEn ? a.nameEn : a.name);

  return (
    <section
      className={`dashboard${item ? " dashboard-meeting" : ""}`}
      aria-labelledby="dashboard-heading"
      data-testid="dashboard"
    >
      <header className="dashboard-head">
        <h2 id="dashboard-heading">{t("dashboardHeading", { title: period.title })}</h2>
        {meeting && (
          <p className="dashboard-meeting-name" data-testid="dashboard-meeting">
            {t("meetingNow", { title: meeting.title })}
          </p>
        )}
        {live.checkedAt && (
          <p className="dashboard-updated" data-testid="dashboard-updated">
            {t("updatedAt", { time: formatClock(live.checkedAt, lang) })}
          </p>
        )}
      </header>
      {item && meeting ? (
        <MeetingStage meeting={meeting} group={item} live={live} now={now} stage={stage} />
      ) : (
        <>
          <section
            className="dash-panel dash-attention"
            aria-labelledby="attention-heading"
            data-testid="dash-attention"
          >
            <h3 id="attention-heading">{t("needsAttention")}</h3>
            {attentionItems.length === 0 ? (
              <p>{t("nothingNeedsAttention")}</p>
            ) : (
              <FitList
                items={attentionItems}
                max={stage ? Infinity : MAX_ATTENTION}
                keyOf={(a) => a.key}
                classOf={(a) => (a.id && live.changed.has(a.id) ? "just-changed" : undefined)}
                testId="attention-list"
                render={(a) => (
                  <>
                    {a.strong && <strong className="dash-line clamp-2">{a.text ? `${a.strong}:` : a.strong}</strong>}
                    {a.text && " "}
                    {a.text && (
                      <span className="dash-line clamp-2" title={a.text} lang={a.id ? "nb" : undefined}>
                        {a.text}
                      </span>
                    )}
                  </>
                )}
              />
            )}
          </section>
          <section className="dash-panel dash-changes" aria-labelledby="changes-heading" data-testid="dash-changes">
            <h3 id="changes-heading">{sinceText}</h3>
            {data.changes.length === 0 ? (
              <p>{t("noChanges")}</p>
            ) : (
              <FitList
                items={data.changes}
                max={stage ? Infinity : MAX_CHANGES}
                keyOf={(c, i) => `${c.entityId}-${c.at}-${c.field}-${i}`}
                classOf={(c) => changedClass(live, c)}
                testId="changes-list"
                render={(c) => {
                  const d = describeChange(c, t);
                  return (
                    <>
                      <strong className="dash-line clamp-2">
                        {d.who}: {d.what}
                      </strong>{" "}
                      <span className="dash-sub clamp-1">{formatShortDay(c.at, lang)}</span>{" "}
                      <span className="dash-sub clamp-1" title={c.tiltakText} lang="nb">
                        {c.tiltakText}
                      </span>
                    </>
                  );
                }}
              />
            )}
          </section>
          <section className="dash-panel dash-events" aria-labelledby="events-heading" data-testid="dash-events">
            <h3 id="events-heading">{t("nextEvents")}</h3>
            {events.length === 0 ? (
              <p>{t("noUpcomingShort")}</p>
            ) : (
              <FitList
                items={events}
                max={NEXT_EVENTS}
                keyOf={({ next: o }) => `${o.eventId}-${o.key}`}
                testId="events-list"
                render={({ next: o, skipped }) => (
                  <>
                    <strong className="dash-line clamp-1">{(lang === "en" && o.titleEn) || o.title}</strong>{" "}
                    <span className="dash-sub clamp-1" data-testid={`next-${o.eventId}`}>
                      {formatWeekdayDay(o.start, lang)}, {relativeDays(daysUntil(o.start, now), t)}
                    </span>
                    {o.holiday && (
                      <span className="dash-sub">
                        <HolidayBadge o={o} />
                      </span>
                    )}
                    {skipped.map((s) => (
                      <span key={s.key} className="dash-sub clamp-2" data-testid={`skipped-${s.eventId}-${s.key}`}>
                        {t("skippedHoliday", {
                          date: formatDay(s.start, lang),
                          name: s.holiday?.names[lang] ?? "",
                        })}
                      </span>
                    ))}
                    {o.place && <span className="dash-sub clamp-1">{o.place}</span>}
                  </>
                )}
              />
            )}
          </section>
        </>
      )}
      <section className="dash-tiles" aria-labelledby="tiles-heading">
        <h3 id="tiles-heading" className="visually-hidden">
          {t("statusCounts")}
        </h3>
        <ul className="tile-row">
          {STATUSES.map((s) => (
            <li key={s} className={`tile tile-${s}`} data-testid={`tile-${s}`}>
              <span className="tile-number">{counts.byStatus[s]}</span>
              <span className="tile-label">{statusLabel(s, t)}</span>
            </li>
          ))}
        </ul>
        <div className="tile tile-progress" data-testid="tile-progress">
          <div className="tile-progress-head">
            <span className="tile-number">{pct} %</span>
            <span className="tile-label">{t("progressTitle")}</span>
          </div>
          <ProgressTrack value={counts.progress} label={t("progressTitle")} size="large" testId="dash-progress" />
          <p className="tile-explain">
            {t("progressExplain", {
              done: counts.byStatus.done,
              total: counts.total,
              stopped: counts.byStatus.stopped,
            })}
          </p>
        </div>
      </section>
      <section className="dash-panel dash-areas" aria-labelledby="areas-heading" data-testid="dash-areas">
        <h3 id="areas-heading">{t("byArea")}</h3>
        <ul className="area-row">
          {groupByArea({ period, summary: data.summary, tiltak: data.tiltak }).map(({ area, summary }) => {
            const name = areaName(area);
            const done = summary?.byStatus.done ?? 0;
            const stopped = summary?.byStatus.stopped ?? 0;
            const current = meeting?.itemId === area.id;
            return (
              <li
                key={area.id}
                className={current ? "area-current" : undefined}
                aria-current={current ? "step" : undefined}
                data-testid={`dash-area-${area.id}`}
              >
                <span className="clamp-2" title={name}>
                  {name}
                </span>
                <ProgressTrack value={summary?.progress ?? 0} label={name} />
                <span className="dash-sub">
                  {Math.round((summary?.progress ?? 0) * 100)} % ·{" "}
                  {stopped
                    ? t("progressCounts", { done, total: summary?.total ?? 0, stopped })
                    : t("doneOf", { done, total: summary?.total ?? 0 })}
                </span>
              </li>
            );
          })}
        </ul>
      </section>
    </section>
  );
}

/** History entities are "periodId:tiltakId"; the highlight is by tiltak id. */
function changedClass(live: LiveDashboard, change: DashboardChange): string | undefined {
  const entityId = change.entityId;
  const id = entityId.includes(":") ? entityId.slice(entityId.indexOf(":") + 1) : entityId;
  return live.changed.has(id) ? "just-changed" : undefined;
}
