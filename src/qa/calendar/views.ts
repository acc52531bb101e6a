/** Turning events and occurrences into what answers show, in bokmål or English. */
import { formatDate, formatRange, monthName } from "../../domain/dateFormat.js";
import type { AlrekEvent, Occurrence } from "../../domain/events.js";
import { instantToZoned, OSLO } from "../../domain/time.js";
import type { Choice } from "../answerTypes.js";
import type { Lang } from "../../domain/language.js";
import { qaTexts } from "../i18n/index.js";
import type { EventView, OccurrenceView } from "./types.js";

/** The event as shown. */
export function eventView(e: AlrekEvent, lang: Lang): EventView {
  return {
    id: e.id,
    kind: e.kind,
    title: qaTexts(lang).eventTitle(e),
    ...(e.place ? { place: e.place } : {}),
    ...(e.organiser ? { organiser: e.organiser } : {}),
    ...(e.link ? { link: e.link } : {}),
    ...(e.description ? { description: e.description } : {}),
    dateSet: Boolean(e.start),
    yearly: /FREQ=YEARLY/i.test(e.recurrence ?? ""),
    recurring: Boolean(e.recurrence),
  };
}

/** The occurrence as shown; the year is written only when it is not the current one. */
export function occurrenceView(o: Occurrence, now: Date, lang: Lang): OccurrenceView {
  const withYear = instantToZoned(o.start, OSLO).year !== instantToZoned(now, OSLO).year;
  const tx = qaTexts(lang);
  const holiday = o.holiday ? { key: o.holiday.key, name: o.holiday.names[lang] } : undefined;
  return {
    event: eventView(o.event, lang),
    start: o.start.toISOString(),
    ...(o.end ? { end: o.end.toISOString() } : {}),
    when: o.timeSet
      ? formatRange(o.start, o.end, lang, OSLO, { withYear })
      : tx.dateWithoutTime(formatDate(o.start, lang, OSLO, { withYear })),
    moved: o.moved,
    timeSet: o.timeSet,
    ...(holiday ? { holiday, holidayNote: tx.holidayMark(holiday.name, o.confirmed) } : {}),
    confirmed: o.confirmed,
  };
}

/**
 * "fredag 4. desember kl. 12.00: Fredagspresentasjoner (Kantinen, Årstadveien 17)", with
 * " – faller på 1. nyttårsdag; …" for a date on a public holiday.
 */
export function occurrenceLine(o: OccurrenceView): string {
  return `${o.when}: ${o.event.title}${o.event.place ? ` (${o.event.place})` : ""}${o.holidayNote ? ` – ${o.holidayNote}` : ""}`;
}

/** "dato ikke satt" / "date not set", with "årlig"/"yearly" for yearly events. */
export function dateNotSetText(e: EventView, lang: Lang): string {
  return qaTexts(lang).dateNotSet(e.yearly);
}

/** A button asking what happens in a month by name; its question parses back to that month. */
export function monthChoice(month: number, lang: Lang, label?: string): Choice {
  const tx = qaTexts(lang);
  const name = monthName(month, lang);
  return { label: label ?? tx.nextMonthLabel(name), question: tx.monthQuestion(name) };
}

/** The button asking for what is coming up. */
export function upcomingChoice(lang: Lang): Choice {
  return { ...qaTexts(lang).upcomingChoice };
}
