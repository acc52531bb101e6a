/** Recognising questions about events: what is coming up, what happens in a month, when an event is. */
import type { AlrekEvent } from "../../domain/events.js";
import type { Lang } from "../../domain/language.js";
import type { Question } from "../question.js";
import { matchEvents } from "./eventMatch.js";
import { findDateExpr } from "../../domain/dateWords.js";
import { tokenize } from "../normalize.js";
import { monthOf, parsePeriod, type PeriodSpec } from "./period.js";
import * as W from "./words.js";

type Base = { lang: Lang; text: string };
const has = (tokens: string[], words: Set<string>) => tokens.some((t) => words.has(t));

/** A named event without any "when" word counts only when this much of a title was typed. */
const NAMED_ALONE_SCORE = 8;

/** Words that only place a question in time ("neste måned", "i morgen", "desember"). */
function isPeriodWord(t: string): boolean {
  return (
    W.MONTH_UNIT_WORDS.has(t) ||
    W.WEEK_UNIT_WORDS.has(t) ||
    W.NEXT_WORDS.has(t) ||
    W.THIS_WORDS.has(t) ||
    W.TODAY_WORDS.has(t) ||
    W.TOMORROW_WORDS.has(t) ||
    t === "morgen" ||
    t === "dag" ||
    monthOf(t) !== undefined
  );
}

/** True when the tokens ask about events in general ("hva skjer", "what's on", "coming up"). */
function upcomingCue(tokens: string[]): boolean {
  if (has(tokens, W.STRONG_UPCOMING_WORDS)) return true;
  return tokens.some(
    (t, i) =>
      (t === "on" && (tokens[i - 1] === "s" || tokens[i - 1] === "whats")) ||
      (t === "coming" && tokens[i + 1] === "up") ||
      (t === "kommer" && tokens[i + 1] === "opp"),
  );
}

/**
 * Calendar questions recognised before groups and people: a "when" word with an event name, a
 * time window, or a general events cue. `content` is the tokens without filler words.
 */
export function cuedCalendarQuestion(
  tokens: string[],
  content: string[],
  base: Base,
  events: readonly AlrekEvent[],
): Question | undefined {
  const when = has(tokens, W.WHEN_WORDS);
  const general = upcomingCue(tokens);
  if (when || general) {
    const named = matchEvents(content, events);
    if (named.ids.length > 0 && (when || named.score >= NAMED_ALONE_SCORE))
      return { ...base, intent: "nextEvent", eventIds: named.ids };
  }
  // Days named in words ("1. juledag", "etter påske", "neste fredag", "17. mai") before month names.
  const day = findDateExpr(base.text);
  const rest = day ? tokenize(base.text.slice(0, day.index) + " " + base.text.slice(day.index + day.length)) : [];
  // "i morgen", "neste uke", "denne måneden" keep their own windows; a named day beats a month name ("17. mai").
  const parsed = parsePeriod(tokens, general || when);
  const period: PeriodSpec | undefined =
    parsed && parsed.unit !== "namedMonth" ? parsed : day ? { unit: "days", expr: day.expr } : parsed;
  const onlyTime =
    (content.length > 0 && content.every(isPeriodWord)) ||
    (day !== undefined && rest.every((t) => !content.includes(t) || isPeriodWord(t)));
  if (period && (general || when || onlyTime)) return { ...base, intent: "eventsInPeriod", period };
  // "når er neste møte?", "next": a "when" word with nothing it could be about.
  if (general || (when && content.every((t) => W.WHEN_WORDS.has(t) || W.GENERIC_EVENT_WORDS.has(t))))
    return { ...base, intent: "upcomingEvents" };
  return undefined;
}

/** An event named without a cue ("fredagspresentasjonen"), once no group or person matched. */
export function namedEventQuestion(content: string[], base: Base, events: readonly AlrekEvent[]): Question | undefined {
  const named = matchEvents(content, events);
  return named.ids.length > 0 && named.score >= NAMED_ALONE_SCORE
    ? { ...base, intent: "nextEvent", eventIds: named.ids }
    : undefined;
}
