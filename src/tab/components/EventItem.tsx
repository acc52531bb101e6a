import { Badge, Button, Link } from "@fluentui/react-components";
import type { AlrekEvent, OccurrenceDto, WithEtag } from "../apiTypes.js";
import { safeHref } from "../eventForm.js";
import { formatDateTime, formatRange } from "../formatDate.js";
import { useI18n } from "../i18n/index.js";
import { kindLabel } from "../labels.js";
import { CancelEventButton } from "./CancelEventButton.js";

/** Props of {@link EventItem}: an occurrence, or an event without a date. */
export interface EventItemProps {
  occurrence?: OccurrenceDto;
  event?: AlrekEvent;
  /** Present for editors: the stored event and what its buttons do. */
  editing?: { event: WithEtag<AlrekEvent>; onEdit: () => void; onCancel: (occurrence?: string) => Promise<void> };
}

/** One event: title, kind, time, place, link and the reminders that will be sent. */
export function EventItem({ occurrence, event, editing }: EventItemProps) {
  const { t, lang } = useI18n();
  const o = occurrence;
  const title = (lang === "en" && (o?.titleEn ?? event?.titleEn)) || o?.title || event?.title || "";
  const kind = o?.kind ?? event?.kind ?? "meeting";
  const place = o?.place ?? event?.place;
  const link = o?.link ?? event?.link;
  const href = safeHref(link);
  const id = o ? `${o.eventId}-${o.key}` : (event?.id ?? "");
  const recurring = Boolean(editing?.event.recurrence);
  return (
    <li className="event" data-testid={`event-${id}`}>
      <h4 className="event-title">
        {title} <Badge appearance="outline">{kindLabel(kind, t)}</Badge>
        {o?.moved && <Badge appearance="tint">{t("moved")}</Badge>}
      </h4>
      {o && <p className="event-time">{formatRange(o.start, o.end, lang)}</p>}
      <dl className="event-meta">
        {place && (
          <>
            <dt>{t("place")}</dt>
            <dd>{place}</dd>
          </>
        )}
        {link && (
          <>
            <dt>{t("link")}</dt>
            <dd>{href ? <Link href={href} target="_blank" rel="noopener noreferrer">{link}</Link> : link}</dd>
          </>
        )}
        {o && (
          <>
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
          </>
        )}
      </dl>
      {(o?.description ?? event?.description) && <p className="event-description">{o?.description ?? event?.description}</p>}
      {editing && (
        <div className="event-tools no-print">
          <Button size="small" onClick={editing.onEdit} data-testid={`edit-${id}`}>
            {t("editEvent")}
          </Button>
          <CancelEventButton
            title={title}
            testId={`cancel-${id}`}
            onConfirm={() => editing.onCancel(recurring && o ? o.key : undefined)}
          />
        </div>
      )}
    </li>
  );
}
