import { Badge, Button } from "@fluentui/react-components";
import type { AlrekEvent, WithEtag } from "../apiTypes.js";
import type { UpcomingOccurrence } from "../eventSeries.js";
import { formatDateTime, formatRange } from "../formatDate.js";
import { useI18n } from "../i18n/index.js";
import { kindLabel } from "../labels.js";
import {
  DateTools,
  Description,
  HolidayBadge,
  PlaceAndLink,
  dateLabel,
  dateOnlyLabel,
  eventTitle,
  type UpcomingActions,
} from "./EventParts.js";

/** Props of {@link EventItem}: a one-off occurrence, or an event without a date. */
export interface EventItemProps {
  occurrence?: UpcomingOccurrence;
  event?: AlrekEvent;
  /** The stored event (for its etag), when known. */
  stored?: WithEtag<AlrekEvent>;
  /** Present for editors. */
  actions?: UpcomingActions;
  now: Date;
}

/** One event: title, kind, time, place and link; for editors also the reminders and the coordinator's notes. */
export function EventItem({ occurrence: o, event, stored, actions, now }: EventItemProps) {
  const { t, lang } = useI18n();
  const source = o ?? event;
  if (!source) return null;
  const title = eventTitle(source, lang);
  const kind = o?.kind ?? event?.kind ?? "meeting";
  const id = o ? `${o.eventId}-${o.key}` : (event?.id ?? "");
  const editor = Boolean(actions);
  return (
    <li className={`event${o?.cancelled ? " event-cancelled" : ""}`} data-testid={`event-${id}`}>
      <h4 className="event-title">
        {title} <Badge appearance="outline">{kindLabel(kind, t)}</Badge>
        {o?.moved && <Badge appearance="tint">{t("moved")}</Badge>}
        {o && <HolidayBadge o={o} />}
      </h4>
      {o && <p className="event-time">{dateOnlyLabel(o, lang, t) ?? formatRange(o.start, o.end, lang)}</p>}
      <PlaceAndLink place={o?.place ?? event?.place} link={o?.link ?? event?.link} />
      {editor && o && !o.cancelled && (
        <dl className="event-meta">
          <dt>{t("reminders")}</dt>
          <dd>
            {o.reminders.length === 0 ? (
              t("noReminders")
            ) : (
              <ul className="reminder-list">
                {o.reminders.map((r) => (
                  <li key={r}>{formatDateTime(r, lang)}</li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
      )}
      <Description text={o?.description ?? event?.description} note={(stored ?? event)?.editorNote} editor={editor} />
      {(o || (actions && stored)) && (
        <div className="event-tools no-print">
          {o && <DateTools event={stored} o={o} actions={actions} date={dateLabel(o, lang, now)} />}
          {actions && stored && !o?.cancelled && (
            <Button size="small" onClick={() => actions.edit(stored, `edit-${id}`)} data-testid={`edit-${id}`}>
              {t("editEvent")}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
