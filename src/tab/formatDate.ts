/**
 * Dates in the tab, always read in Europe/Oslo whatever the viewer's own zone:
 * "4. desember 2026 kl. 12.00" / "4 December 2026, 12:00". Intl gives the Oslo wall-clock
 * numbers; month names are spelled out here so output never drifts with the browser's ICU data.
 */
import type { Lang, Translate } from "./i18n/index.js";

export const OSLO = "Europe/Oslo";

const NORWEGIAN_MONTHS = [
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
];

const MONTHS: Record<Lang, string[]> = {
  // Nynorsk spells the months as bokmål does.
  nb: NORWEGIAN_MONTHS,
  nn: NORWEGIAN_MONTHS,
  en: [
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
};

/** Norwegian (bokmål and nynorsk) writes "4. desember" and "12.00"; English "4 December" and "12:00". */
const norwegian = (lang: Lang) => lang !== "en";

/** Wall-clock parts of an instant in Europe/Oslo. */
export interface OsloParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: OSLO,
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  hourCycle: "h23",
});

/** The Oslo wall-clock year, month, day, hour and minute of `instant`. */
export function osloParts(instant: Date): OsloParts {
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(partsFormat.formatToParts(instant).find((p) => p.type === type)?.value ?? "0");
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour") % 24, minute: get("minute") };
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** "4. desember 2026" / "4 December 2026". */
export function formatDay(instant: Date | string, lang: Lang): string {
  const p = osloParts(new Date(instant));
  return norwegian(lang)
    ? `${p.day}. ${MONTHS[lang][p.month - 1]} ${p.year}`
    : `${p.day} ${MONTHS.en[p.month - 1]} ${p.year}`;
}

/** "12.00" / "12:00" (Norwegian writes clock times with a full stop). */
export function formatClock(instant: Date | string, lang: Lang): string {
  const p = osloParts(new Date(instant));
  return `${pad2(p.hour)}${norwegian(lang) ? "." : ":"}${pad2(p.minute)}`;
}

/** "4. desember 2026 kl. 12.00" / "4 December 2026, 12:00". */
export function formatDateTime(instant: Date | string, lang: Lang): string {
  return norwegian(lang)
    ? `${formatDay(instant, lang)} kl. ${formatClock(instant, lang)}`
    : `${formatDay(instant, lang)}, ${formatClock(instant, lang)}`;
}

/** Start–end: "4. desember 2026 kl. 12.00–13.00" on one day, else both in full. */
export function formatRange(start: string, end: string | undefined, lang: Lang): string {
  if (!end) return formatDateTime(start, lang);
  if (monthKey(start) === monthKey(end) && formatDay(start, lang) === formatDay(end, lang)) {
    return `${formatDateTime(start, lang)}–${formatClock(end, lang)}`;
  }
  return `${formatDateTime(start, lang)} – ${formatDateTime(end, lang)}`;
}

/** "2026-12": sorts and groups occurrences by Oslo month. */
export function monthKey(instant: Date | string): string {
  const p = osloParts(new Date(instant));
  return `${p.year}-${pad2(p.month)}`;
}

/** "desember 2026" / "December 2026" for a key from {@link monthKey}. */
export function formatMonthKey(key: string, lang: Lang): string {
  const [year, month] = key.split("-").map(Number);
  return `${MONTHS[lang][month - 1]} ${year}`;
}

const WEEKDAYS: Record<Lang, string[]> = {
  nb: ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"],
  nn: ["sundag", "måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
};
const SHORT_MONTHS: Record<Lang, string[]> = {
  nb: ["jan.", "feb.", "mars", "april", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."],
  nn: ["jan.", "feb.", "mars", "april", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

/** Days since 1970 of the Oslo calendar date of `instant`. */
function osloDayNumber(instant: Date): number {
  const p = osloParts(instant);
  return Math.round(Date.UTC(p.year, p.month - 1, p.day) / 86_400_000);
}

/** "fredag 4. desember" / "Friday 4 December" (Oslo date). */
export function formatWeekdayDay(instant: Date | string, lang: Lang): string {
  const d = new Date(instant);
  const p = osloParts(d);
  const weekday = WEEKDAYS[lang][new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()];
  return norwegian(lang)
    ? `${weekday} ${p.day}. ${MONTHS[lang][p.month - 1]}`
    : `${weekday} ${p.day} ${MONTHS.en[p.month - 1]}`;
}

/** "12. nov." / "12 Nov": a short date for timelines. */
export function formatShortDay(instant: Date | string, lang: Lang): string {
  const p = osloParts(new Date(instant));
  return norwegian(lang) ? `${p.day}. ${SHORT_MONTHS[lang][p.month - 1]}` : `${p.day} ${SHORT_MONTHS.en[p.month - 1]}`;
}

/** Whole Oslo calendar days from `now` until `instant` (0 = today, negative = past). */
export function daysUntil(instant: Date | string, now: Date): number {
  return osloDayNumber(new Date(instant)) - osloDayNumber(now);
}

/** "i dag" / "i morgen" / "om 5 dager". */
export function relativeDays(days: number, t: Translate): string {
  if (days === 0) return t("today");
  if (days === 1) return t("tomorrow");
  return t("inDays", { n: days });
}
