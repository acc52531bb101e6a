/** Turning events and occurrences into what answers show, in bokmål or English. */
import { formatRange } from "../../domain/dateFormat.js";
import type { AlrekEvent, Occurrence } from "../../domain/events.js";
import { instantToZoned, OSLO } from "../../domain/time.js";
import type { Choice } from "../answerTypes.js";
import type { Lang } from "../language.js";
import type { EventView, OccurrenceView } from "./types.js";

const MONTH_NAMES: Record<Lang, string[]> = {
  nb: ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

/** The event as shown. */
export function eventView(e: AlrekEvent, lang: Lang): EventView {
  return {
    id: e.id,
    kind: e.kind,
    title: lang === "en" && e.titleEn ? e.titleEn : e.title,
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
  return {
    event: eventView(o.event, lang),
    start: o.start.toISOString(),
    ...(o.end ? { end: o.end.toISOString() } : {}),
    when: formatRange(o.start, o.end, lang, OSLO, { withYear }),
    moved: o.moved,
  };
}

/** "fredag 4. desember kl. 12.00: Fredagspresentasjoner (Kantinen, Årstadveien 17)". */
export function occurrenceLine(o: OccurrenceView): string {
  return `${o.when}: ${o.event.title}${o.event.place ? ` (${o.event.place})` : ""}`;
}

/** "dato ikke satt" / "date not set", with "årlig"/"yearly" for yearly events. */
export function dateNotSetText(e: EventView, lang: Lang): string {
  if (lang === "en") return e.yearly ? "yearly, date not set" : "date not set";
  return e.yearly ? "årlig, dato ikke satt" : "dato ikke satt";
}

/** A button asking what happens in a month by name; its question parses back to that month. */
export function monthChoice(month: number, lang: Lang, label?: string): Choice {
  const name = MONTH_NAMES[lang][month - 1];
  return lang === "en"
    ? { label: label ?? `Next month (${name})`, question: `What's on in ${name}?` }
    : { label: label ?? `Neste måned (${name})`, question: `Hva skjer i ${name}?` };
}

/** The button asking for what is coming up. */
export function upcomingChoice(lang: Lang): Choice {
  return lang === "en"
    ? { label: "Upcoming events", question: "What is coming up?" }
    : { label: "Kommende arrangementer", question: "Hva skjer fremover?" };
}
