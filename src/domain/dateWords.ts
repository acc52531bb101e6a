/**
 * Days named in words: Norwegian holidays and feast days ("1. juledag", "julaften", "påske",
 * "skjærtorsdag", "17. mai", "pinse"), seasons around them ("etter påske", "i jula") and days
 * relative to today ("i morgen", "neste fredag", "om en uke"), in bokmål, nynorsk and English.
 * Reading a text gives a clock-free description (so a parse can be cached); resolving it against
 * today's date in Europe/Oslo gives the days. "1. juledag" is 25 December, never 1 July.
 */
import { easterSunday, publicHolidays, type HolidayKey } from "./holidays.js";
import type { Lang } from "./language.js";
import { addDaysToDate, isoWeekday } from "./time.js";

/** Feast days that are not public holidays but are named like them. */
type EveKey = "christmasEve" | "newYearsEve" | "easterEve";

/** A named day: a public holiday or one of the eves. */
type NamedDayKey = HolidayKey | EveKey;

/** A period around a feast: the feast itself, the days after it, or the week before it. */
type SeasonKey = "easter" | "christmas" | "whitsun";

/** Days named in a text, without a clock. */
export type DateExpr =
  | { kind: "named"; key: NamedDayKey }
  | { kind: "season"; key: SeasonKey; part: "during" | "after" | "before" }
  /** A weekday: the coming one (`weeksAhead` 0: tomorrow at the earliest) or the one in next week (1). */
  | { kind: "weekday"; weekday: number; weeksAhead: 0 | 1 }
  | { kind: "relative"; days: number }
  | { kind: "date"; month: number; day: number; year?: number };

/** Days resolved: the first and the last (inclusive), "YYYY-MM-DD" in Norway. */
export interface ResolvedDays {
  first: string;
  last: string;
}

const EVE_NAMES: Record<EveKey, Readonly<Record<Lang, string>>> = {
  christmasEve: { nb: "julaften", nn: "julaftan", en: "Christmas Eve" },
  newYearsEve: { nb: "nyttårsaften", nn: "nyttårsaftan", en: "New Year's Eve" },
  easterEve: { nb: "påskeaften", nn: "påskeaftan", en: "Easter Saturday" },
};

const SEASON_NAMES: Record<SeasonKey, Record<"during" | "after" | "before", Readonly<Record<Lang, string>>>> = {
  easter: {
    during: { nb: "påsken", nn: "påska", en: "Easter" },
    after: { nb: "etter påske", nn: "etter påske", en: "after Easter" },
    before: { nb: "før påske", nn: "før påske", en: "before Easter" },
  },
  christmas: {
    during: { nb: "julen", nn: "jula", en: "Christmas" },
    after: { nb: "etter jul", nn: "etter jul", en: "after Christmas" },
    before: { nb: "før jul", nn: "før jul", en: "before Christmas" },
  },
  whitsun: {
    during: { nb: "pinsen", nn: "pinsa", en: "Whitsun" },
    after: { nb: "etter pinse", nn: "etter pinse", en: "after Whitsun" },
    before: { nb: "før pinse", nn: "før pinse", en: "before Whitsun" },
  },
};

/**
 * Lower case with æ, ø, å and accents folded one character for one, so a match's position in
 * this text is its position in the original (domain/fold's "aa" → "a" would shift it).
 */
function foldKeepingLength(text: string): string {
  let out = "";
  for (const ch of text.toLowerCase()) {
    if (ch === "æ") out += "a";
    else if (ch === "ø") out += "o";
    else if (ch === "å") out += "a";
    else {
      const base = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
      out += base.length === ch.length ? base : ch;
    }
  }
  return out;
}

// Patterns over foldKeepingLength text; "aa"/"ae"/"oe" spellings are allowed where people use them.
const A = "(?:a|aa)";
const AE = "(?:a|ae)";
const FIRST = "(?:1\\.?\\s*|forste\\s+|fyrste\\s+|first\\s+)";
const SECOND = "(?:2\\.?\\s*|andre\\s+|second\\s+)";
const END = "(?![\\p{L}\\d])";
const START = "(?<![\\p{L}\\d])";

