/**
 * A subset of RFC 5545 RRULE: FREQ (DAILY, WEEKLY, MONTHLY, YEARLY), INTERVAL, COUNT, UNTIL,
 * BYDAY (ordinals such as 1FR or -1MO for MONTHLY/YEARLY), BYMONTHDAY, BYMONTH, BYSETPOS and WKST=MO.
 * Expansion works on wall-clock times, so an event at 12:00 stays at 12:00 across daylight saving.
 */
import { addDaysToDate, daysInMonth, isoWeekday, parseLocal, zonedToInstant } from "./time.js";

export type Frequency = "DAILY" | "WEEKLY" | "MONTHLY" | "YEARLY";

/** A BYDAY entry: ISO weekday (1 = Monday) and, for MONTHLY/YEARLY, an optional ordinal (1FR, -1MO). */
export interface WeekdayRule {
  weekday: number;
  ordinal?: number;
}

/** UNTIL as a date ("20261231"), a floating local date-time, or a UTC instant ("…Z"). */
export type RecurrenceUntil =
  { kind: "date"; date: string } | { kind: "local"; local: string } | { kind: "utc"; instant: Date };

/** A parsed and validated rule. */
export interface RecurrenceRule {
  freq: Frequency;
  interval: number;
  count?: number;
  until?: RecurrenceUntil;
  byDay?: WeekdayRule[];
  byMonthDay?: number[];
  byMonth?: number[];
  bySetPos?: number[];
}

/** A rule outside the supported subset or with invalid values; the message says what to fix. */
export class RecurrenceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RecurrenceError";
  }
}

/** Most occurrences a COUNT may ask for. */
export const MAX_COUNT = 1000;
/** Most periods (days, weeks, months, years) one expansion walks before giving up. */
export const MAX_PERIODS = 5000;

const DAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
const FREQS: Frequency[] = ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"];

function intList(name: string, value: string, ok: (n: number) => boolean, range: string): number[] {
  return value.split(",").map((s) => {
    if (!/^[+-]?\d{1,4}$/.test(s) || !ok(Number(s))) throw new RecurrenceError(`${name} value "${s}" must be ${range}`);
    return Number(s);
  });
}

function parseUntil(value: string): RecurrenceUntil {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(value);
  const local = m ? `${m[1]}-${m[2]}-${m[3]}T${m[4] ?? "00"}:${m[5] ?? "00"}` : "";
  if (!m || !parseLocal(local) || Number(m[6] ?? 0) > 59) {
    throw new RecurrenceError(`UNTIL "${value}" must be a date (20261231) or date-time (20261231T230000Z)`);
  }
  if (m[4] === undefined) return { kind: "date", date: local.slice(0, 10) };
  if (m[7] === "Z") return { kind: "utc", instant: new Date(`${local}:${m[6]}Z`) };
  return { kind: "local", local };
}

