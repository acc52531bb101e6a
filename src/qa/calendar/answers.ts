/** Composing answers about events from the snapshot's events and `now`. */
import type { AlrekEvent } from "../../domain/events.js";
import { expandAll, nextOccurrence } from "../../domain/occurrences.js";
import { instantToZoned, OSLO } from "../../domain/time.js";
import type { AnswerOf, Choice } from "../answerTypes.js";
import type { Knowledge } from "../knowledge.js";
import type { Lang } from "../language.js";
import { showAllTiltakChoice } from "../plan/views.js";
import { nextMonthNumber, resolvePeriod, type PeriodSpec } from "./period.js";
import type { EventView, NextEventView } from "./types.js";
import { dateNotSetText, eventView, monthChoice, occurrenceLine, occurrenceView, upcomingChoice } from "./views.js";

const UPCOMING_LIMIT = 5;
const HORIZON_DAYS = 92;
const DAY_MS = 86_400_000;

/** Events the documents name without a date: listed as "dato ikke satt", never as upcoming. */
export function undatedEvents(events: readonly AlrekEvent[], lang: Lang): EventView[] {
  return events.filter((e) => !e.start && !e.cancelled).map((e) => eventView(e, lang));
}

function undatedText(undated: EventView[], lang: Lang): string {
  if (undated.length === 0) return "";
  const list = undated.map((e) => `${e.title} (${dateNotSetText(e, lang)})`).join("; ");
  return lang === "en" ? ` Date not set: ${list}.` : ` Dato ikke satt: ${list}.`;
}

/** The next five occurrences within about three months, and the undated events. */
export function upcomingAnswer(k: Knowledge, lang: Lang): AnswerOf<"upcomingEvents"> {
  const events = k.events ?? [];
  const now = k.now;
  const occurrences = now
    ? expandAll(events, now, new Date(now.getTime() + HORIZON_DAYS * DAY_MS)).slice(0, UPCOMING_LIMIT).map((o) => occurrenceView(o, now, lang))
    : [];
  const undated = undatedEvents(events, lang);
  const list = occurrences.map(occurrenceLine).join("; ");
  let text = occurrences.length > 0
    ? (lang === "en" ? `Coming up: ${list}.` : `Dette skjer fremover: ${list}.`)
    : (lang === "en" ? "No dated events in the next three months." : "Ingen arrangementer med dato de neste tre månedene.");
  text += undatedText(undated, lang);
  const actions: Choice[] = [
    ...(now ? [monthChoice(nextMonthNumber(now), lang)] : []),
    showAllTiltakChoice(lang),
  ];
  return { kind: "upcomingEvents", lang, text, occurrences, undated, actions };
}

/** Occurrences in the window asked for; "Ingen hendelser i …" when there are none. */
export function periodAnswer(spec: PeriodSpec, k: Knowledge, lang: Lang): AnswerOf<"eventsInPeriod"> {
  const events = k.events ?? [];
  // Without a clock the window cannot be placed; answer for an empty window rather than guess.
  const now = k.now ?? new Date(0);
  const window = resolvePeriod(spec, now, lang);
  const occurrences = k.now ? expandAll(events, window.from, window.to).map((o) => occurrenceView(o, now, lang)) : [];
  const undated = undatedEvents(events, lang);
  const list = occurrences.map(occurrenceLine).join("; ");
  let text = occurrences.length > 0
    ? (lang === "en" ? `Events ${window.phrase}: ${list}.` : `Hendelser ${window.phrase}: ${list}.`)
    : (lang === "en" ? `No events ${window.phrase}.` : `Ingen hendelser ${window.phrase}.`);
  if (undated.length > 0) {
    text += lang === "en"
      ? ` ${undated.length} events have no date set yet.`
      : ` ${undated.length} arrangementer har ikke fått dato ennå.`;
  }
  const actions: Choice[] = [];
  if (spec.unit === "namedMonth" || spec.unit === "month") {
    const asked = instantToZoned(window.from, OSLO).month;
    actions.push(monthChoice((asked % 12) + 1, lang, lang === "en" ? "The month after" : "Måneden etter"));
  }
  actions.push(upcomingChoice(lang));
  return {
    kind: "eventsInPeriod", lang, text, period: window.label, phrase: window.phrase, from: window.from.toISOString(), to: window.to.toISOString(),
    occurrences, undated, actions,
  };
}

function nextLine(n: NextEventView, lang: Lang): string {
  const { event, next } = n;
  if (next) {
    const place = event.place ? ` (${event.place})` : "";
    return lang === "en" ? `${event.title}: next on ${next.when}${place}.` : `${event.title}: neste gang ${next.when}${place}.`;
  }
  if (!event.dateSet) {
    if (event.yearly) {
      return lang === "en"
        ? `${event.title}: date not set. It is held every year; the date is added when it is known.`
        : `${event.title}: dato ikke satt. Arrangementet er årlig; datoen legges inn når den er kjent.`;
    }
    return lang === "en" ? `${event.title}: date not set.` : `${event.title}: dato ikke satt.`;
  }
  return lang === "en" ? `${event.title}: no upcoming date.` : `${event.title}: ingen kommende dato.`;
}

/** The next occurrence of each named event, or why there is none. Undefined when none of them exists. */
export function nextEventAnswer(ids: string[], k: Knowledge, lang: Lang): AnswerOf<"nextEvent"> | undefined {
  const byId = new Map((k.events ?? []).map((e) => [e.id, e]));
  const found = ids.map((id) => byId.get(id)).filter((e): e is AlrekEvent => e !== undefined);
  if (found.length === 0) return undefined;
  const now = k.now;
  const events: NextEventView[] = found.map((e) => {
    const o = now ? nextOccurrence(e, now) : undefined;
    return { event: eventView(e, lang), ...(o && now ? { next: occurrenceView(o, now, lang) } : {}) };
  });
  const text = events.map((n) => nextLine(n, lang)).join(" ");
  return { kind: "nextEvent", lang, text, events, actions: [upcomingChoice(lang)] };
}
