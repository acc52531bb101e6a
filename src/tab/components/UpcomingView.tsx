import { Button, Spinner } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import type { ApiClient } from "../api.js";
import type { AlrekEvent, BadEventRow, OccurrenceDto, WithEtag } from "../apiTypes.js";
import { buildUpcoming, type UpcomingOccurrence } from "../eventSeries.js";
import { formatMonthKey, monthKey } from "../formatDate.js";
import { plural, useI18n } from "../i18n/index.js";
import { useLoad } from "../useLoad.js";
import { ApiProblem, describeApiError } from "./ApiProblem.js";
import { BadRowsNote } from "./BadRowsNote.js";
import { EventForm } from "./EventForm.js";
import { EventItem } from "./EventItem.js";
import { dateLabel, type UpcomingActions } from "./EventParts.js";
import { SeriesItem } from "./SeriesItem.js";

/** Props of {@link UpcomingView}. */
export interface UpcomingViewProps {
  api: ApiClient;
  canEdit: boolean;
  /** The live data's version: a change saved anywhere reloads the events. */
  version?: string;
  /** "Now"; injectable for tests. */
  now?: () => Date;
}

interface UpcomingData {
  occurrences: OccurrenceDto[];
  undated: AlrekEvent[];
  /** Every stored event with its etag: recurrence, cancelled dates, and what editors save against. */
  events: Map<string, WithEtag<AlrekEvent>>;
  /** For editors: stored events no view shows, to open and fix. */
  badRows: BadEventRow[];
  window: { from: Date; to: Date };
}

/**
 * The next six months: recurring events as one row each (opening to their dates), one-off events
 * by month, then those without a date. Cancelled dates stay visible as "Avlyst", with an undo.
 */