const NAMED: [NamedDayKey, RegExp][] = (
  [
    ["boxingDay", `${SECOND}juledag(?:en)?|boxing day`],
    ["christmasDay", `${FIRST}?juledag(?:en)?|christmas day`],
    ["christmasEve", `julaft[ae]n(?:en)?|julekvelden?|christmas eve`],
    ["newYearsEve", `nytt${A}rsaft[ae]n(?:en)?|new years? eve|new year's eve`],
    ["newYear", `${FIRST}?nytt${A}rsdag(?:en)?|new years? day|new year's day`],
    ["maundyThursday", `skj${AE}rtorsdag(?:en)?|maundy thursday`],
    ["goodFriday", `langfredag(?:en)?|good friday`],
    ["easterEve", `p${A}skeaft[ae]n(?:en)?|easter (?:eve|saturday)`],
    ["easterMonday", `${SECOND}p${A}skedag(?:en)?|easter monday`],
    ["easterSunday", `${FIRST}?p${A}skedag(?:en)?|easter (?:sunday|day)`],
    ["whitMonday", `${SECOND}pinsedag(?:en)?|whit monday`],
    ["whitSunday", `${FIRST}?pinsedag(?:en)?|whit sunday|pentecost`],
    ["ascensionDay", `kristi himmelfarts?(?:dag(?:en)?)?|himmelfartsdag(?:en)?|ascension day`],
    [
      "constitutionDay",
      `17\\.?\\s*mai|syttende mai|grunnlovsdag(?:en)?|nasjonaldag(?:en)?|constitution day|may 17(?:th)?|17(?:th)? (?:of )?may`,
    ],
    [
      "labourDay",
      `1\\.?\\s*mai|f[oy]rste mai|arbeidernes dag|arbeidarane sin dag|labou?r day|may 1(?:st)?|1(?:st)? (?:of )?may`,
    ],
  ] as const
).map(([key, re]) => [key, new RegExp(`${START}(?:${re})${END}`, "u")]);

const SEASONS: [SeasonKey, string][] = [
  ["easter", `p${A}sken?|p${A}ska|p${A}ske|easter`],
  ["christmas", `julen|jula|jul|romjula?|romjulen|christmas`],
  ["whitsun", `pinsen|pinsa|pinse|whitsun|whitsuntide`],
];

const WEEKDAYS: [number, string][] = [
  [1, "mandag(?:en)?|monday"],
  [2, "tirsdag(?:en)?|tysdag(?:en)?|tuesday"],
  [3, "onsdag(?:en)?|wednesday"],
  [4, "torsdag(?:en)?|thursday"],
  [5, "fredag(?:en)?|friday"],
  [6, "lordag(?:en)?|laurdag(?:en)?|saturday"],
  [7, "sondag(?:en)?|sundag(?:en)?|sunday"],
];

const NUMBER_WORDS: Record<string, number> = {
  en: 1,
  ei: 1,
  ett: 1,
  eit: 1,
  one: 1,
  a: 1,
  to: 2,
  two: 2,
  tre: 3,
  three: 3,
  fire: 4,
  four: 4,
};

/** A date expression found in a text, with where it stands (in the original text's positions). */
export interface FoundDate {
  expr: DateExpr;
  index: number;
  length: number;
}

function firstMatch(text: string, re: RegExp): RegExpExecArray | null {
  return re.exec(text);
}

/**
 * The first named day, season or relative day in `text`, or undefined. Named feasts win over
 * seasons ("1. påskedag" is a day, not Easter), and neither is read as a month ("1. juledag").
 */
export function findDateExpr(text: string): FoundDate | undefined {
  const t = foldKeepingLength(text);
  for (const [key, re] of NAMED) {
    const m = firstMatch(t, re);
    if (m) return { expr: { kind: "named", key }, index: m.index, length: m[0].length };
  }
  for (const [key, words] of SEASONS) {
    const re = new RegExp(
      `${START}(?:(etter|after|for|before|i|in|over|during|at|uka etter|veka etter|uken etter|the week after)\\s+)?(?:${words})${END}`,
      "u",
    );
    const m = firstMatch(t, re);
    if (!m) continue;
    const lead = m[1] ?? "";
    // "jul" alone is too common a word part to count without a preposition before it.
    if (key === "christmas" && !lead && !/^(julen|jula|romjul)/.test(m[0])) continue;
    const part = /etter|after/.test(lead) ? "after" : /^(for|before)$/.test(lead) ? "before" : "during";
    return { expr: { kind: "season", key, part }, index: m.index, length: m[0].length };
  }
  return findPlainDate(t) ?? findRelative(t) ?? findWeekday(t);
}

