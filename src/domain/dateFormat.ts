/**
 * Dates for people: bokmål ("fredag 4. desember kl. 12.00"), nynorsk ("laurdag 5. desember
 * kl. 12.00") and English ("Friday 4 December, 12:00"). Always read in Europe/Oslo unless told otherwise, whatever the
 * machine's TZ. Names are spelled out here rather than taken from ICU so the output never drifts.
 */
import type { Lang } from "./language.js";
import { instantToZoned, OSLO, type ZonedParts } from "./time.js";

/** Options shared by the date formatters. */
export interface DateFormatOptions {
  /** Append the year ("fredag 4. desember 2026"); off by default. */
  withYear?: boolean;
}

/** How one language writes dates and clock times. */
interface DateStyle {
  /** Monday first. */
  weekdays: readonly string[];
  /** January first. */
  months: readonly string[];
  /** "fredag 4. desember" from the weekday, day and month names (and " 2026" or ""). */
  date(weekday: string, day: number, month: string, year: string): string;
  /** Separator of hours and minutes. */
  clockSeparator: string;
  /** A date followed by a time. */
  dateTime(date: string, time: string): string;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

// Bokmål and nynorsk share the month names and how a date and a time are written (Språkrådet:
// "4. desember", "kl. 12.00" with a full stop); only the weekday names differ.
const NORWEGIAN: Omit<DateStyle, "weekdays"> = {
  months: [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
  ],
  date: (weekday, day, month, year) => `${weekday} ${day}. ${month}${year}`,
  clockSeparator: ".",
  dateTime: (date, time) => `${date} kl. ${time}`,
};

const STYLES: Record<Lang, DateStyle> = {
  nb: { ...NORWEGIAN, weekdays: ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"] },
  nn: { ...NORWEGIAN, weekdays: ["måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "sundag"] },
  en: {
    weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    months: [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ],
    date: (weekday, day, month, year) => `${weekday} ${day} ${month}${year}`,
    clockSeparator: ":",
    dateTime: (date, time) => `${date}, ${time}`,
  },
};

function dateText(p: ZonedParts, lang: Lang, opts: DateFormatOptions): string {
  const style = STYLES[lang];
  return style.date(style.weekdays[p.weekday - 1], p.day, style.months[p.month - 1], opts.withYear ? ` ${p.year}` : "");
}

const timeText = (p: ZonedParts, lang: Lang) => `${pad2(p.hour)}${STYLES[lang].clockSeparator}${pad2(p.minute)}`;

/** The month's name (1 = January): "desember" / "December". */
export function monthName(month: number, lang: Lang): string {
  return STYLES[lang].months[month - 1];
}

/** A wall-clock time written "HH:mm" as the language writes it: "09.00" / "09:00". */
export function formatClock(hhmm: string, lang: Lang): string {
  return hhmm.replace(":", STYLES[lang].clockSeparator);
}

/** "fredag 4. desember" / "Friday 4 December". */
export function formatDate(instant: Date, lang: Lang, timeZone: string = OSLO, opts: DateFormatOptions = {}): string {
  return dateText(instantToZoned(instant, timeZone), lang, opts);
}

/** "12.00" / "12:00". */
export function formatTime(instant: Date, lang: Lang, timeZone: string = OSLO): string {
  return timeText(instantToZoned(instant, timeZone), lang);
}

/** "fredag 4. desember kl. 12.00" / "Friday 4 December, 12:00". */
export function formatDateTime(
  instant: Date,
  lang: Lang,
  timeZone: string = OSLO,
  opts: DateFormatOptions = {},
): string {
  const p = instantToZoned(instant, timeZone);
  return STYLES[lang].dateTime(dateText(p, lang, opts), timeText(p, lang));
}

/** "desember 2026" / "December 2026". */
export function formatMonth(instant: Date, lang: Lang, timeZone: string = OSLO): string {
  const p = instantToZoned(instant, timeZone);
  return `${monthName(p.month, lang)} ${p.year}`;
}

/**
 * A start–end range: "fredag 4. desember kl. 12.00–13.00" on one day, otherwise
 * "fredag 4. desember kl. 12.00 – lørdag 5. desember kl. 13.00". Without an end, just the start.
 */
export function formatRange(
  start: Date,
  end: Date | undefined,
  lang: Lang,
  timeZone: string = OSLO,
  opts: DateFormatOptions = {},
): string {
  const from = formatDateTime(start, lang, timeZone, opts);
  if (!end) return from;
  const s = instantToZoned(start, timeZone);
  const e = instantToZoned(end, timeZone);
  if (s.local.slice(0, 10) === e.local.slice(0, 10)) return `${from}–${timeText(e, lang)}`;
  return `${from} – ${formatDateTime(end, lang, timeZone, opts)}`;
}
