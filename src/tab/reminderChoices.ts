/**
 * Reminder lead times as people choose them: ticked presets ("1 uke før") and custom amounts
 * ("3 dager før"), mapped to the strings the API stores (ISO durations such as "P7D", and the
 * day rules "D0@08:30" / "D-1@09:00" of src/domain/reminderSchedule.ts). No React here.
 */
import { MAX_LEAD_DAYS } from "../contract/limits.js";
import type { EventKind } from "./apiTypes.js";
import type { Translate } from "./i18n/index.js";

/** The presets offered as checkboxes, in the order shown. */
export const REMINDER_PRESETS = [
  { value: "P7D", label: "reminderWeek" },
  { value: "P1D", label: "reminderDay" },
  { value: "D0@08:30", label: "reminderMorning" },
  { value: "PT1H", label: "reminderHour" },
] as const;

/** Lead times each kind gets when an event has none of its own (mirrors DEFAULT_LEAD_TIMES on the server). */
export const KIND_DEFAULTS: Readonly<Record<EventKind, readonly string[]>> = {
  meeting: ["D-1@09:00", "PT1H"],
  workshop: ["D-1@09:00", "PT1H"],
  conference: ["P7D", "P1D"],
  deadline: ["P7D", "P1D"],
  presentation: ["D0@08:30"],
};

/** Units of a custom reminder. */
export type CustomUnit = "minutes" | "hours" | "days" | "weeks";
export const CUSTOM_UNITS: readonly CustomUnit[] = ["minutes", "hours", "days", "weeks"];

/** Longest lead time the API accepts, in minutes (90 days). */
const MAX_MINUTES = MAX_LEAD_DAYS * 1440;
const UNIT_MINUTES: Record<CustomUnit, number> = { minutes: 1, hours: 60, days: 1440, weeks: 10080 };

/**
 * The API string for "`amount` `unit` før", or undefined when the amount is not a whole number
 * from 1 up to 90 days' worth.
 */
export function customLeadTime(amount: string, unit: CustomUnit): string | undefined {
  if (!/^\s*\d{1,6}\s*$/.test(amount)) return undefined;
  const n = Number(amount);
  if (n < 1 || n * UNIT_MINUTES[unit] > MAX_MINUTES) return undefined;
  switch (unit) {
    case "minutes":
      return `PT${n}M`;
    case "hours":
      return `PT${n}H`;
    case "days":
      return `P${n}D`;
    case "weeks":
      return `P${n * 7}D`;
  }
}

const DURATION_RE = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/;
const DAY_RULE_RE = /^D(0|-\d{1,3})@(\d\d):(\d\d)$/;

/** Lead time in minutes for sorting, day rules counted as if the event were at noon; undefined for unknown text. */
function sortMinutes(lead: string): number | undefined {
  const rule = DAY_RULE_RE.exec(lead);
  if (rule) return -Number(rule[1]) * 1440 + 720 - (Number(rule[2]) * 60 + Number(rule[3]));
  const d = DURATION_RE.exec(lead);
  if (!d || lead === "P" || lead.endsWith("T")) return undefined;
  const [w, days, h, m] = d.slice(1).map((g) => Number(g ?? 0));
  return (w * 7 + days) * 1440 + h * 60 + m;
}

/** Longest first, as a schedule reads ("1 uke før, 1 dag før, 1 time før"); duplicates dropped. */
export function sortLeadTimes(leads: readonly string[]): string[] {
  return [...new Set(leads)].sort((a, b) => (sortMinutes(b) ?? 0) - (sortMinutes(a) ?? 0));
}

const n2 = (s: string) => s.padStart(2, "0");

/**
 * Words for a lead time: "1 uke før", "samme morgen kl. 08.30", "dagen før kl. 09.00",
 * "2 timer og 30 minutter før". Never the raw code, except for text the tab does not understand.
 */
export function describeLeadTime(lead: string, t: Translate): string {
  const rule = DAY_RULE_RE.exec(lead);
  if (rule) {
    const time = t("clockTime", { h: n2(rule[2]), m: n2(rule[3]) });
    const days = -Number(rule[1]);
    if (days === 0) return t(Number(rule[2]) < 12 ? "leadSameMorning" : "leadSameDay", { time });
    if (days === 1) return t("leadDayBefore", { time });
    return t("leadDaysBefore", { n: days, time });
  }
  const d = DURATION_RE.exec(lead);
  if (!d || lead === "P" || lead.endsWith("T")) return lead;
  const [w, days, h, m] = d.slice(1).map((g) => Number(g ?? 0));
  const totalDays = w * 7 + days;
  const parts: string[] = [];
  if (totalDays > 0 && totalDays % 7 === 0 && h === 0 && m === 0) parts.push(unit(t, "weeks", totalDays / 7));
  else if (totalDays > 0) parts.push(unit(t, "days", totalDays));
  if (h > 0) parts.push(unit(t, "hours", h));
  if (m > 0) parts.push(unit(t, "minutes", m));
  return t("leadBefore", { amount: parts.join(t("and")) });
}

function unit(t: Translate, u: CustomUnit, n: number): string {
  return t(`unit_${u}_${n === 1 ? "one" : "other"}`, { n });
}
