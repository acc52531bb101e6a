/**
 * Time windows a calendar question names ("i desember", "neste måned", "this week", "i morgen"),
 * parsed without a clock and resolved against the snapshot's `now` in Europe/Oslo.
 */
import { formatDate, formatMonth } from "../../domain/dateFormat.js";
import { dateExprName, resolveDateExpr, type DateExpr } from "../../domain/dateWords.js";
import { addDaysToDate, instantToZoned, isoWeekday, OSLO, zonedToInstant } from "../../domain/time.js";
import { similarity } from "../fuzzy.js";
import type { Lang } from "../../domain/language.js";
import { qaTexts } from "../i18n/index.js";
import * as W from "./words.js";

/**
 * A window as asked: a month by name, this/next month, week or day, or days named in words
 * ("1. juledag", "etter påske", "neste fredag", "17. mai"; domain/dateWords).
 */
export type PeriodSpec =
  | { unit: "namedMonth"; month: number }
  | { unit: "month" | "week" | "day"; offset: number }
  | { unit: "days"; expr: DateExpr };

/**
 * A window resolved to instants [from, to). `label` names it ("desember 2026", "i morgen (mandag
 * 23. november)"); `phrase` is how a sentence refers to it ("i desember 2026").
 */
export interface ResolvedPeriod {
  from: Date;
  to: Date;
  label: string;
  phrase: string;
}

const EXACT_ONLY = 5;

/** The month a token names, allowing a wrong letter in the longer names ("desmber"). */
export function monthOf(token: string): number | undefined {
  for (const [name, month] of W.MONTH_WORDS) {
    if (token === name) return month;
  }
  if (token.length < EXACT_ONLY) return undefined;
  for (const [name, month] of W.MONTH_WORDS) {
    if (name.length >= 6 && similarity(token, name) > 0) return month;
  }
  return undefined;
}

const adjacent = (tokens: string[], a: string, bs: string[]) =>
  tokens.some((t, i) => t === a && bs.includes(tokens[i + 1] ?? ""));

/**
 * The window named in the tokens, or undefined. `eventCue` says the question is about events,
 * which lets the ambiguous English "may" count as a month.
 */
export function parsePeriod(tokens: string[], eventCue: boolean): PeriodSpec | undefined {
  const has = (s: Set<string>) => tokens.some((t) => s.has(t));
  const next = has(W.NEXT_WORDS);
  if (has(W.TOMORROW_WORDS) || adjacent(tokens, "i", ["morgen", "morra"])) return { unit: "day", offset: 1 };
  if (has(W.TODAY_WORDS) || adjacent(tokens, "i", ["dag", "kveld"])) return { unit: "day", offset: 0 };
  if (has(W.WEEK_UNIT_WORDS)) return { unit: "week", offset: next ? 1 : 0 };
  if (has(W.MONTH_UNIT_WORDS)) return { unit: "month", offset: next ? 1 : 0 };
  for (const t of tokens) {
    if (t === "may" && !eventCue) continue;
    const month = monthOf(t);
    if (month !== undefined) return { unit: "namedMonth", month };
  }
  return undefined;
}

const pad = (n: number) => String(n).padStart(2, "0");
const startOf = (year: number, month: number, day = 1) =>
  zonedToInstant(`${year}-${pad(month)}-${pad(day)}T00:00`, OSLO);

function monthWindow(year: number, month: number, lang: Lang): ResolvedPeriod {
  const from = startOf(year, month);
  const to = month === 12 ? startOf(year + 1, 1) : startOf(year, month + 1);
  const label = formatMonth(from, lang);
  return { from, to, label, phrase: qaTexts(lang).inMonth(label) };
}

/**
 * The window's instants in Europe/Oslo. A named month that has passed this year means next
 * year's; the current month counts as not passed. Weeks run Monday to Sunday.
 */
export function resolvePeriod(spec: PeriodSpec, now: Date, lang: Lang): ResolvedPeriod {
  const today = instantToZoned(now, OSLO);
  if (spec.unit === "days") return daysWindow(spec.expr, today.local.slice(0, 10), lang);
  if (spec.unit === "namedMonth") {
    return monthWindow(spec.month < today.month ? today.year + 1 : today.year, spec.month, lang);
  }
  if (spec.unit === "month") {
    const index = today.month - 1 + spec.offset;
    return monthWindow(today.year + Math.floor(index / 12), (index % 12) + 1, lang);
  }
  const date = today.local.slice(0, 10);
  if (spec.unit === "day") {
    const day = addDaysToDate(date, spec.offset);
    const from = zonedToInstant(`${day}T00:00`, OSLO);
    const to = zonedToInstant(`${addDaysToDate(day, 1)}T00:00`, OSLO);
    const tx = qaTexts(lang);
    const name = spec.offset === 0 ? tx.today : spec.offset === 1 ? tx.tomorrow : "";
    const label = `${name} (${formatDate(from, lang)})`.trim();
    return { from, to, label, phrase: label };
  }
  const monday = addDaysToDate(date, 7 * spec.offset - (isoWeekday(today.year, today.month, today.day) - 1));
  const from = zonedToInstant(`${monday}T00:00`, OSLO);
  const to = zonedToInstant(`${addDaysToDate(monday, 7)}T00:00`, OSLO);
  const sunday = zonedToInstant(`${addDaysToDate(monday, 6)}T00:00`, OSLO);
  const tx = qaTexts(lang);
  const label = `${spec.offset === 0 ? tx.thisWeek : tx.nextWeek} (${formatDate(from, lang)} – ${formatDate(sunday, lang)})`;
  return { from, to, label, phrase: label };
}

/** "1. juledag (fredag 25. desember)", "etter påske (tirsdag 7. april – søndag 12. april)", "fredag 11. desember". */
function daysWindow(expr: DateExpr, today: string, lang: Lang): ResolvedPeriod {
  const { first, last } = resolveDateExpr(expr, today);
  const from = zonedToInstant(`${first}T00:00`, OSLO);
  const to = zonedToInstant(`${addDaysToDate(last, 1)}T00:00`, OSLO);
  const lastStart = zonedToInstant(`${last}T00:00`, OSLO);
  // The year is said when it is not this year's ("etter påske" in November is next year's).
  const opts = { withYear: first.slice(0, 4) !== today.slice(0, 4) };
  const dates =
    first === last
      ? formatDate(from, lang, OSLO, opts)
      : `${formatDate(from, lang, OSLO, opts)} – ${formatDate(lastStart, lang, OSLO, opts)}`;
  const tx = qaTexts(lang);
  const relative = expr.kind === "relative" ? (expr.days === 0 ? tx.today : expr.days === 1 ? tx.tomorrow : "") : "";
  const name = dateExprName(expr, lang) ?? relative;
  // One level of brackets: "grunnlovsdagen (17. mai) – mandag 17. mai 2027".
  const label = !name ? dates : name.includes("(") ? `${name} – ${dates}` : `${name} (${dates})`;
  return { from, to, label, phrase: label };
}

/** Month number (1–12) after the one `now` is in, in Oslo. */
export function nextMonthNumber(now: Date): number {
  return (instantToZoned(now, OSLO).month % 12) + 1;
}
