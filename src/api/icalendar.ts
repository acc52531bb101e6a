import type { AlrekEvent, EventException } from "../domain/events.js";
import { awaitsConfirmation, holidayState } from "../domain/holidayRule.js";
import { holidayOn, type PublicHoliday } from "../domain/holidays.js";
import { expandOccurrences, hasTime } from "../domain/occurrences.js";
import { instantToZoned, OSLO, zonedToInstant } from "../domain/time.js";

/** Zone all Alrek events are in; the VTIMEZONE below describes it (EU rules since 1996). */
const TZID = OSLO;

const VTIMEZONE_OSLO = [
  "BEGIN:VTIMEZONE",
  `TZID:${TZID}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

// Control characters are not allowed in content lines (RFC 5545 3.1); validation refuses them,
// and the writer drops them so that no stored row can put one in a feed.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Escapes TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks; drops control characters. */
export function escapeText(value: string): string {
  return value
    .replace(CONTROL, "")
    .replace(/\t/g, " ")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** Folds a content line at 75 octets (RFC 5545 3.1) without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let bytes = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, "utf8");
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with one space
    if (bytes + size > limit) {
      parts.push(current);
      current = "";
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** "YYYY-MM-DDTHH:mm" → "YYYYMMDDTHHmm00" (a local DATE-TIME). */
export function icsLocal(local: string): string {
  return `${local.slice(0, 4)}${local.slice(5, 7)}${local.slice(8, 10)}T${local.slice(11, 13)}${local.slice(14, 16)}00`;
}

/** "YYYY-MM-DD…" → "YYYYMMDD" (a DATE, for events without a time). */
export function icsDate(local: string): string {
  return `${local.slice(0, 4)}${local.slice(5, 7)}${local.slice(8, 10)}`;
}

/** How a date on a public holiday is marked in the feed (the feed speaks bokmål, like its other words). */
const HOLIDAY_TEXT = {
  summary: (name: string) => ` (faller på ${name})`,
  description: (name: string, confirmed: boolean) =>
    confirmed
      ? `Faller på ${name}; koordinator har bekreftet at det blir noe av.`
      : `Faller på ${name}; ikke bekreftet at det blir noe av.`,
  category: "Helligdag",
};

/** An instant as a UTC DATE-TIME, e.g. 20261122T090000Z. */
export function icsUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** What one VEVENT says; the builder below decides which of these an event needs. */
interface VeventFields {
  uid: string;
  start: string;
  end?: string;
  summary: string;
  event: AlrekEvent;
  rrule?: string;
  exdates?: string[];
  recurrenceId?: string;
  cancelled?: boolean;
  /** The date part only counts: DTSTART;VALUE=DATE, no DTEND. */
  dateOnly?: boolean;
  /** Only for one occurrence (one-off events, overrides): the holiday its start falls on. */
  holiday?: PublicHoliday;
  confirmed?: boolean;
}

/** A date-time property in the Oslo zone, or a DATE for an event without a time. */
function timeProp(name: string, values: string[], dateOnly: boolean | undefined): string {
  return dateOnly
    ? `${name};VALUE=DATE:${values.map(icsDate).join(",")}`
    : `${name};TZID=${TZID}:${values.map(icsLocal).join(",")}`;
}

function vevent(f: VeventFields, stamp: string): string[] {
  const e = f.event;
  const h = f.holiday;
  const description = [
    h ? HOLIDAY_TEXT.description(h.names.nb, holidayState(f) === "confirmed") : undefined,
    e.description,
    e.organiser ? `Arrangør: ${e.organiser}` : undefined,
    e.link,
  ]
    .filter((s): s is string => Boolean(s && s.trim()))
    .join("\n");
  const lines = [
    "BEGIN:VEVENT",
    `UID:${f.uid.replace(CONTROL, "")}`,
    `DTSTAMP:${stamp}`,
    ...(f.recurrenceId ? [timeProp("RECURRENCE-ID", [f.recurrenceId], f.dateOnly)] : []),
    timeProp("DTSTART", [f.start], f.dateOnly),
    ...(f.end && !f.dateOnly ? [timeProp("DTEND", [f.end], false)] : []),
    ...(f.rrule ? [`RRULE:${rruleBody(f.rrule)}`] : []),
    ...(f.exdates && f.exdates.length > 0 ? [timeProp("EXDATE", f.exdates, f.dateOnly)] : []),
    `SUMMARY:${escapeText(f.summary + (h ? HOLIDAY_TEXT.summary(h.names.nb) : ""))}`,
    ...(h ? [`CATEGORIES:${HOLIDAY_TEXT.category}`, `X-ALREK-HOLIDAY:${h.key}`] : []),
    ...(e.place ? [`LOCATION:${escapeText(e.place)}`] : []),
    ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
    ...(e.link && /^https?:\/\//i.test(e.link) ? [`URL:${e.link.replace(/[\s\u0000-\u001f\u007f-\u009f]/g, "")}`] : []),
    // A holiday date nobody has confirmed is tentative: calendars show it, but not as certain.
    `STATUS:${f.cancelled ? "CANCELLED" : awaitsConfirmation(f) ? "TENTATIVE" : "CONFIRMED"}`,
    "END:VEVENT",
  ];
  return lines;
}

/**
 * The rule as one safe content line: without a stored "RRULE:" prefix (older rows may have one)
 * and with nothing but the characters a rule is made of.
 */
export function rruleBody(rule: string): string {
  return rule
    .trim()
    .replace(/^(RRULE:)+/i, "")
    .replace(/[^A-Za-z0-9=;,:+-]/g, "");
}

/**
 * The event with its local times read in Oslo. Events are validated to be in Oslo; a row from
 * before that rule is converted rather than exported with another zone's wall-clock time.
 */
function inOslo(event: AlrekEvent): AlrekEvent {
  const zone = event.timeZone;
  if (!zone || zone === OSLO) return event;
  const convert = (local: string | undefined) => {
    if (!local) return local;
    try {
      return instantToZoned(zonedToInstant(local, zone), OSLO).local;
    } catch {
      return local;
    }
  };
  return {
    ...event,
    timeZone: OSLO,
    start: convert(event.start),
    end: convert(event.end),
    exceptions: event.exceptions.map((x) => ({
      ...x,
      originalStart: convert(x.originalStart)!,
      ...(x.newStart ? { newStart: convert(x.newStart) } : {}),
      ...(x.newEnd ? { newEnd: convert(x.newEnd) } : {}),
    })),
  };
}

/** Wall-clock duration kept when an occurrence is moved without a new end. */
function shiftedEnd(event: AlrekEvent, newStart: string): string | undefined {
  if (!event.end || !event.start) return undefined;
  const ms = (s: string) => Date.parse(`${s}:00Z`);
  return new Date(ms(newStart) + ms(event.end) - ms(event.start)).toISOString().slice(0, 16);
}

/** Occurrences on a public holiday; none for a stored rule that no longer parses (it is still exported as is). */
function holidayOccurrences(event: AlrekEvent, from: Date, to: Date) {
  try {
    return expandOccurrences({ ...event, recurrence: rruleBody(event.recurrence ?? "") }, from, to).filter(
      (o) => o.holiday,
    );
  } catch {
    return [];
  }
}

/** How far around the feed's stamp holiday dates of a series get their own, marked VEVENT. */
const HOLIDAY_WINDOW_MS = { before: 366 * 86_400_000, after: 2 * 366 * 86_400_000 };

/** Holiday marking of one occurrence at its (possibly moved) start. */
function holidayFields(
  start: string,
  exception: EventException | undefined,
): Pick<VeventFields, "holiday" | "confirmed"> {
  const holiday = holidayOn(start);
  return holiday ? { holiday, confirmed: exception?.confirmed === true } : {};
}

/**
 * VEVENTs of one dated event: the master (with RRULE/EXDATE), one per moved occurrence, and one per
 * date on a public holiday (within about a year back and two ahead of `stamp`), marked as such.
 */
export function eventToVevents(stored: AlrekEvent, opts: { uidDomain: string; stamp: Date }): string[] {
  const event = inOslo(stored);
  if (!event.start) return [];
  const stamp = icsUtc(opts.stamp);
  const uid = `${event.id}@${opts.uidDomain}`;
  const dateOnly = !hasTime(event);
  const base = { uid, summary: event.title, event, dateOnly };
  if (!event.recurrence) {
    const exception = event.exceptions.find((x) => x.originalStart === event.start);
    const moved = exception?.newStart ? exception : undefined;
    const cancelled = event.cancelled || Boolean(exception?.cancelled);
    const start = moved?.newStart ?? event.start;
    const end = moved ? (moved.newEnd ?? shiftedEnd(event, start)) : event.end;
    return vevent({ ...base, start, end, cancelled, ...holidayFields(start, exception) }, stamp);
  }
  const exdates = event.exceptions.filter((x) => x.cancelled).map((x) => x.originalStart);
  const lines = vevent(
    { ...base, start: event.start, end: event.end, rrule: event.recurrence, exdates, cancelled: event.cancelled },
    stamp,
  );
  const overridden = new Set<string>();
  for (const x of event.exceptions) {
    if (x.cancelled || !x.newStart) continue;
    overridden.add(x.originalStart);
    const end = x.newEnd ?? shiftedEnd(event, x.newStart);
    lines.push(
      ...vevent(
        {
          ...base,
          start: x.newStart,
          end,
          recurrenceId: x.originalStart,
          cancelled: event.cancelled,
          ...holidayFields(x.newStart, x),
        },
        stamp,
      ),
    );
  }
  if (event.cancelled) return lines;
  const from = new Date(opts.stamp.getTime() - HOLIDAY_WINDOW_MS.before);
  const to = new Date(opts.stamp.getTime() + HOLIDAY_WINDOW_MS.after);
  for (const o of holidayOccurrences(event, from, to)) {
    if (overridden.has(o.key)) continue;
    const exception = event.exceptions.find((x) => x.originalStart === o.key);
    lines.push(
      ...vevent(
        {
          ...base,
          start: o.key,
          end: shiftedEnd(event, o.key),
          recurrenceId: o.key,
          ...holidayFields(o.key, exception),
        },
        stamp,
      ),
    );
  }
  return lines;
}

/** One occurrence (keyed by its original local start) as a stand-alone VEVENT, for "add to calendar". */
export function occurrenceToVevent(
  stored: AlrekEvent,
  storedKey: string,
  opts: { uidDomain: string; stamp: Date },
): string[] {
  const event = inOslo(stored);
  const key =
    event === stored ? storedKey : inOslo({ ...stored, start: storedKey, end: undefined, exceptions: [] }).start!;
  const exception = event.exceptions.find((x) => x.originalStart === key);
  const start = exception?.newStart ?? key;
  const end = exception?.newStart ? (exception.newEnd ?? shiftedEnd(event, start)) : shiftedEnd(event, start);
  const uid = `${event.id}-${icsLocal(storedKey)}@${opts.uidDomain}`;
  const cancelled = event.cancelled || Boolean(exception?.cancelled);
  const dateOnly = !hasTime(event);
  return vevent(
    { uid, start, end, summary: event.title, event, cancelled, dateOnly, ...holidayFields(start, exception) },
    icsUtc(opts.stamp),
  );
}

/** A complete VCALENDAR: CRLF line ends, folded lines, the Oslo VTIMEZONE first. */
export function buildCalendar(veventLines: string[], opts: { name: string }): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Bergen kommune//Alrek Teams//NO",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(opts.name)}`,
    `X-WR-TIMEZONE:${TZID}`,
    ...VTIMEZONE_OSLO,
    ...veventLines,
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
