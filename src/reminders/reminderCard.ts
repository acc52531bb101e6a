import { escapeMarkdown } from "../domain/markdownText.js";
import { formatDate, formatDateTime, formatTime } from "../domain/dateFormat.js";
import type { Lang } from "../domain/language.js";
import type { Occurrence } from "../domain/events.js";
import { occurrenceLinkUrl } from "../services/occurrenceLink.js";
import { occurrenceTitle } from "../domain/occurrenceTitle.js";
import { reminderSummary } from "../domain/reminderSummary.js";

export { reminderSummary };
import { RSVP_KINDS } from "../domain/rsvp.js";
import type { PersonalControls, RsvpView } from "../domain/cardActions.js";
import { withRsvp } from "./rsvpSection.js";
import { withPersonalControls } from "./personalSection.js";
import { adaptiveCard } from "./adaptiveCard.js";

/** What a card adds for its reader: their RSVP view, or the personal-chat buttons. */
export interface CardExtras {
  rsvp?: RsvpView;
  personal?: PersonalControls;
}

/** The words of a reminder card; every language in LANGS must have them (a missing one does not compile). */
interface ReminderLabels {
  heading: string;
  when: string;
  where: string;
  organiser: string;
  moved: string;
  link: string;
  calendar: string;
  timeNotSet: string;
  holiday: (name: string) => string;
}

const LABELS: Readonly<Record<Lang, ReminderLabels>> = {
  nb: {
    heading: "Påminnelse",
    when: "Når",
    where: "Sted",
    organiser: "Arrangør",
    moved: "Flyttet fra opprinnelig tid",
    link: "Åpne lenke",
    calendar: "Legg i kalender",
    timeNotSet: "klokkeslett ikke satt",
    holiday: (name) => `Faller på ${name}; bekreftet av koordinator.`,
  },
  nn: {
    heading: "Påminning",
    when: "Når",
    where: "Stad",
    organiser: "Arrangør",
    moved: "Flytta frå vanleg tid",
    link: "Opne lenkje",
    calendar: "Legg i kalender",
    timeNotSet: "klokkeslett ikkje sett",
    holiday: (name) => `Fell på ${name}; stadfesta av koordinator.`,
  },
  en: {
    heading: "Reminder",
    when: "When",
    where: "Where",
    organiser: "Organiser",
    moved: "Moved from its usual time",
    link: "Open link",
    calendar: "Add to calendar",
    timeNotSet: "time not set",
    holiday: (name) => `Falls on ${name}; confirmed by the coordinator.`,
  },
};

/** "fredag 4. desember kl. 12.00–13.00": the end time is added when it is the same local day. */
export function occurrenceWhen(occurrence: Occurrence, lang: Lang): string {
  // A date without a time is never shown with an invented one.
  if (!occurrence.timeSet) return `${formatDate(occurrence.start, lang)} (${LABELS[lang].timeNotSet})`;
  const start = formatDateTime(occurrence.start, lang);
  const end = occurrence.end;
  if (!end || formatDate(end, lang) !== formatDate(occurrence.start, lang)) return start;
  return `${start}–${formatTime(end, lang)}`;
}

/**
 * The message text (Teams renders it as markdown, as it does the notification summary): the
 * title and place are typed by users, so they are escaped and a "[text](url)" shows as typed.
 */
export function reminderText(occurrence: Occurrence, lang: Lang): string {
  const place = occurrence.event.place ? ` (${escapeMarkdown(occurrence.event.place)})` : "";
  return `${LABELS[lang].heading}: ${escapeMarkdown(occurrenceTitle(occurrence, lang))}, ${occurrenceWhen(occurrence, lang)}${place}`;
}

/** Only web links become buttons; anything else a user typed as a link (javascript:, data:) is left out. */
function webLink(link: string | undefined): string | undefined {
  if (!link) return undefined;
  try {
    const url = new URL(link);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** How the card links to the calendar. */
export interface ReminderCardOptions {
  publicBaseUrl: string;
  /** Secret for the signed "add to calendar" link (see occurrenceLink.ts). */
  linkKey: string;
}

/**
 * An Adaptive Card 1.5 reminder: title, local time, place, organiser, link and "add to calendar"
 * buttons. Everything typed by users is escaped (TextBlock and FactSet render markdown).
 */
export function renderReminderCard(
  occurrence: Occurrence,
  lang: Lang,
  opts: ReminderCardOptions,
  extras: CardExtras = {},
): object {
  const l = LABELS[lang];
  const { event } = occurrence;
  const facts: { title: string; value: string }[] = [{ title: l.when, value: occurrenceWhen(occurrence, lang) }];
  if (event.place) facts.push({ title: l.where, value: escapeMarkdown(event.place) });
  if (event.organiser) facts.push({ title: l.organiser, value: escapeMarkdown(event.organiser) });
  const body: object[] = [
    { type: "TextBlock", text: l.heading, size: "Small", weight: "Bolder", color: "Accent", spacing: "None" },
    {
      type: "TextBlock",
      text: escapeMarkdown(occurrenceTitle(occurrence, lang)),
      size: "Large",
      weight: "Bolder",
      wrap: true,
      style: "heading",
    },
    { type: "FactSet", facts },
  ];
  if (occurrence.moved) body.push({ type: "TextBlock", text: l.moved, isSubtle: true, wrap: true });
  // Only confirmed holiday dates get reminders; say so, as people may assume the day is off.
  if (occurrence.holiday)
    body.push({ type: "TextBlock", text: l.holiday(occurrence.holiday.names[lang]), wrap: true, color: "Attention" });
  const actions: object[] = [];
  const link = webLink(event.link);
  if (link) actions.push({ type: "Action.OpenUrl", title: l.link, url: link });
  actions.push({
    type: "Action.OpenUrl",
    title: l.calendar,
    url: occurrenceLinkUrl(opts.publicBaseUrl, opts.linkKey, occurrence),
  });
  const card = adaptiveCard(lang, { body, actions });
  // Meetings, workshops and presentations ask who is coming (src/reminders/rsvpSection.ts).
  const personal = extras.personal ? withPersonalControls(card, occurrence, lang, extras.personal) : card;
  return RSVP_KINDS.has(event.kind) ? withRsvp(personal as typeof card, occurrence, lang, extras.rsvp) : personal;
}

/** Binds the options, giving the `renderCard` the runner's planners expect. */
export function reminderCardRenderer(
  opts: ReminderCardOptions,
): (occurrence: Occurrence, lang: Lang, extras?: CardExtras) => object {
  return (occurrence, lang, extras) => renderReminderCard(occurrence, lang, opts, extras);
}
