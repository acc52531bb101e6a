/**
 * Wall-clock time in a named zone (Europe/Oslo) without a time-zone library:
 * offsets come from Intl.DateTimeFormat (Node ships full ICU).
 */

/** The zone every Alrek date is shown and entered in. */
export const OSLO = "Europe/Oslo";

/** Local wall-clock parts of an instant in a zone. `weekday` is ISO: 1 = Monday … 7 = Sunday. */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: number;
  /** "YYYY-MM-DDTHH:mm" */
  local: string;
}

const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/**
 * Formatters are costly (ICU memory outside the V8 heap), so only real zone names get one, and at
 * most this many are kept: least recently used go first.
 */
export const MAX_CACHED_FORMATTERS = 32;
const formatters = new Map<string, Intl.DateTimeFormat>();
let knownZones: Set<string> | undefined;

/** The IANA names Intl supports (plus UTC, which Node 20 leaves out of the list); built once. */
function supportedZones(): Set<string> {
  knownZones ??= new Set([...Intl.supportedValuesOf("timeZone"), "UTC"]);
  return knownZones;
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f) {
    // Map keeps insertion order: re-inserting marks the zone as most recently used.
    formatters.delete(timeZone);
    formatters.set(timeZone, f);
    return f;
  }
  // Unknown names never reach Intl, so a stream of made-up zones costs nothing to keep.
  if (!supportedZones().has(timeZone)) throw new RangeError(`Unknown time zone "${timeZone.slice(0, 64)}"`);
  f = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  });
  if (formatters.size >= MAX_CACHED_FORMATTERS) formatters.delete(formatters.keys().next().value!);
  formatters.set(timeZone, f);
  return f;
}

/** How many zone formatters are cached now; never more than {@link MAX_CACHED_FORMATTERS}. */
export function cachedFormatterCount(): number {
  return formatters.size;
}

/** True when the name is one of the IANA zones Intl supports (exact spelling). Caches nothing. */
export function isValidTimeZone(timeZone: string): boolean {
  return typeof timeZone === "string" && supportedZones().has(timeZone);
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** Formats parts as "YYYY-MM-DDTHH:mm". */
export function formatLocal(year: number, month: number, day: number, hour: number, minute: number): string {
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}`;
}

/** Parses "YYYY-MM-DDTHH:mm" into numbers, or undefined when malformed or not a real date/time. */
export function parseLocal(
  local: string,
): { year: number; month: number; day: number; hour: number; minute: number } | undefined {
  const m = LOCAL_RE.exec(local);
  if (!m) return undefined;
  const [year, month, day, hour, minute] = m.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59)
    return undefined;
  return { year, month, day, hour, minute };
}

/** True for a real local date-time in the "YYYY-MM-DDTHH:mm" format. */
export function isValidLocal(local: unknown): local is string {
  return typeof local === "string" && parseLocal(local) !== undefined;
}

/** True for a real calendar date "YYYY-MM-DD". */
export function isValidLocalDate(date: unknown): date is string {
  if (typeof date !== "string") return false;
  const m = DATE_RE.exec(date);
  if (!m) return false;
  const [y, mo, d] = m.slice(1).map(Number);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar date. */
export function isoWeekday(year: number, month: number, day: number): number {
  const d = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return d === 0 ? 7 : d;
}

// Zone transitions fall on quarter hours, so one Intl lookup serves a whole 15-minute bucket.
const BUCKET_MS = 15 * MINUTE_MS;
const offsetCache = new Map<string, number>();

/** The zone's offset from UTC in minutes at an instant (Oslo: 60 in winter, 120 in summer). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const bucket = Math.floor(instant.getTime() / BUCKET_MS) * BUCKET_MS;
  const key = `${timeZone}|${bucket}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return cached;
  // format() + a regex is several times faster than formatToParts(); en-US gives "MM/DD/YYYY, HH:mm".
  const m = /^(\d{2})\/(\d{2})\/(\d{4}), (\d{2}):(\d{2})$/.exec(formatterFor(timeZone).format(new Date(bucket)));
  if (!m) throw new RangeError(`Cannot read the time in ${timeZone}`);
  const asUtc = Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]), Number(m[4]) % 24, Number(m[5]));
  const offset = Math.round((asUtc - bucket) / MINUTE_MS);
  if (offsetCache.size > 50_000) offsetCache.clear();
  offsetCache.set(key, offset);
  return offset;
}

