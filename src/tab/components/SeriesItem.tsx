import { Badge, Button } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { Series } from "../eventSeries.js";
import { describeRecurrence } from "../eventSeries.js";
import { daysUntil, formatClock, formatDay, relativeDays } from "../formatDate.js";
import { plural, useI18n } from "../i18n/index.js";
import { kindLabel } from "../labels.js";
import { KIND_DEFAULTS, describeLeadTime, sortLeadTimes } from "../reminderChoices.js";
import { CancelEventButton } from "./CancelEventButton.js";
import {
  DateTools,
  Description,
  HolidayBadge,
  PlaceAndLink,
  dateLabel,
  eventTitle,
  type UpcomingActions,
} from "./EventParts.js";

/** Props of {@link SeriesItem}. */
export interface SeriesItemProps {
  series: Series;
  actions?: UpcomingActions;
  now: Date;
}

/**
 * A recurring event as one row: "Fredagspresentasjoner – første fredag i måneden, kl. 12.00.
 * Neste: fredag 4. desember, om 5 dager", opening to its dates, each of which can be cancelled.
 */
export function SeriesItem({ series, actions, now }: SeriesItemProps) {
  const { t, lang } = useI18n();
  const { event, occurrences, next, skipped = [] } = series;
  const [open, setOpen] = useState(false);
  const listId = useId();
  const title = eventTitle(event, lang);
  const rule = describeRecurrence(event.recurrence, lang) ?? t("repeats");
  const first = next ?? occurrences[0];
  // A date without a time is never shown with one: "(klokkeslett ikke satt)" instead.
  const noTime = event.timeSet === false;
  const clock = noTime
    ? ` (${t("timeNotSet")})`
    : first
      ? ` ${t("clockPrefix")} ${formatClock(first.start, lang)}${first.end ? `–${formatClock(first.end, lang)}` : ""}`
      : "";
  const leads = sortLeadTimes(event.reminderLeadTimes ?? KIND_DEFAULTS[event.kind]);
  const busy = actions?.busy === event.id;
  return (
    <li className={`event series${event.cancelled ? " event-cancelled" : ""}`} data-testid={`series-${event.id}`}>
      <h4 className="event-title">
        {title} <Badge appearance="outline">{kindLabel(event.kind, t)}</Badge>
        {event.cancelled && (
          <Badge appearance="filled" color="danger" data-testid={`series-cancelled-${event.id}`}>
            {t("cancelledBadge")}
          </Badge>
        )}
      </h4>
      <p className="series-rule">
        {rule}
        {clock && !noTime && ","}
        {clock}
      </p>
      {event.cancelled ? (
        <p>{t("seriesCancelled")}</p>
      ) : (
        <p className="series-next" data-testid={`series-next-${event.id}`}>
          {next
            ? t("nextOn", { date: dateLabel(next, lang, now), when: relativeDays(daysUntil(next.start, now), t) })
            : t("noNextDate")}
          {next?.holiday && (
            <>
              {" "}
              <HolidayBadge o={next} />
            </>
          )}
          {skipped.map((o) => (
            <span key={o.key} className="series-skipped" data-testid={`skipped-${o.eventId}-${o.key}`}>
              {" "}
              {t("skippedHoliday", { date: formatDay(o.start, lang), name: o.holiday?.names[lang] ?? "" })}
            </span>
          ))}
        </p>
      )}
      <PlaceAndLink place={event.place} link={event.link} />
      <Description text={event.description} note={event.editorNote} editor={Boolean(actions)} clamp />
      {actions && (
        <p className="series-reminders" data-testid={`series-reminders-${event.id}`}>
          <strong>{t("reminders")}:</strong>{" "}
          {leads.length ? leads.map((l) => describeLeadTime(l, t)).join(", ") : t("noReminders")}
          {event.reminderLeadTimes === undefined ? ` ${t("kindDefaults")}` : ""}
        </p>
      )}
      <div className="event-tools no-print">
        {occurrences.length > 0 && (
          <Button
            size="small"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpen((o) => !o)}
            data-testid={`series-toggle-${event.id}`}
          >
            {open ? t("hideDates") : plural(t, "showDates", occurrences.length)}
          </Button>
        )}
        {actions && !event.cancelled && (
          <>
            <Button
              size="small"
              onClick={() => actions.edit(event, `edit-series-${event.id}`)}
              data-testid={`edit-series-${event.id}`}
            >
              {t("editSeries")}
            </Button>
            <CancelEventButton
              label={t("cancelSeries")}
              title={t("cancelSeriesTitle", { title })}
              body={t("cancelSeriesBody")}
              testId={`cancel-series-${event.id}`}
              onConfirm={() => actions.cancelSeries(event)}
            />
          </>
        )}
        {actions && event.cancelled && (
          <Button
            size="small"
            onClick={() => actions.undoSeries(event)}
            aria-busy={busy || undefined}
            data-testid={`undo-series-${event.id}`}
          >
            {t("undoCancel")}
          </Button>
        )}
      </div>
      {occurrences.length > 0 && (
        <ul
          id={listId}
          hidden={!open}
          className="series-dates"
          aria-label={t("datesOf", { title })}
          data-testid={`series-dates-${event.id}`}
        >
          {occurrences.map((o) => {
            const date = dateLabel(o, lang, now);
            return (
              <li
                key={o.key}
                className={o.cancelled ? "date-cancelled" : undefined}
                data-testid={`event-${o.eventId}-${o.key}`}
              >
                <span className="series-date">
                  {date}{" "}
                  {o.timeSet === false ? `(${t("timeNotSet")})` : `${t("clockPrefix")} ${formatClock(o.start, lang)}`}
                  {o.holiday && (
                    <>
                      {" "}
                      <HolidayBadge o={o} />
                    </>
                  )}
                  {o.moved && (
                    <>
                      {" "}
                      <Badge appearance="tint">{t("moved")}</Badge>
                    </>
                  )}
                </span>
                <span className="series-date-tools">
                  <DateTools event={event} o={o} actions={actions} date={date} />
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}