export function UpcomingView({ api, canEdit, version, now = () => new Date() }: UpcomingViewProps) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState<{ event?: WithEtag<AlrekEvent>; returnTo: string } | undefined>();
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState<string | undefined>();
  // Where focus goes once the list has re-rendered after an action (a data-testid).
  const [focusTo, setFocusTo] = useState<string | undefined>();
  // Dates seen earlier in this session, so a date whose cancellation is undone keeps its row.
  const known = useRef(new Map<string, OccurrenceDto>());
  const loaded = useLoad<UpcomingData>(async () => {
    const from = now();
    const to = new Date(from);
    to.setMonth(to.getMonth() + 6);
    const [range, all] = await Promise.all([api.events(from, to), api.allEvents()]);
    return {
      ...range,
      events: new Map(all.events.map((e) => [e.id, e])),
      badRows: all.badRows ?? [],
      window: { from, to },
    };
  }, [api, version]);
  const data = loaded.data;

  const model = useMemo(() => {
    if (!data) return undefined;
    for (const o of data.occurrences) known.current.set(`${o.eventId}|${o.key}`, o);
    return buildUpcoming(data.occurrences, data.events, data.window, [...known.current.values()]);
  }, [data]);

  useEffect(() => {
    if (!focusTo) return;
    const el = document.querySelector<HTMLElement>(`[data-testid="${focusTo.replace(/["\\]/g, "\\$&")}"]`);
    if (el) {
      el.focus();
      setFocusTo(undefined);
    }
  }, [focusTo, model, editing]);

  if (loaded.error !== undefined && !data) return <ApiProblem error={loaded.error} onRetry={loaded.reload} />;
  if (!data || !model) return <Spinner label={t("loading")} />;
  const clock = now();

  /** Saves, puts the answer in place at once, announces it and moves focus; the reload confirms. */
  const run = async (event: AlrekEvent, save: () => Promise<WithEtag<AlrekEvent>>, done: string, focus: string) => {
    setBusy(event.id);
    try {
      const saved = await save();
      loaded.setData((d) => d && { ...d, events: new Map(d.events).set(saved.id, saved) });
      setMessage(done);
      setFocusTo(focus);
      loaded.reload();
    } catch (e) {
      setMessage(describeApiError(e, t));
      loaded.reload();
    } finally {
      setBusy(undefined);
    }
  };

  const actions: UpcomingActions | undefined = canEdit
    ? {
        busy,
        edit: (event, returnTo) => setEditing({ event, returnTo }),
        cancelDate: (event, o: UpcomingOccurrence) => {
          const date = dateLabel(o, lang, clock);
          // A one-off event is cancelled as a whole; a series only on this date.
          void run(
            event,
            () => api.cancelEvent(event.id, event.etag, event.recurrence ? o.key : undefined),
            t("cancelledOne", { date }),
            `undo-${o.eventId}-${o.key}`,
          );
        },
        undoDate: (event, o) => {
          const date = dateLabel(o, lang, clock);
          const body = event.recurrence
            ? { exceptions: event.exceptions.filter((e) => !(e.cancelled && e.originalStart === o.key)) }
            : { cancelled: false };
          void run(
            event,
            () => api.updateEvent(event.id, event.etag, body),
            t("uncancelledOne", { date }),
            `cancel-${o.eventId}-${o.key}`,
          );
        },
        cancelSeries: (event) =>
          run(event, () => api.cancelEvent(event.id, event.etag), t("seriesCancelled"), `undo-series-${event.id}`),
        undoSeries: (event) =>
          void run(
            event,
            () => api.updateEvent(event.id, event.etag, { cancelled: false }),
            t("seriesUncancelled"),
            `cancel-series-${event.id}`,
          ),
      }
    : undefined;

  const months = new Map<string, UpcomingOccurrence[]>();
  for (const o of model.singles) months.set(monthKey(o.start), [...(months.get(monthKey(o.start)) ?? []), o]);
  const closeForm = (savedMessage?: string) => {
    if (savedMessage) {
      setMessage(savedMessage);
      loaded.reload();
    }
    setFocusTo(editing?.returnTo);
    setEditing(undefined);
  };

  return (
    <section aria-labelledby="upcoming-heading" className="upcoming-view">
      <h2 id="upcoming-heading">{t("upcomingHeading")}</h2>
      <p aria-live="polite" role="status" data-testid="upcoming-result" className="save-announcement">
        {message}
      </p>
      {canEdit && !editing && (
        <Button
          appearance="primary"
          onClick={() => setEditing({ returnTo: "add-event" })}
          data-testid="add-event"
          className="no-print"
        >
          {t("addEvent")}
        </Button>
      )}
      {editing && (
        <EventForm
          api={api}
          event={editing.event}
          onClose={() => closeForm()}
          onSaved={() => closeForm(t("eventSaved"))}
        />
      )}
      {canEdit && !editing && data.badRows.length > 0 && (
        <BadRowsNote rows={data.badRows} onEdit={(event) => setEditing({ event, returnTo: `fix-${event.id}` })} />
      )}
      {model.series.length === 0 && months.size === 0 && <p>{t("noUpcoming")}</p>}
      {model.series.length > 0 && (
        <section aria-labelledby="series-heading" data-testid="series">
          <h3 id="series-heading" className="month-heading">
            {t("seriesHeading")}
          </h3>
          <ul className="event-list">
            {model.series.map((s) => (
              <SeriesItem key={s.event.id} series={s} actions={actions} now={clock} />
            ))}
          </ul>
        </section>
      )}
      {[...months].map(([key, list]) => (
        <section key={key} aria-labelledby={`month-${key}`} data-testid={`month-${key}`}>
          <h3 id={`month-${key}`} className="month-heading">
            {formatMonthKey(key, lang)} <span className="month-count">({plural(t, "eventsCount", list.length)})</span>
          </h3>
          <ul className="event-list">
            {list.map((o) => (
              <EventItem
                key={`${o.eventId}-${o.key}`}
                occurrence={o}
                stored={data.events.get(o.eventId)}
                actions={actions}
                now={clock}
              />
            ))}
          </ul>
        </section>
      ))}
      {data.undated.length > 0 && (
        <section aria-labelledby="undated-heading" data-testid="undated">
          <h3 id="undated-heading">{t("dateNotSet")}</h3>
          <ul className="event-list">
            {data.undated.map((e) => (
              <EventItem key={e.id} event={e} stored={data.events.get(e.id)} actions={actions} now={clock} />
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
