/**
 * Norway's public holidays (helligdager, and 1 and 17 May). Computed, not looked up, so any year
 * works offline: Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), the
 * movable feasts as offsets from it. Dates are plain calendar dates (YYYY-MM-DD) in Norway.
 */

import type { Lang } from "./language.js";

/** A public holiday: its date and its name in each language the app speaks. */
export interface PublicHoliday {
  /** Calendar date in Norway, YYYY-MM-DD. */
  date: string;
  /** Stable key, e.g. "easterMonday". */
  key: HolidayKey;
  names: Readonly<Record<Lang, string>>;
}

/** Every holiday the app knows, by stable key. */
export type HolidayKey =
  | "newYear"
  | "maundyThursday"
  | "goodFriday"
  | "easterSunday"
  | "easterMonday"
  | "labourDay"
  | "constitutionDay"
  | "ascensionDay"
  | "whitSunday"
  | "whitMonday"
  | "christmasDay"
  | "boxingDay";

const NAMES: Record<HolidayKey, PublicHoliday["names"]> = {
  newYear: { nb: "1. nyttårsdag", nn: "1. nyttårsdag", en: "New Year's Day" },
  maundyThursday: { nb: "skjærtorsdag", nn: "skjærtorsdag", en: "Maundy Thursday" },
  goodFriday: { nb: "langfredag", nn: "langfredag", en: "Good Friday" },
  easterSunday: { nb: "1. påskedag", nn: "1. påskedag", en: "Easter Sunday" },
  easterMonday: { nb: "2. påskedag", nn: "2. påskedag", en: "Easter Monday" },
  labourDay: { nb: "arbeidernes dag (1. mai)", nn: "arbeidarane sin dag (1. mai)", en: "Labour Day (1 May)" },
  constitutionDay: { nb: "grunnlovsdagen (17. mai)", nn: "grunnlovsdagen (17. mai)", en: "Constitution Day (17 May)" },
  ascensionDay: { nb: "Kristi himmelfartsdag", nn: "Kristi himmelfartsdag", en: "Ascension Day" },
  whitSunday: { nb: "1. pinsedag", nn: "1. pinsedag", en: "Whit Sunday" },
  whitMonday: { nb: "2. pinsedag", nn: "2. pinsedag", en: "Whit Monday" },
  christmasDay: { nb: "1. juledag", nn: "1. juledag", en: "Christmas Day" },
  boxingDay: { nb: "2. juledag", nn: "2. juledag", en: "Boxing Day" },
};

/** Easter Sunday of a Gregorian year, as [month (1–12), day]. */
export function easterSunday(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Norway's public holidays in `year`, in date order. */
export function publicHolidays(year: number): PublicHoliday[] {
  const [em, ed] = easterSunday(year);
  // UTC noon keeps day arithmetic clear of any DST edge.
  const easter = Date.UTC(year, em - 1, ed, 12);
  const fromEaster = (days: number) => iso(new Date(easter + days * 86_400_000));
  const fixed = (month: number, day: number) =>
    `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const list: [HolidayKey, string][] = [
    ["newYear", fixed(1, 1)],
    ["maundyThursday", fromEaster(-3)],
    ["goodFriday", fromEaster(-2)],
    ["easterSunday", fromEaster(0)],
    ["easterMonday", fromEaster(1)],
    ["labourDay", fixed(5, 1)],
    ["constitutionDay", fixed(5, 17)],
    ["ascensionDay", fromEaster(39)],
    ["whitSunday", fromEaster(49)],
    ["whitMonday", fromEaster(50)],
    ["christmasDay", fixed(12, 25)],
    ["boxingDay", fixed(12, 26)],
  ];
  return list.map(([key, date]) => ({ key, date, names: NAMES[key] })).sort((x, y) => x.date.localeCompare(y.date));
}

const byYear = new Map<number, Map<string, PublicHoliday>>();

/** The public holiday on a calendar date (YYYY-MM-DD, or a local date-time whose date part is read), if any. */
export function holidayOn(localDate: string): PublicHoliday | undefined {
  const year = Number(localDate.slice(0, 4));
  if (!Number.isInteger(year) || year < 1583 || year > 9999) return undefined;
  let days = byYear.get(year);
  if (!days) {
    days = new Map();
    // 17 May can also be Whit Monday (2027, 2032): the first named, the constitution day, is kept.
    for (const h of publicHolidays(year)) if (!days.has(h.date)) days.set(h.date, h);
    // Years asked about are few (a plan period, a calendar window); the bound is for safety only.
    if (byYear.size > 200) byYear.clear();
    byYear.set(year, days);
  }
  return days.get(localDate.slice(0, 10));
}
