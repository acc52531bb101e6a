/** Composing answers about events from the snapshot's events and `now`. */
import type { AlrekEvent } from "../../domain/events.js";
import { expandAll, nextHeldOccurrence } from "../../domain/occurrences.js";
import { instantToZoned, OSLO } from "../../domain/time.js";
import type { AnswerOf, Choice } from "../answerTypes.js";
import type { Knowledge } from "../knowledge.js";
import type { Lang } from "../../domain/language.js";
import { qaTexts } from "../i18n/index.js";
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
  return qaTexts(lang).undatedList(list);
}

/** The next five occurrences within about three months, and the undated events. */
export function upcomingAnswer(k: Knowledge, lang: Lang): AnswerOf<"upcomingEvents"> {
  const events = k.events ?? [];
  const now = k.now;
  const occurrences = now
    ? expandAll(events, now, new Date(now.getTime() + HORIZON_DAYS * DAY_MS))
        .slice(0, UPCOMING_LIMIT)
        .map((o) => occurrenceView(o, now, lang))
    : [];
  const undated = undatedEvents(events, lang);
  const list = occurrences.map(occurrenceLine).join("; ");
  const tx = qaTexts(lang);
  const text = (occurrences.length > 0 ? tx.upcoming(list) : tx.noUpcoming) + undatedText(undated, lang);
  const actions: Choice[] = [...(now ? [monthChoice(nextMonthNumber(now), lang)] : []), showAllTiltakChoice(lang)];
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
  const tx = qaTexts(lang);
  let text = occurrences.length > 0 ? tx.eventsIn(window.phrase, list) : tx.noEventsIn(window.phrase);
  if (undated.length > 0) text += tx.undatedCount(undated.length);
  const actions: Choice[] = [];
  if (spec.unit === "namedMonth" || spec.unit === "month") {
    const asked = instantToZoned(window.from, OSLO).month;
    actions.push(monthChoice((asked % 12) + 1, lang, tx.monthAfterLabel));
  }
  actions.push(upcomingChoice(lang));
  return {
    kind: "eventsInPeriod",
    lang,
    text,
    period: window.label,
    phrase: window.phrase,
    from: window.from.toISOString(),
    to: window.to.toISOString(),
    occurrences,
    undated,
    actions,
  };
}

function nextLine(n: NextEventView, lang: Lang): string {
  const { event, next } = n;
  const tx = qaTexts(lang);
  const skipped = n.skipped?.length
    ? tx.skippedHolidays(n.skipped.map((o) => `${o.when}, ${o.holiday?.name ?? ""}`).join("; "))
    : "";
  if (next) return tx.nextOn(event.title, next.when, event.place ? `, ${event.place}` : "") + skipped;
  if (!event.dateSet) return event.yearly ? tx.notSetYearlyLine(event.title) : tx.notSetLine(event.title);
  return tx.noUpcomingDateLine(event.title);
}

/** The next occurrence of each named event, or why there is none. Undefined when none of them exists. */
export function nextEventAnswer(ids: string[], k: Knowledge, lang: Lang): AnswerOf<"nextEvent"> | undefined {
  const byId = new Map((k.events ?? []).map((e) => [e.id, e]));
  const found = ids.map((id) => byId.get(id)).filter((e): e is AlrekEvent => e !== undefined);
  if (found.length === 0) return undefined;
  const now = k.now;
  const events: NextEventView[] = found.map((e) => {
    // A date on a public holiday is "next" only once an editor has confirmed it.
    const { next: o, skipped } = now ? nextHeldOccurrence(e, now) : { next: undefined, skipped: [] };
    return {
      event: eventView(e, lang),
      ...(o && now ? { next: occurrenceView(o, now, lang) } : {}),
      ...(skipped.length > 0 && now ? { skipped: skipped.map((s) => occurrenceView(s, now, lang)) } : {}),
    };
  });
  const text = events.map((n) => nextLine(n, lang)).join(" ");
  return { kind: "nextEvent", lang, text, events, actions: [upcomingChoice(lang)] };
}
