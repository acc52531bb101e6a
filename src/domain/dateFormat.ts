/**
 * Dates for people: bokmål first ("fredag 4. desember kl. 12.00"), English second
 * ("Friday 4 December, 12:00"). Always read in Europe/Oslo unless told otherwise, whatever the
 * machine's TZ. Names are spelled out here rather than taken from ICU so the output never drifts.
 */
import { instantToZoned, OSLO, type ZonedParts } from "./time.js";

export type Lang = "nb" | "en";

/** Options shared by the date formatters. */
export interface DateFormatOptions {
  /** Append the year ("fredag 4. desember 2026"); off by default. */
  withYear?: boolean;
}

const WEEKDAYS: Record<Lang, string[]> = {
  nb: ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
};

const MONTHS: Record<Lang, string[]> = {
  nb: ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

const pad2 = (n: number) => String(n).padStart(2, "0");

function dateText(p: ZonedParts, lang: Lang, opts: DateFormatOptions): string {
  const weekday = WEEKDAYS[lang][p.weekday - 1];
  const month = MONTHS[lang][p.month - 1];
  const year = opts.withYear ? ` ${p.year}` : "";
  return lang === "nb" ? `${weekday} ${p.day}. ${month}${year}` : `${weekday} ${p.day} ${month}${year}`;
}

// Norwegian writes clock times with a full stop (Språkrådet): 12.00.
const timeText = (p: ZonedParts, lang: Lang) => `${pad2(p.hour)}${lang === "nb" ? "." : ":"}${pad2(p.minute)}`;

/** "fredag 4. desember" / "Friday 4 December". */
export function formatDate(instant: Date, lang: Lang, timeZone: string = OSLO, opts: DateFormatOptions = {}): string {
  return dateText(instantToZoned(instant, timeZone), lang, opts);
}

/** "12.00" / "12:00". */
export function formatTime(instant: Date, lang: Lang, timeZone: string = OSLO): string {
  return timeText(instantToZoned(instant, timeZone), lang);
}

/** "fredag 4. desember kl. 12.00" / "Friday 4 December, 12:00". */
export function formatDateTime(instant: Date, lang: Lang, timeZone: string = OSLO, opts: DateFormatOptions = {}): string {
  const p = instantToZoned(instant, timeZone);
  return lang === "nb" ? `${dateText(p, lang, opts)} kl. ${timeText(p, lang)}` : `${dateText(p, lang, opts)}, ${timeText(p, lang)}`;
}

/** "desember 2026" / "December 2026". */
export function formatMonth(instant: Date, lang: Lang, timeZone: string = OSLO): string {
  const p = instantToZoned(instant, timeZone);
  return `${MONTHS[lang][p.month - 1]} ${p.year}`;
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