/** Parses an RRULE body such as "FREQ=MONTHLY;BYDAY=1FR"; throws {@link RecurrenceError}. */
export function parseRecurrence(input: string): RecurrenceRule {
  if (typeof input !== "string" || input.trim() === "") throw new RecurrenceError("The rule is empty");
  const body = input
    .trim()
    .replace(/^RRULE:/i, "")
    .toUpperCase();
  const parts = new Map<string, string>();
  for (const part of body.split(";")) {
    const [key, value, ...rest] = part.split("=");
    if (!key || value === undefined || value === "" || rest.length > 0)
      throw new RecurrenceError(`"${part}" is not NAME=VALUE`);
    if (parts.has(key)) throw new RecurrenceError(`${key} is given twice`);
    parts.set(key, value);
  }
  const freq = parts.get("FREQ") as Frequency | undefined;
  if (!freq) throw new RecurrenceError("FREQ is required (DAILY, WEEKLY, MONTHLY or YEARLY)");
  if (!FREQS.includes(freq))
    throw new RecurrenceError(`FREQ=${freq} is not supported; use DAILY, WEEKLY, MONTHLY or YEARLY`);
  const rule: RecurrenceRule = { freq, interval: 1 };
  for (const [key, value] of parts) {
    switch (key) {
      case "FREQ":
        break;
      case "INTERVAL":
        rule.interval = intList(key, value, (n) => n >= 1 && n <= 999, "a whole number from 1 to 999")[0];
        break;
      case "COUNT":
        rule.count = intList(key, value, (n) => n >= 1 && n <= MAX_COUNT, `a whole number from 1 to ${MAX_COUNT}`)[0];
        break;
      case "UNTIL":
        rule.until = parseUntil(value);
        break;
      case "BYMONTH":
        rule.byMonth = intList(key, value, (n) => n >= 1 && n <= 12, "1 to 12");
        break;
      case "BYMONTHDAY":
        rule.byMonthDay = intList(key, value, (n) => n !== 0 && Math.abs(n) <= 31, "1 to 31 or -31 to -1");
        break;
      case "BYSETPOS":
        rule.bySetPos = intList(key, value, (n) => n !== 0 && Math.abs(n) <= 366, "1 to 366 or -366 to -1");
        break;
      case "BYDAY":
        rule.byDay = value.split(",").map((s) => {
          const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(s);
          if (!m) throw new RecurrenceError(`BYDAY value "${s}" must be a weekday code such as FR, 1FR or -1MO`);
          const ordinal = m[1] === undefined ? undefined : Number(m[1]);
          if (ordinal !== undefined && (ordinal === 0 || Math.abs(ordinal) > 5)) {
            throw new RecurrenceError(`BYDAY ordinal in "${s}" must be 1 to 5 or -5 to -1`);
          }
          return { weekday: DAY_CODES.indexOf(m[2]) + 1, ...(ordinal === undefined ? {} : { ordinal }) };
        });
        break;
      case "WKST":
        if (value !== "MO") throw new RecurrenceError("Only WKST=MO is supported (weeks start on Monday)");
        break;
      default:
        throw new RecurrenceError(
          `${key} is not supported; use FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH or BYSETPOS`,
        );
    }
  }
  if (rule.count !== undefined && rule.until !== undefined)
    throw new RecurrenceError("COUNT and UNTIL cannot both be given");
  const hasOrdinal = rule.byDay?.some((d) => d.ordinal !== undefined) ?? false;
  if (hasOrdinal && (freq === "DAILY" || freq === "WEEKLY")) {
    throw new RecurrenceError(`BYDAY with an ordinal (such as 1FR) needs FREQ=MONTHLY or FREQ=YEARLY, not ${freq}`);
  }
  if (hasOrdinal && freq === "YEARLY" && !rule.byMonth) {
    throw new RecurrenceError(
      "BYDAY with an ordinal in a YEARLY rule needs BYMONTH (for example BYMONTH=3;BYDAY=-1SU)",
    );
  }
  if (rule.byMonthDay && freq === "WEEKLY") throw new RecurrenceError("BYMONTHDAY cannot be used with FREQ=WEEKLY");
  return rule;
}

/** The error message for an invalid rule, or undefined when it is valid. */
export function recurrenceProblem(input: string): string | undefined {
  try {
    parseRecurrence(input);
    return undefined;
  } catch (e) {
    if (e instanceof RecurrenceError) return e.message;
    throw e;
  }
}

/** Days of a month selected by BYMONTHDAY/BYDAY, or the default day; sorted ascending. */
function monthDays(year: number, month: number, rule: RecurrenceRule, defaultDay: number): number[] {
  const dim = daysInMonth(year, month);
  const byMonthDay = rule.byMonthDay
    ? new Set(rule.byMonthDay.map((d) => (d > 0 ? d : dim + 1 + d)).filter((d) => d >= 1 && d <= dim))
    : undefined;
  let byDay: Set<number> | undefined;
  if (rule.byDay) {
    byDay = new Set();
    const firstWeekday = isoWeekday(year, month, 1);
    for (const { weekday, ordinal } of rule.byDay) {
      const first = 1 + ((weekday - firstWeekday + 7) % 7);
      const all: number[] = [];
      for (let d = first; d <= dim; d += 7) all.push(d);
      if (ordinal === undefined) all.forEach((d) => byDay!.add(d));
      else {
        const d = ordinal > 0 ? all[ordinal - 1] : all[all.length + ordinal];
        if (d !== undefined) byDay.add(d);
      }
    }
  }
  let days: number[];
  if (byMonthDay && byDay) days = [...byMonthDay].filter((d) => byDay!.has(d));
  else if (byMonthDay) days = [...byMonthDay];
  else if (byDay) days = [...byDay];
  else days = defaultDay <= dim ? [defaultDay] : [];
  return days.sort((a, b) => a - b);
}

