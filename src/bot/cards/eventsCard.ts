import type { AnswerOf, EventView, OccurrenceView } from "../../qa/index.js";
import { adaptiveCard, factSet, heading, questionButton, t, textBlock, type CardElement } from "./common.js";

type Lang = "nb" | "en";

/** Title in bold, then when and where on one subtle line. */
function occurrenceBlocks(o: OccurrenceView, lang: Lang): CardElement[] {
  const moved = o.moved ? t(lang, " (flyttet)", " (moved)") : "";
  return [
    textBlock(o.event.title, { weight: "Bolder", spacing: "Medium" }),
    textBlock(`${o.when}${moved}${o.event.place ? ` · ${o.event.place}` : ""}`, { isSubtle: true, spacing: "None" }),
  ];
}

function notSetText(e: EventView, lang: Lang): string {
  return e.yearly ? t(lang, "årlig, dato ikke satt", "yearly, date not set") : t(lang, "dato ikke satt", "date not set");
}

/** Events without a date: never upcoming, listed so people know they exist. */
function undatedBlocks(undated: EventView[], lang: Lang): CardElement[] {
  if (undated.length === 0) return [];
  return [
    textBlock(t(lang, "Dato ikke satt", "Date not set"), { weight: "Bolder", spacing: "Large" }),
    ...undated.map((e) => textBlock(`${e.title} – ${notSetText(e, lang)}`, { isSubtle: true, spacing: "Small" })),
  ];
}

/** The next events, then the undated ones, with buttons for next month and the tiltak. */
export function upcomingEventsCard(answer: AnswerOf<"upcomingEvents">): CardElement {
  const { lang } = answer;
  const body: CardElement[] = [heading(t(lang, "Hva skjer fremover", "What's coming up"))];
  if (answer.occurrences.length === 0) {
    body.push(textBlock(t(lang, "Ingen arrangementer med dato de neste tre månedene.", "No dated events in the next three months.")));
  }
  for (const o of answer.occurrences) body.push(...occurrenceBlocks(o, lang));
  body.push(...undatedBlocks(answer.undated, lang));
  return adaptiveCard(body, answer.actions.map(questionButton));
}

/** Occurrences in a month, week or day; says so when there are none. */
export function periodEventsCard(answer: AnswerOf<"eventsInPeriod">): CardElement {
  const { lang } = answer;
  const body: CardElement[] = [heading(t(lang, `Hendelser ${answer.phrase}`, `Events ${answer.phrase}`))];
  if (answer.occurrences.length === 0) {
    body.push(textBlock(t(lang, `Ingen hendelser ${answer.phrase}.`, `No events ${answer.phrase}.`)));
  }
  for (const o of answer.occurrences) body.push(...occurrenceBlocks(o, lang));
  if (answer.undated.length > 0) {
    body.push(textBlock(
      t(lang, `${answer.undated.length} arrangementer har ikke fått dato ennå.`, `${answer.undated.length} events have no date set yet.`),
      { isSubtle: true, spacing: "Large" },
    ));
  }
  return adaptiveCard(body, answer.actions.map(questionButton));
}

/** The next occurrence of each named event, or "dato ikke satt". */
export function nextEventCard(answer: AnswerOf<"nextEvent">): CardElement {
  const { lang } = answer;
  const body: CardElement[] = [];
  for (const { event, next } of answer.events) {
    body.push(heading(event.title));
    if (next) {
      body.push(textBlock(t(lang, `Neste gang: ${next.when}`, `Next: ${next.when}`), { weight: "Bolder" }));
    } else if (!event.dateSet) {
      body.push(textBlock(
        event.yearly ? t(lang, "Dato ikke satt. Arrangementet er årlig.", "Date not set. It is held every year.") : t(lang, "Dato ikke satt.", "Date not set."),
        { weight: "Bolder", color: "Attention" },
      ));
    } else {
      body.push(textBlock(t(lang, "Ingen kommende dato.", "No upcoming date."), { weight: "Bolder" }));
    }
    const facts = [
      ...(event.place ? [{ title: t(lang, "Sted", "Place"), value: event.place }] : []),
      ...(event.organiser ? [{ title: t(lang, "Arrangør", "Organiser"), value: event.organiser }] : []),
    ];
    if (facts.length > 0) body.push(factSet(facts));
    if (event.description) body.push(textBlock(event.description, { isSubtle: true }));
  }
  return adaptiveCard(body, answer.actions.map(questionButton));
}
