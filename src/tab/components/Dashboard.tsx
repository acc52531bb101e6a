import { Spinner } from "@fluentui/react-components";
import { attentionOf, STALE_WEEKS } from "../attention.js";
import type { Dashboard as DashboardData, OccurrenceDto } from "../apiTypes.js";
import { describeChange } from "../changeText.js";
import { daysUntil, relativeDays, formatClock, formatDay, formatShortDay, formatWeekdayDay } from "../formatDate.js";
import { plural, useI18n } from "../i18n/index.js";
import { STATUSES, statusLabel } from "../labels.js";
import { countStatuses, groupByArea, periodYears } from "../statusData.js";
import type { LiveDashboard } from "../useLiveDashboard.js";
import { lazy, Suspense } from "react";

const ApiProblem = lazy(() => import("./ApiProblem.js").then((m) => ({ default: m.ApiProblem })));
import { ProgressTrack } from "./ProgressTrack.js";

/** How many lines each panel shows on one 1080 px screen; the rest is summed up as "+ N til". */
const MAX_ATTENTION = 5;
const MAX_CHANGES = 6;
const NEXT_EVENTS = 3;

export { relativeDays };

/** The first occurrence of each of the next `count` events. */
export function nextEvents(upcoming: readonly OccurrenceDto[], count: number): OccurrenceDto[] {
  const seen = new Set<string>();
  return upcoming.filter((o) => !seen.has(o.eventId) && seen.add(o.eventId)).slice(0, count);
}

/** Props of {@link Dashboard}. */
export interface DashboardProps {
  live: LiveDashboard;
  /** "Now" for relative dates; injectable for tests. */
  now?: () => Date;
}

/**
 * The meeting dashboard: one 1920×1080 screen, no scrolling. Attention first, then the counts
 * by status and progress, the changes since the last Alrekforum and the next three events.
 */
export function Dashboard({ live, now = () => new Date() }: DashboardProps) {
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
  return <DashboardBody data={live.data} live={live} now={now()} />;
}

function DashboardBody({ data, live, now }: { data: DashboardData; live: LiveDashboard; now: Date }) {
  const { t, lang } = useI18n();
  const period = data.summary.period;
  const counts = countStatuses(data.tiltak);
  const attention = attentionOf(period, data.tiltak, now);
  const attentionItems: { key: string; text: string; strong?: string; id?: string }[] = [];
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
  const shownAttention = attentionItems.slice(0, MAX_ATTENTION);
  const changes = data.changes.slice(0, MAX_CHANGES);
  const events = nextEvents(data.summary.upcoming, NEXT_EVENTS);
  const pct = Math.round(counts.progress * 100);
  const sinceText = data.lastForum
    ? t("changedSinceForum", { date: formatDay(data.lastForum.start, lang) })
    : t("changedLast30");

  return (
    <section className="dashboard" aria-labelledby="dashboard-heading" data-testid="dashboard">
      <header className="dashboard-head">
        <h2 id="dashboard-heading">{t("dashboardHeading", { title: period.title })}</h2>
        {live.checkedAt && (
          <p className="dashboard-updated" data-testid="dashboard-updated">
            {t("updatedAt", { time: formatClock(live.checkedAt, lang) })}
          </p>
        )}
      </header>
      <section className="dash-panel dash-attention" aria-labelledby="attention-heading" data-testid="dash-attention">
        <h3 id="attention-heading">{t("needsAttention")}</h3>
        {shownAttention.length === 0 ? (
          <p>{t("nothingNeedsAttention")}</p>
        ) : (
          <ul className="dash-list">
            {shownAttention.map((a) => (
              <li key={a.key} className={a.id && live.changed.has(a.id) ? "just-changed" : undefined}>
                {a.strong && <strong>{a.text ? `${a.strong}: ` : a.strong}</strong>}
                {a.text && <span className="clamp-2">{a.text}</span>}
              </li>
            ))}
            {attentionItems.length > MAX_ATTENTION && (
              <li>{t("andMore", { n: attentionItems.length - MAX_ATTENTION })}</li>
            )}
          </ul>
        )}
      </section>
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
          <p className="tile-explain">{t("progressExplain", { done: counts.byStatus.done, total: counts.total })}</p>
        </div>
      </section>
      <section className="dash-panel dash-changes" aria-labelledby="changes-heading" data-testid="dash-changes">
        <h3 id="changes-heading">{sinceText}</h3>
        {changes.length === 0 ? (
          <p>{t("noChanges")}</p>
        ) : (
          <ul className="dash-list">
            {changes.map((c, i) => {
              const d = describeChange(c, t);
              return (
                <li key={`${c.entityId}-${c.at}-${c.field}-${i}`} className={changedClass(live, c.entityId)}>
                  <strong>
                    {d.who}: {d.what}
                  </strong>
                  , {formatShortDay(c.at, lang)}
                  <span className="dash-sub clamp-1">{c.tiltakText}</span>
                </li>
              );
            })}
            {data.changes.length > MAX_CHANGES && <li>{t("andMore", { n: data.changes.length - MAX_CHANGES })}</li>}
          </ul>
        )}
      </section>
      <section className="dash-panel dash-events" aria-labelledby="events-heading" data-testid="dash-events">
        <h3 id="events-heading">{t("nextEvents")}</h3>
        {events.length === 0 ? (
          <p>{t("noUpcomingShort")}</p>
        ) : (
          <ul className="dash-list">
            {events.map((o) => (
              <li key={`${o.eventId}-${o.key}`}>
                <strong>{(lang === "en" && o.titleEn) || o.title}</strong>
                <span className="dash-sub">
                  {formatWeekdayDay(o.start, lang)}, {relativeDays(daysUntil(o.start, now), t)}
                </span>
                {o.place && <span className="dash-sub clamp-1">{o.place}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="dash-panel dash-areas" aria-labelledby="areas-heading" data-testid="dash-areas">
        <h3 id="areas-heading">{t("byArea")}</h3>
        <ul className="area-row">
          {groupByArea({ period, summary: data.summary, tiltak: data.tiltak }).map(({ area, summary }) => {
            const name = lang === "en" && area.nameEn ? area.nameEn : area.name;
            const done = summary?.byStatus.done ?? 0;
            return (
              <li key={area.id}>
                <span className="clamp-2">{name}</span>
                <ProgressTrack value={summary?.progress ?? 0} label={name} />
                <span className="dash-sub">
                  {Math.round((summary?.progress ?? 0) * 100)} % · {t("doneOf", { done, total: summary?.total ?? 0 })}
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
function changedClass(live: LiveDashboard, entityId: string): string | undefined {
  const id = entityId.includes(":") ? entityId.slice(entityId.indexOf(":") + 1) : entityId;
  return live.changed.has(id) ? "just-changed" : undefined;
}
