import type { Lang } from "../../domain/language.js";
import type { AnswerOf, EventView, OccurrenceView } from "../../qa/index.js";
import { botTexts } from "../i18n/index.js";
import { adaptiveCard, factSet, heading, questionButton, textBlock, type CardElement } from "./common.js";

/** Title in bold, then when and where on one subtle line. */
function occurrenceBlocks(o: OccurrenceView, lang: Lang): CardElement[] {
  const moved = o.moved ? botTexts(lang).events.moved : "";
  return [
    textBlock(o.event.title, { weight: "Bolder", spacing: "Medium" }),
    textBlock(`${o.when}${moved}${o.event.place ? ` · ${o.event.place}` : ""}`, { isSubtle: true, spacing: "None" }),
    ...holidayBlocks(o),
  ];
}

/** "Faller på 1. nyttårsdag; …" under an occurrence on a public holiday (warning colour until confirmed). */
function holidayBlocks(o: OccurrenceView): CardElement[] {
  if (!o.holidayNote) return [];
  const note = o.holidayNote.charAt(0).toUpperCase() + o.holidayNote.slice(1);
  return [textBlock(note, { spacing: "None", ...(o.confirmed ? { isSubtle: true } : { color: "Attention" }) })];
}

/** Events without a date: never upcoming, listed so people know they exist. */
function undatedBlocks(undated: EventView[], lang: Lang): CardElement[] {
  if (undated.length === 0) return [];
  const tx = botTexts(lang).events;
  return [
    textBlock(tx.undatedHeading, { weight: "Bolder", spacing: "Large" }),
    ...undated.map((e) => textBlock(`${e.title} – ${tx.notSet(e.yearly)}`, { isSubtle: true, spacing: "Small" })),
  ];
}

/** The next events, then the undated ones, with buttons for next month and the tiltak. */
export function upcomingEventsCard(answer: AnswerOf<"upcomingEvents">): CardElement {
  const { lang } = answer;
  const tx = botTexts(lang).events;
  const body: CardElement[] = [heading(tx.upcomingHeading)];
  if (answer.occurrences.length === 0) body.push(textBlock(tx.noUpcoming));
  for (const o of answer.occurrences) body.push(...occurrenceBlocks(o, lang));
  body.push(...undatedBlocks(answer.undated, lang));
  return adaptiveCard(body, answer.actions.map(questionButton));
}

/** Occurrences in a month, week or day; says so when there are none. */
export function periodEventsCard(answer: AnswerOf<"eventsInPeriod">): CardElement {
  const { lang } = answer;
  const tx = botTexts(lang).events;
  const body: CardElement[] = [heading(tx.eventsIn(answer.phrase))];
  if (answer.occurrences.length === 0) body.push(textBlock(tx.noEventsIn(answer.phrase)));
  for (const o of answer.occurrences) body.push(...occurrenceBlocks(o, lang));
  if (answer.undated.length > 0) {
    body.push(textBlock(tx.undatedCount(answer.undated.length), { isSubtle: true, spacing: "Large" }));
  }
  return adaptiveCard(body, answer.actions.map(questionButton));
}

/** The next occurrence of each named event, or "dato ikke satt". */
export function nextEventCard(answer: AnswerOf<"nextEvent">): CardElement {
  const tx = botTexts(answer.lang).events;
  const body: CardElement[] = [];
  for (const { event, next, skipped } of answer.events) {
    body.push(heading(event.title));
    for (const s of skipped ?? []) {
      body.push(textBlock(tx.skippedHoliday(s.when, s.holiday?.name ?? ""), { color: "Attention", spacing: "Small" }));
    }
    if (next) {
      body.push(textBlock(tx.next(next.when), { weight: "Bolder" }));
      body.push(...holidayBlocks(next));
    } else if (!event.dateSet) {
      body.push(textBlock(event.yearly ? tx.notSetYearly : tx.notSetOnce, { weight: "Bolder", color: "Attention" }));
    } else {
      body.push(textBlock(tx.noUpcomingDate, { weight: "Bolder" }));
    }
    const facts = [
      ...(event.place ? [{ title: tx.place, value: event.place }] : []),
      ...(event.organiser ? [{ title: tx.organiser, value: event.organiser }] : []),
    ];
    if (facts.length > 0) body.push(factSet(facts));
    if (event.description) body.push(textBlock(event.description, { isSubtle: true }));
  }
  return adaptiveCard(body, answer.actions.map(questionButton));
}