const MONTHS: [number, string][] = [
  [1, "januar|january|jan"],
  [2, "februar|february|feb"],
  [3, "mars|march|mar"],
  [4, "april|apr"],
  [5, "mai|may"],
  [6, "juni|june|jun"],
  [7, "juli|july|jul"],
  [8, "august|aug"],
  [9, "september|sept|sep"],
  [10, "oktober|october|okt|oct"],
  [11, "november|nov"],
  [12, "desember|december|des|dec"],
];
const MONTH_ALTERNATION = MONTHS.map(([, w]) => w).join("|");

function monthNumber(word: string): number {
  return MONTHS.find(([, w]) => new RegExp(`^(?:${w})$`).test(word))![0];
}

/** "4. desember", "4 December", "December 4th", "11.12", "3.2.2027"; the day must exist in that month. */
function findPlainDate(t: string): FoundDate | undefined {
  const found = (month: number, day: number, year: number | undefined, m: RegExpExecArray): FoundDate | undefined => {
    const y = year ?? 2000; // a leap year, so 29 February is accepted without a year
    const days = new Date(Date.UTC(y < 100 ? y + 2000 : y, month, 0)).getUTCDate();
    if (month < 1 || month > 12 || day < 1 || day > days) return undefined;
    const expr: DateExpr = {
      kind: "date",
      month,
      day,
      ...(year !== undefined ? { year: year < 100 ? year + 2000 : year } : {}),
    };
    return { expr, index: m.index, length: m[0].length };
  };
  const named = new RegExp(
    `${START}(\\d{1,2})\\.?\\s*(?:of\\s+)?(${MONTH_ALTERNATION})\\.?${END}(?:\\s+(\\d{4}))?`,
    "u",
  ).exec(t);
  if (named) return found(monthNumber(named[2]), Number(named[1]), named[3] ? Number(named[3]) : undefined, named);
  const english = new RegExp(
    `${START}(${MONTH_ALTERNATION})\\s+(\\d{1,2})(?:st|nd|rd|th)?${END}(?:,?\\s+(\\d{4}))?`,
    "u",
  ).exec(t);
  if (english)
    return found(monthNumber(english[1]), Number(english[2]), english[3] ? Number(english[3]) : undefined, english);
  const numeric = /(?<![\d:.]|kl\.?\s?)(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2}))?\.?(?![\d:])/.exec(t);
  if (numeric)
    return found(Number(numeric[2]), Number(numeric[1]), numeric[3] ? Number(numeric[3]) : undefined, numeric);
  return undefined;
}

function findRelative(t: string): FoundDate | undefined {
  const fixed: [RegExp, number][] = [
    [/(?<![\p{L}])(?:i overmorgen|overmorgen|i overmorgon|the day after tomorrow|day after tomorrow)(?![\p{L}])/u, 2],
    [/(?<![\p{L}])(?:i morgen|imorgen|i morgon|imorgon|i morra|imorra|tomorrow)(?![\p{L}])/u, 1],
    [/(?<![\p{L}])(?:i dag|idag|today)(?![\p{L}])/u, 0],
  ];
  for (const [re, days] of fixed) {
    const m = re.exec(t);
    if (m) return { expr: { kind: "relative", days }, index: m.index, length: m[0].length };
  }
  const m =
    /(?<![\p{L}])(?:om|in)\s+(\d{1,2}|en|ei|ett|eit|one|a|to|two|tre|three|fire|four)\s+(uker?|veker?|weeks?|dager?|dagar|days?|dogn)(?![\p{L}])/u.exec(
      t,
    );
  if (!m) return undefined;
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1]];
  const days = /^(uke|veke|week)/.test(m[2]) ? n * 7 : n;
  return { expr: { kind: "relative", days }, index: m.index, length: m[0].length };
}

