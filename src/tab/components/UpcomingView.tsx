import { Button, Spinner } from "@fluentui/react-components";
import { useState } from "react";
import type { ApiClient } from "../api.js";
import type { AlrekEvent, OccurrenceDto, WithEtag } from "../apiTypes.js";
import { formatMonthKey, monthKey } from "../formatDate.js";
import { useI18n } from "../i18n/index.js";
import { useLoad } from "../useLoad.js";
import { ApiProblem, describeApiError } from "./ApiProblem.js";
import { EventForm } from "./EventForm.js";
import { EventItem } from "./EventItem.js";

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
  /** Full events with etags, for editors only. */
  events: Map<string, WithEtag<AlrekEvent>>;
}

/** Events of the next six months grouped by month, plus those without a date. */
export function UpcomingView({ api, canEdit, version, now = () => new Date() }: UpcomingViewProps) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState<WithEtag<AlrekEvent> | "new" | undefined>();
  const [message, setMessage] = useState("");
  const loaded = useLoad<UpcomingData>(async () => {
    const from = now();
    const to = new Date(from);
    to.setMonth(to.getMonth() + 6);
    const [range, all] = await Promise.all([api.events(from, to), canEdit ? api.allEvents() : undefined]);
    return { ...range, events: new Map((all?.events ?? []).map((e) => [e.id, e])) };
  }, [api, canEdit, version]);

  if (loaded.error !== undefined) return <ApiProblem error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Spinner label={t("loading")} />;
  const { occurrences, undated, events } = loaded.data;

  const months = new Map<string, OccurrenceDto[]>();
  for (const o of [...occurrences].sort((a, b) => a.start.localeCompare(b.start))) {
    const key = monthKey(o.start);
    months.set(key, [...(months.get(key) ?? []), o]);
  }
  const cancel = async (event: WithEtag<AlrekEvent>, occurrence?: string) => {
    try {
      await api.cancelEvent(event.id, event.etag, occurrence);
      setMessage(t("cancelled"));
      loaded.reload();
    } catch (e) {
      setMessage(describeApiError(e, t));
    }
  };
  const editProps = (id: string) => {
    const event = canEdit ? events.get(id) : undefined;
    return event && { event, onEdit: () => setEditing(event), onCancel: (occ?: string) => cancel(event, occ) };
  };

  return (
    <section aria-labelledby="upcoming-heading" className="upcoming-view">
      <h2 id="upcoming-heading">{t("upcomingHeading")}</h2>
      <p aria-live="polite" role="status" data-testid="upcoming-result">
        {message}
      </p>
      {canEdit && !editing && (
        <Button appearance="primary" onClick={() => setEditing("new")} data-testid="add-event" className="no-print">
          {t("addEvent")}
        </Button>
      )}
      {editing && (
        <EventForm
          api={api}
          event={editing === "new" ? undefined : editing}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            setMessage(t("eventSaved"));
            loaded.reload();
          }}
        />
      )}
      {months.size === 0 && <p>{t("noUpcoming")}</p>}
      {[...months].map(([key, list]) => (
        <section key={key} aria-labelledby={`month-${key}`} data-testid={`month-${key}`}>
          <h3 id={`month-${key}`} className="month-heading">
            {formatMonthKey(key, lang)}
          </h3>
          <ul className="event-list">
            {list.map((o) => (
              <EventItem key={`${o.eventId}-${o.key}`} occurrence={o} editing={editProps(o.eventId)} />
            ))}
          </ul>
        </section>
      ))}
      {undated.length > 0 && (
        <section aria-labelledby="undated-heading" data-testid="undated">
          <h3 id="undated-heading">{t("dateNotSet")}</h3>
          <ul className="event-list">
            {undated.map((e) => (
              <EventItem key={e.id} event={e} editing={editProps(e.id)} />
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
