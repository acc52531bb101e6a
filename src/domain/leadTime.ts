/**
 * The one grammar of reminder lead times: the kinds' defaults, an event's `reminderLeadTimes`,
 * what the API accepts, what the scheduler reads and what the tab's form checks all use it.
 *
 * A lead time is one of:
 * - an ISO 8601 duration before the start, in weeks, days, hours and minutes ("P7D", "P2W", "PT1H",
 *   "P1DT2H30M"); day parts are calendar days, hours and minutes exact (see reminderSchedule.ts);
 * - a day rule "D<n>@HH:mm": the wall-clock time HH:mm, n ≤ 0 calendar days from the start's local
 *   date ("D-1@09:00" = the day before at 09:00, "D0@08:30" = the same day at 08:30).
 *
 * On an event a lead time must also be allowed ({@link leadTimeProblem}): at most 90 days back and,
 * for a duration, longer than zero. The scheduler reads any lead time of the grammar.
 */
import { durationToMinutes, parseDuration } from "./duration.js";

/** A parsed lead time. */
export type LeadTime =
  | { kind: "duration"; text: string; minutes: number }
  | { kind: "dayRule"; text: string; dayOffset: number; time: string };

/** How many lead times one event may have. */
export const MAX_LEAD_TIMES = 10;
/** How far before the start a reminder may come (events and personal settings alike). */
export const MAX_LEAD_DAYS = 90;
/** Longest text of a lead time ("P90DT23H59M", "D-90@09:00" and the like are far shorter). */
const MAX_LEAD_TIME_CHARS = 20;

const DAY_RULE_RE = /^D(0|-[1-9]\d{0,2})@([01]\d|2[0-3]):([0-5]\d)$/;

/** Parses a lead time, or undefined when it is neither an ISO duration nor a day rule. */
export function parseLeadTime(text: string): LeadTime | undefined {
  const rule = DAY_RULE_RE.exec(text);
  if (rule) return { kind: "dayRule", text, dayOffset: Number(rule[1]), time: `${rule[2]}:${rule[3]}` };
  try {
    return { kind: "duration", text, minutes: durationToMinutes(parseDuration(text)) };
  } catch {
    return undefined;
  }
}

/** Why `text` may not be one of an event's lead times, or undefined when it may. */
export function leadTimeProblem(text: string): string | undefined {
  if (text.length > MAX_LEAD_TIME_CHARS) return `must be at most ${MAX_LEAD_TIME_CHARS} characters`;
  const lead = parseLeadTime(text);
  if (!lead) {
    return `"${text}" is not a lead time: use an ISO 8601 duration such as P7D, PT1H or P1DT2H30M, or a day rule such as D-1@09:00`;
  }
  const days = lead.kind === "duration" ? lead.minutes / 1440 : -lead.dayOffset;
  if (days > MAX_LEAD_DAYS)
    return `must be at most ${MAX_LEAD_DAYS} days before the start (P${MAX_LEAD_DAYS}D or D-${MAX_LEAD_DAYS}@…)`;
  if (lead.kind === "duration" && lead.minutes === 0) return "must be longer than zero";
  return undefined;
}

/** True when `text` may be one of an event's lead times. */
export function isAllowedLeadTime(text: string): boolean {
  return leadTimeProblem(text) === undefined;
}