const ymd = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** Candidate dates ("YYYY-MM-DD") of period number `index` counted from DTSTART's period. */
function periodDates(
  rule: RecurrenceRule,
  start: { year: number; month: number; day: number },
  index: number,
): string[] {
  const step = index * rule.interval;
  const startDate = ymd(start.year, start.month, start.day);
  switch (rule.freq) {
    case "DAILY": {
      const date = addDaysToDate(startDate, step);
      const [y, m, d] = date.split("-").map(Number);
      const dim = daysInMonth(y, m);
      if (rule.byMonth && !rule.byMonth.includes(m)) return [];
      if (rule.byMonthDay && !rule.byMonthDay.some((x) => (x > 0 ? x : dim + 1 + x) === d)) return [];
      if (rule.byDay && !rule.byDay.some((x) => x.weekday === isoWeekday(y, m, d))) return [];
      return [date];
    }
    case "WEEKLY": {
      const monday = addDaysToDate(startDate, 1 - isoWeekday(start.year, start.month, start.day) + step * 7);
      const weekdays = rule.byDay
        ? [...new Set(rule.byDay.map((d) => d.weekday))].sort()
        : [isoWeekday(start.year, start.month, start.day)];
      return weekdays
        .map((wd) => addDaysToDate(monday, wd - 1))
        .filter((date) => !rule.byMonth || rule.byMonth.includes(Number(date.slice(5, 7))));
    }
    case "MONTHLY": {
      const total = start.year * 12 + (start.month - 1) + step;
      const year = Math.floor(total / 12);
      const month = (total % 12) + 1;
      if (rule.byMonth && !rule.byMonth.includes(month)) return [];
      return monthDays(year, month, rule, start.day).map((d) => ymd(year, month, d));
    }
    case "YEARLY": {
      const year = start.year + step;
      const months = rule.byMonth
        ? [...rule.byMonth].sort((a, b) => a - b)
        : rule.byMonthDay || rule.byDay
          ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
          : [start.month];
      return months.flatMap((month) => monthDays(year, month, rule, start.day).map((d) => ymd(year, month, d)));
    }
  }
}

function applySetPos(dates: string[], setPos: number[] | undefined): string[] {
  if (!setPos) return dates;
  const picked = setPos
    .map((p) => (p > 0 ? dates[p - 1] : dates[dates.length + p]))
    .filter((d): d is string => d !== undefined);
  return [...new Set(picked)].sort();
}

/** First period index worth computing for occurrences at or after `fromDate` (only valid without COUNT). */
function fastForwardIndex(
  rule: RecurrenceRule,
  start: { year: number; month: number; day: number },
  fromDate: string,
): number {
  const [fy, fm, fd] = fromDate.split("-").map(Number);
  const dayDiff = Math.round(
    (Date.UTC(fy, fm - 1, fd) - Date.UTC(start.year, start.month - 1, start.day)) / 86_400_000,
  );
  const periods = {
    DAILY: dayDiff,
    WEEKLY: Math.floor((dayDiff + isoWeekday(start.year, start.month, start.day) - 1) / 7),
    MONTHLY: (fy - start.year) * 12 + (fm - start.month),
    YEARLY: fy - start.year,
  }[rule.freq];
  return Math.max(0, Math.floor(periods / rule.interval) - 1);
}

/**
 * Local starts ("YYYY-MM-DDTHH:mm", ascending) of a rule anchored at `dtstart`, from `fromLocal` on.
 * DTSTART counts only when it matches the rule (RFC 5545 leaves a mismatch undefined).
 * Without COUNT the walk skips straight to `fromLocal`; it stops after {@link MAX_PERIODS} periods.
 */
export function* iterateLocalStarts(
  dtstart: string,
  rule: RecurrenceRule | string,
  timeZone: string,
  fromLocal?: string,
): Generator<string> {
  const r = typeof rule === "string" ? parseRecurrence(rule) : rule;
  const start = parseLocal(dtstart);
  if (!start) throw new RangeError(`Invalid DTSTART "${dtstart}"`);
  const time = dtstart.slice(10);
  let index =
    r.count === undefined && fromLocal && fromLocal > dtstart ? fastForwardIndex(r, start, fromLocal.slice(0, 10)) : 0;
  let produced = 0;
  for (const last = index + MAX_PERIODS; index < last; index++) {
    for (const date of applySetPos(periodDates(r, start, index), r.bySetPos)) {
      const local = `${date}${time}`;
      if (local < dtstart) continue;
      if (r.until?.kind === "date" && date > r.until.date) return;
      if (r.until?.kind === "local" && local > r.until.local) return;
      if (r.until?.kind === "utc" && zonedToInstant(local, timeZone) > r.until.instant) return;
      produced++;
      if (r.count !== undefined && produced > r.count) return;
      if (fromLocal && local < fromLocal) continue;
      yield local;
    }
  }
}
