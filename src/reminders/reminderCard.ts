import { formatDate, formatDateTime, formatTime } from "../domain/dateFormat.js";
import type { Lang } from "../domain/language.js";
import type { Occurrence } from "../domain/events.js";

const LABELS = {
  nb: { heading: "Påminnelse", when: "Når", where: "Sted", organiser: "Arrangør", moved: "Flyttet fra opprinnelig tid", link: "Åpne lenke", calendar: "Legg i kalender" },
  en: { heading: "Reminder", when: "When", where: "Where", organiser: "Organiser", moved: "Moved from its usual time", link: "Open link", calendar: "Add to calendar" },
} as const;

/** The event title in the reader's language (English falls back to the Norwegian title). */
export function occurrenceTitle(occurrence: Occurrence, lang: Lang): string {
  return lang === "en" ? (occurrence.event.titleEn ?? occurrence.event.title) : occurrence.event.title;
}

/** "fredag 4. desember kl. 12.00–13.00": the end time is added when it is the same local day. */
export function occurrenceWhen(occurrence: Occurrence, lang: Lang): string {
  const start = formatDateTime(occurrence.start, lang);
  const end = occurrence.end;
  if (!end || formatDate(end, lang) !== formatDate(occurrence.start, lang)) return start;
  return `${start}–${formatTime(end, lang)}`;
}

/** The link that downloads one occurrence as an .ics file. */
export function icsUrl(publicBaseUrl: string, occurrence: Occurrence): string {
  const base = publicBaseUrl.replace(/\/+$/, "");
  return `${base}/api/events/${encodeURIComponent(occurrence.eventId)}/ics?occurrence=${encodeURIComponent(occurrence.key)}`;
}

/** Plain-text fallback for notifications and clients that cannot show cards. */
export function reminderText(occurrence: Occurrence, lang: Lang): string {
  const place = occurrence.event.place ? ` (${occurrence.event.place})` : "";
  return `${LABELS[lang].heading}: ${occurrenceTitle(occurrence, lang)}, ${occurrenceWhen(occurrence, lang)}${place}`;
}

/** An Adaptive Card 1.5 reminder: title, local time, place, link and "add to calendar" buttons. */
export function renderReminderCard(occurrence: Occurrence, lang: Lang, opts: { publicBaseUrl: string }): object {
  const l = LABELS[lang];
  const { event } = occurrence;
  const facts: { title: string; value: string }[] = [{ title: l.when, value: occurrenceWhen(occurrence, lang) }];
  if (event.place) facts.push({ title: l.where, value: event.place });
  if (event.organiser) facts.push({ title: l.organiser, value: event.organiser });
  const body: object[] = [
    { type: "TextBlock", text: l.heading, size: "Small", weight: "Bolder", color: "Accent", spacing: "None" },
    { type: "TextBlock", text: occurrenceTitle(occurrence, lang), size: "Large", weight: "Bolder", wrap: true, style: "heading" },
    { type: "FactSet", facts },
  ];
  if (occurrence.moved) body.push({ type: "TextBlock", text: l.moved, isSubtle: true, wrap: true });
  const actions: object[] = [];
  if (event.link) actions.push({ type: "Action.OpenUrl", title: l.link, url: event.link });
  actions.push({ type: "Action.OpenUrl", title: l.calendar, url: icsUrl(opts.publicBaseUrl, occurrence) });
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    lang,
    body,
    actions,
  };
}

/** Binds the base URL, giving the `renderCard` the scheduler expects. */
export function reminderCardRenderer(publicBaseUrl: string): (occurrence: Occurrence, lang: Lang) => object {
  return (occurrence, lang) => renderReminderCard(occurrence, lang, { publicBaseUrl });
}
