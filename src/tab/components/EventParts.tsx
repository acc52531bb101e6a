import { Badge, Button, Link } from "@fluentui/react-components";
import type { AlrekEvent, OccurrenceDto, WithEtag } from "../apiTypes.js";
import { safeHref } from "../eventForm.js";
import type { UpcomingOccurrence } from "../eventSeries.js";
import { formatDay, formatWeekdayDay, osloParts } from "../formatDate.js";
import { useI18n, type Lang } from "../i18n/index.js";

/** What Kommende's buttons do; absent for viewers, who only read. */
export interface UpcomingActions {
  /** Opens the form; focus comes back to `returnTo` (a data-testid) when it closes. */
  edit: (event: WithEtag<AlrekEvent>, returnTo: string) => void;
  cancelDate: (event: WithEtag<AlrekEvent>, o: UpcomingOccurrence) => void;
  undoDate: (event: WithEtag<AlrekEvent>, o: UpcomingOccurrence) => void;
  cancelSeries: (event: WithEtag<AlrekEvent>) => Promise<void>;
  undoSeries: (event: WithEtag<AlrekEvent>) => void;
  /** Id of the event whose save is on its way: its buttons wait. */
  busy?: string;
}

/** The title in the viewer's language. */
export function eventTitle(o: Pick<OccurrenceDto, "title" | "titleEn"> | AlrekEvent, lang: string): string {
  return (lang === "en" && o.titleEn) || o.title;
}

/** "fredag 4. desember" (with the year when it is not this year's). */
export function dateLabel(o: { start: string }, lang: Lang, now: Date): string {
  const day = formatWeekdayDay(o.start, lang);
  // The Oslo year: a date without a time starts at Oslo midnight, which is the day before in UTC.
  const year = osloParts(new Date(o.start)).year;
  return year === osloParts(now).year ? day : `${day} ${year}`;
}

/** Place and link as a definition list. */
export function PlaceAndLink({ place, link }: { place?: string; link?: string }) {
  const { t } = useI18n();
  const href = safeHref(link);
  if (!place && !link) return null;
  return (
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
          <dd>
            {href ? (
              <Link href={href} target="_blank" rel="noopener noreferrer">
                {link}
              </Link>
            ) : (
              link
            )}
          </dd>
        </>
      )}
    </dl>
  );
}

/** "4. desember 2026 (klokkeslett ikke satt)" for a date without a time, else undefined. */
export function dateOnlyLabel(
  o: Pick<OccurrenceDto, "start" | "timeSet">,
  lang: Lang,
  t: (key: "timeNotSet") => string,
): string | undefined {
  return o.timeSet === false ? `${formatDay(o.start, lang)} (${t("timeNotSet")})` : undefined;
}

/** "Faller på 1. nyttårsdag · ikke bekreftet" for a date on a public holiday. */
export function HolidayBadge({ o }: { o: Pick<OccurrenceDto, "eventId" | "key" | "holiday" | "confirmed"> }) {
  const { t, lang } = useI18n();
  if (!o.holiday) return null;
  return (
    <Badge
      appearance="tint"
      color={o.confirmed ? "informative" : "warning"}
      data-testid={`holiday-${o.eventId}-${o.key}`}
    >
      {t("holidayMark", { name: o.holiday.names[lang] })} · {t(o.confirmed ? "holidayConfirmed" : "holidayUnconfirmed")}
    </Badge>
  );
}

/** The description for everyone; the note for the coordinator (a field of its own) only for editors. */
export function Description({
  text,
  note,
  editor,
  clamp,
}: {
  text?: string;
  note?: string;
  editor: boolean;
  clamp?: boolean;
}) {
  const { t } = useI18n();
  const shown = text?.trim();
  const notes = note?.trim();
  return (
    <>
      {shown && <p className={`event-description${clamp ? " clamp-2" : ""}`}>{shown}</p>}
      {editor && notes && (
        <p className="coordinator-note" data-testid="coordinator-note">
          <strong>{t("coordinatorNote")}:</strong> {notes}
        </p>
      )}
    </>
  );
}

/** "Avlyst" and, for editors, its undo; or the "Avlys fredag 4. desember" button. */
export function DateTools({
  event,
  o,
  actions,
  date,
}: {
  event?: WithEtag<AlrekEvent>;
  o: UpcomingOccurrence;
  actions?: UpcomingActions;
  date: string;
}) {
  const { t } = useI18n();
  const id = `${o.eventId}-${o.key}`;
  const busy = actions?.busy === o.eventId;
  return (
    <>
      {o.cancelled && (
        <Badge appearance="filled" color="danger" className="cancelled-badge" data-testid={`cancelled-${id}`}>
          {t("cancelledBadge")}
        </Badge>
      )}
      {actions &&
        event &&
        !event.cancelled &&
        (o.cancelled ? (
          <Button
            size="small"
            onClick={() => actions.undoDate(event, o)}
            aria-busy={busy || undefined}
            aria-label={t("undoCancelOf", { date })}
            data-testid={`undo-${id}`}
          >
            {t("undoCancel")}
          </Button>
        ) : (
          <Button
            size="small"
            onClick={() => actions.cancelDate(event, o)}
            aria-busy={busy || undefined}
            data-testid={`cancel-${id}`}
          >
            {t("cancelOne", { date })}
          </Button>
        ))}
    </>
  );
}