/** The wall-clock reading of an instant in a zone. */
export function instantToZoned(instant: Date, timeZone: string): ZonedParts {
  if (Number.isNaN(instant.getTime())) throw new RangeError("Invalid instant");
  const shifted = new Date(instant.getTime() + offsetMinutes(instant, timeZone) * MINUTE_MS);
  const year = shifted.getUTCFullYear();
  const month = shifted.getUTCMonth() + 1;
  const day = shifted.getUTCDate();
  const hour = shifted.getUTCHours();
  const minute = shifted.getUTCMinutes();
  return {
    year,
    month,
    day,
    hour,
    minute,
    weekday: isoWeekday(year, month, day),
    local: formatLocal(year, month, day, hour, minute),
  };
}

/**
 * The instant a wall-clock time denotes in a zone.
 * A time skipped by spring-forward (02:30 on the last Sunday of March in Oslo) moves forward by the
 * gap (03:30); a time that occurs twice at fall-back takes the first (summer-time) reading.
 */
export function zonedToInstant(local: string, timeZone: string): Date {
  const p = parseLocal(local);
  if (!p) throw new RangeError(`Invalid local date-time "${local}", expected YYYY-MM-DDTHH:mm`);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  // Offsets a day either side bracket any single transition around this wall-clock time.
  const before = offsetMinutes(new Date(asUtc - DAY_MS), timeZone);
  const after = offsetMinutes(new Date(asUtc + DAY_MS), timeZone);
  const candidates = [...new Set([before, after])]
    .map((off) => asUtc - off * MINUTE_MS)
    .filter((t) => instantToZoned(new Date(t), timeZone).local === local)
    .sort((a, b) => a - b);
  if (candidates.length > 0) return new Date(candidates[0]);
  // In the gap: reading the time with the pre-transition offset lands just after the jump.
  return new Date(asUtc - before * MINUTE_MS);
}

/** Adds calendar days to "YYYY-MM-DD". */
export function addDaysToDate(date: string, days: number): string {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`Invalid local date "${date}", expected YYYY-MM-DD`);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days));
  return d.toISOString().slice(0, 10);
}

/** Adds calendar days to "YYYY-MM-DDTHH:mm", keeping the wall-clock time. */
export function addDaysToLocal(local: string, days: number): string {
  return `${addDaysToDate(local.slice(0, 10), days)}${local.slice(10)}`;
}

/** Adds wall-clock minutes to "YYYY-MM-DDTHH:mm" (pure calendar arithmetic, no zone). */
export function addMinutesToLocal(local: string, minutes: number): string {
  const p = parseLocal(local);
  if (!p) throw new RangeError(`Invalid local date-time "${local}", expected YYYY-MM-DDTHH:mm`);
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute + minutes));
  return d.toISOString().slice(0, 16);
}

/** Wall-clock minutes from `a` to `b` (both "YYYY-MM-DDTHH:mm"), ignoring zone offsets. */
export function localMinutesBetween(a: string, b: string): number {
  const pa = parseLocal(a);
  const pb = parseLocal(b);
  if (!pa || !pb) throw new RangeError(`Invalid local date-time "${pa ? b : a}"`);
  const ta = Date.UTC(pa.year, pa.month - 1, pa.day, pa.hour, pa.minute);
  const tb = Date.UTC(pb.year, pb.month - 1, pb.day, pb.hour, pb.minute);
  return Math.round((tb - ta) / MINUTE_MS);
}