function findWeekday(t: string): FoundDate | undefined {
  for (const [weekday, words] of WEEKDAYS) {
    const re = new RegExp(
      `${START}(?:(neste|naste|next|kommende|komande|forstkommende|fyrstkomande|this|pa|on)\\s+)?(?:${words})${END}`,
      "u",
    );
    const m = re.exec(t);
    if (!m) continue;
    const weeksAhead = m[1] === "neste" || m[1] === "naste" || m[1] === "next" ? 1 : 0;
    return { expr: { kind: "weekday", weekday, weeksAhead }, index: m.index, length: m[0].length };
  }
  return undefined;
}

/** The date of a named day in `year`. */
function namedDate(key: NamedDayKey, year: number): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  if (key === "christmasEve") return `${year}-12-24`;
  if (key === "newYearsEve") return `${year}-12-31`;
  if (key === "easterEve") {
    const [m, d] = easterSunday(year);
    return addDaysToDate(`${year}-${pad(m)}-${pad(d)}`, -1);
  }
  return publicHolidays(year).find((h) => h.key === key)!.date;
}

function seasonDays(key: SeasonKey, part: "during" | "after" | "before", year: number): ResolvedDays {
  const [m, d] = easterSunday(year);
  const easter = `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  // The feast's days: skjærtorsdag–2. påskedag, julaften–2. juledag, 1.–2. pinsedag.
  const during: ResolvedDays =
    key === "easter"
      ? { first: addDaysToDate(easter, -3), last: addDaysToDate(easter, 1) }
      : key === "christmas"
        ? { first: `${year}-12-24`, last: `${year}-12-26` }
        : { first: addDaysToDate(easter, 49), last: addDaysToDate(easter, 50) };
  // "Etter påske": the rest of the week after the feast; "før påske": the seven days before it.
  if (part === "after") {
    const first = addDaysToDate(during.last, 1);
    const [y, mo, da] = first.split("-").map(Number);
    return { first, last: addDaysToDate(first, 7 - isoWeekday(y, mo, da)) };
  }
  if (part === "before") return { first: addDaysToDate(during.first, -7), last: addDaysToDate(during.first, -1) };
  return during;
}

/**
 * The days an expression names, seen from `today` ("YYYY-MM-DD" in Oslo). A feast or date whose
 * days have all passed this year means next year's. A weekday is the coming one (tomorrow at the
 * earliest, a week ahead at the latest), or with "neste" the one in next week.
 */
export function resolveDateExpr(expr: DateExpr, today: string): ResolvedDays {
  const year = Number(today.slice(0, 4));
  switch (expr.kind) {
    case "relative": {
      const day = addDaysToDate(today, expr.days);
      return { first: day, last: day };
    }
    case "weekday": {
      const [y, m, d] = today.split("-").map(Number);
      const wd = isoWeekday(y, m, d);
      const offset = expr.weeksAhead === 1 ? 7 - (wd - 1) + (expr.weekday - 1) : ((expr.weekday - wd + 6) % 7) + 1;
      const day = addDaysToDate(today, offset);
      return { first: day, last: day };
    }
    case "named": {
      const thisYear = namedDate(expr.key, year);
      const day = thisYear < today ? namedDate(expr.key, year + 1) : thisYear;
      return { first: day, last: day };
    }
    case "season": {
      const thisYear = seasonDays(expr.key, expr.part, year);
      return thisYear.last < today ? seasonDays(expr.key, expr.part, year + 1) : thisYear;
    }
    case "date": {
      const pad = (n: number) => String(n).padStart(2, "0");
      const iso = (y: number) => `${y}-${pad(expr.month)}-${pad(expr.day)}`;
      const day = expr.year !== undefined ? iso(expr.year) : iso(year) < today ? iso(year + 1) : iso(year);
      return { first: day, last: day };
    }
  }
}

/**
 * The expression's name in a language when it has one ("1. juledag", "etter påske"); undefined for
 * relative days and plain dates, which are said by their date.
 */
export function dateExprName(expr: DateExpr, lang: Lang): string | undefined {
  if (expr.kind === "named") {
    if (expr.key in EVE_NAMES) return EVE_NAMES[expr.key as EveKey][lang];
    return publicHolidays(2000).find((h) => h.key === expr.key)!.names[lang];
  }
  if (expr.kind === "season") return SEASON_NAMES[expr.key][expr.part][lang];
  return undefined;
}
