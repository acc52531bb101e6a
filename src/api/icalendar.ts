import type { AlrekEvent } from "../domain/events.js";
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

/** An instant as a UTC DATE-TIME, e.g. 20261122T090000Z. */
export function icsUtc(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
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
}

function vevent(f: VeventFields, stamp: string): string[] {
  const e = f.event;
  const description = [e.description, e.organiser ? `Arrangør: ${e.organiser}` : undefined, e.link]
    .filter((s): s is string => Boolean(s && s.trim()))
    .join("\n");
  const lines = [
    "BEGIN:VEVENT",
    `UID:${f.uid.replace(CONTROL, "")}`,
    `DTSTAMP:${stamp}`,
    ...(f.recurrenceId ? [`RECURRENCE-ID;TZID=${TZID}:${icsLocal(f.recurrenceId)}`] : []),
    `DTSTART;TZID=${TZID}:${icsLocal(f.start)}`,
    ...(f.end ? [`DTEND;TZID=${TZID}:${icsLocal(f.end)}`] : []),
    ...(f.rrule ? [`RRULE:${rruleBody(f.rrule)}`] : []),
    ...(f.exdates && f.exdates.length > 0 ? [`EXDATE;TZID=${TZID}:${f.exdates.map(icsLocal).join(",")}`] : []),
    `SUMMARY:${escapeText(f.summary)}`,
    ...(e.place ? [`LOCATION:${escapeText(e.place)}`] : []),
    ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
    ...(e.link && /^https?:\/\//i.test(e.link) ? [`URL:${e.link.replace(/[\s\u0000-\u001f\u007f-\u009f]/g, "")}`] : []),
    `STATUS:${f.cancelled ? "CANCELLED" : "CONFIRMED"}`,
    "END:VEVENT",
  ];
  return lines;
}

/**
 * The rule as one safe content line: without a stored "RRULE:" prefix (older rows may have one)
 * and with nothing but the characters a rule is made of.
 */
export function rruleBody(rule: string): string {
  return rule.trim().replace(/^(RRULE:)+/i, "").replace(/[^A-Za-z0-9=;,:+-]/g, "");
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

/** VEVENTs of one dated event: the master (with RRULE/EXDATE) and one per moved occurrence. */
export function eventToVevents(stored: AlrekEvent, opts: { uidDomain: string; stamp: Date }): string[] {
  const event = inOslo(stored);
  if (!event.start) return [];
  const stamp = icsUtc(opts.stamp);
  const uid = `${event.id}@${opts.uidDomain}`;
  const base = { uid, summary: event.title, event };
  if (!event.recurrence) {
    const moved = event.exceptions.find((x) => x.originalStart === event.start && x.newStart);
    const cancelled = event.cancelled || event.exceptions.some((x) => x.originalStart === event.start && x.cancelled);
    const start = moved?.newStart ?? event.start;
    const end = moved ? moved.newEnd ?? shiftedEnd(event, start) : event.end;
    return vevent({ ...base, start, end, cancelled }, stamp);
  }
  const exdates = event.exceptions.filter((x) => x.cancelled).map((x) => x.originalStart);
  const lines = vevent({ ...base, start: event.start, end: event.end, rrule: event.recurrence, exdates, cancelled: event.cancelled }, stamp);
  for (const x of event.exceptions) {
    if (x.cancelled || !x.newStart) continue;
    const end = x.newEnd ?? shiftedEnd(event, x.newStart);
    lines.push(...vevent({ ...base, start: x.newStart, end, recurrenceId: x.originalStart, cancelled: event.cancelled }, stamp));
  }
  return lines;
}

/** One occurrence (keyed by its original local start) as a stand-alone VEVENT, for "add to calendar". */
export function occurrenceToVevent(stored: AlrekEvent, storedKey: string, opts: { uidDomain: string; stamp: Date }): string[] {
  const event = inOslo(stored);
  const key = event === stored ? storedKey : inOslo({ ...stored, start: storedKey, end: undefined, exceptions: [] }).start!;
  const exception = event.exceptions.find((x) => x.originalStart === key);
  const start = exception?.newStart ?? key;
  const end = exception?.newStart ? exception.newEnd ?? shiftedEnd(event, start) : shiftedEnd(event, start);
  const uid = `${event.id}-${icsLocal(storedKey)}@${opts.uidDomain}`;
  const cancelled = event.cancelled || Boolean(exception?.cancelled);
  return vevent({ uid, start, end, summary: event.title, event, cancelled }, icsUtc(opts.stamp));
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
