/**
 * Rules for creating and changing events. Text is kept exactly as typed (trimmed only) and is never
 * treated as markup: escaping is the job of whatever renders it.
 */
import { ValidationError } from "./errors.js";
import { EVENT_KINDS, type AlrekEvent, type EventException, type EventKind } from "./events.js";
import { durationToMinutes, parseDuration } from "./duration.js";
import { isOccurrenceKey } from "./occurrences.js";
import { recurrenceProblem } from "./recurrence.js";
import { isValidLocal, OSLO } from "./time.js";

/** One changed field, for the history trail. Values are strings (objects as JSON), null when absent. */
export interface FieldChange {
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

/** Identity and stamp for a validated event. */
export interface EventInputOptions {
  id: string;
  /** ISO instant stored as `updatedAt`. */
  updatedAt?: string;
  /** Display name stored as `updatedBy`. */
  updatedBy?: string;
}

type Issue = { field: string; message: string };

const LIMITS = { title: 200, titleEn: 200, place: 200, organiser: 200, groupId: 100, description: 4000, link: 2000 } as const;
const MAX_LEAD_TIMES = 10;
const MAX_LEAD_MINUTES = 90 * 1440;
const MAX_EXCEPTIONS = 500;
/** A day rule lead time "D<n>@HH:mm" (n ≤ 0), as in reminderSchedule.ts. */
const DAY_RULE_RE = /^D(0|-[1-9]\d{0,2})@([01]\d|2[0-3]):([0-5]\d)$/;
/** Fields the server owns or the client may echo back; accepted and ignored. */
const IGNORED = new Set(["id", "etag", "updatedAt", "updatedBy"]);
const KNOWN = new Set([
  "kind", "title", "titleEn", "start", "end", "timeZone", "recurrence", "place", "organiser", "groupId",
  "description", "link", "exceptions", "reminderLeadTimes", "cancelled",
]);

/** Fields that may span lines; every other text field is one line. */
const MULTI_LINE = new Set<string>(["description"]);
// Control characters (NUL, escapes, C1) would reach calendar files, cards and logs; tab and line
// breaks are fine in multi-line text only.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;

function optionalText(raw: Record<string, unknown>, field: keyof typeof LIMITS, issues: Issue[]): string | undefined {
  const value = raw[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") {
    issues.push({ field, message: "must be text" });
    return undefined;
  }
  const trimmed = value.trim();
  if (trimmed.length > LIMITS[field]) issues.push({ field, message: `must be at most ${LIMITS[field]} characters` });
  else if (CONTROL.test(trimmed)) issues.push({ field, message: "must not contain control characters" });
  else if (!MULTI_LINE.has(field) && LINE_BREAK_OR_TAB.test(trimmed)) issues.push({ field, message: "must be one line" });
  return trimmed === "" ? undefined : trimmed;
}

/** "RRULE:FREQ=…" and "freq=…" are the same rule; it is stored as the bare upper-case body. */
export function normaliseRecurrence(rule: string): string {
  return rule.trim().replace(/^RRULE:/i, "").trim().toUpperCase();
}

function validateLink(link: string | undefined, issues: Issue[]): void {
  if (link === undefined) return;
  let ok = false;
  try {
    const url = new URL(link);
    ok = (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
  } catch {
    ok = false;
  }
  if (!ok) issues.push({ field: "link", message: "must be a web address starting with https:// (or http://)" });
}

function validateLeadTimes(value: unknown, issues: Issue[]): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    issues.push({ field: "reminderLeadTimes", message: "must be a list of ISO 8601 durations such as P7D or PT1H" });
    return undefined;
  }
  if (value.length > MAX_LEAD_TIMES) issues.push({ field: "reminderLeadTimes", message: `at most ${MAX_LEAD_TIMES} reminders` });
  value.forEach((v, i) => {
    const field = `reminderLeadTimes[${i}]`;
    // Day rules ("D0@08:30" = the same morning, "D-1@09:00" = the day before) are what the kinds'
    // defaults use and what the tab offers as "samme morgen"; the scheduler already reads them.
    const dayRule = typeof v === "string" ? DAY_RULE_RE.exec(v) : null;
    if (dayRule) {
      if (Number(dayRule[1]) < -90) issues.push({ field, message: "must be at most 90 days before" });
      return;
    }
    try {
      if (typeof v !== "string") throw new Error();
      if (durationToMinutes(parseDuration(v)) > MAX_LEAD_MINUTES) issues.push({ field, message: "must be at most P90D" });
      else if (durationToMinutes(parseDuration(v)) === 0) issues.push({ field, message: "must be longer than zero" });
    } catch {
      issues.push({ field, message: `"${String(v)}" is not an ISO 8601 duration such as P7D, PT1H or P1DT2H30M` });
    }
  });
  return value as string[];
}

function validateExceptions(value: unknown, issues: Issue[]): EventException[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.length > MAX_EXCEPTIONS) {
    issues.push({ field: "exceptions", message: `must be a list of at most ${MAX_EXCEPTIONS} changed occurrences` });
    return [];
  }
  return value.map((raw, i) => {
    const e = (raw ?? {}) as Record<string, unknown>;
    const field = `exceptions[${i}]`;
    if (!isValidLocal(e.originalStart)) issues.push({ field: `${field}.originalStart`, message: "must be YYYY-MM-DDTHH:mm" });
    for (const k of ["newStart", "newEnd"] as const) {
      if (e[k] !== undefined && !isValidLocal(e[k])) issues.push({ field: `${field}.${k}`, message: "must be YYYY-MM-DDTHH:mm" });
    }
    if (e.newEnd !== undefined && (e.newStart === undefined || String(e.newEnd) <= String(e.newStart))) {
      issues.push({ field: `${field}.newEnd`, message: "must come after newStart" });
    }
    if (e.cancelled !== undefined && typeof e.cancelled !== "boolean") issues.push({ field: `${field}.cancelled`, message: "must be true or false" });
    const out: EventException = { originalStart: String(e.originalStart) };
    if (e.cancelled === true) out.cancelled = true;
    if (typeof e.newStart === "string") out.newStart = e.newStart;
    if (typeof e.newEnd === "string") out.newEnd = e.newEnd;
    return out;
  });
}

/** Why a recurrence is refused, or undefined when it is a supported rule (with or without one RRULE: prefix). */
function recurrenceIssue(value: unknown): string | undefined {
  if (typeof value !== "string" || CONTROL.test(value) || LINE_BREAK_OR_TAB.test(value.trim())) {
    return "must be an RRULE such as FREQ=MONTHLY;BYDAY=1FR";
  }
  const rule = normaliseRecurrence(value);
  if (rule.startsWith("RRULE:")) return "must give RRULE: at most once, such as RRULE:FREQ=MONTHLY;BYDAY=1FR";
  return recurrenceProblem(rule);
}

/**
 * Checks untrusted input (a request body) and returns a clean event, or throws ValidationError
 * listing every broken rule by field. An event may lack `start` ("dato ikke satt"); it then never
 * has occurrences, even with a recurrence.
 */
export function validateEventInput(input: unknown, opts: EventInputOptions): AlrekEvent {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new ValidationError([{ field: "body", message: "must be a JSON object" }]);
  }
  const raw = input as Record<string, unknown>;
  const issues: Issue[] = [];
  for (const key of Object.keys(raw)) {
    if (!KNOWN.has(key) && !IGNORED.has(key)) issues.push({ field: key, message: "is not a known event field" });
  }
  const title = optionalText(raw, "title", issues);
  if (title === undefined && !issues.some((i) => i.field === "title")) issues.push({ field: "title", message: "is required" });
  if (!EVENT_KINDS.includes(raw.kind as EventKind)) issues.push({ field: "kind", message: `must be one of ${EVENT_KINDS.join(", ")}` });

  // One zone: the calendar feed, reminders and the tab all speak Oslo time, so another zone
  // would be shown and exported with the wrong offset.
  const timeZone = raw.timeZone === undefined || raw.timeZone === null ? OSLO : raw.timeZone;
  if (timeZone !== OSLO) issues.push({ field: "timeZone", message: `must be ${OSLO}; other time zones are not supported` });

  const start = raw.start === null || raw.start === "" ? undefined : raw.start;
  const end = raw.end === null || raw.end === "" ? undefined : raw.end;
  if (start !== undefined && !isValidLocal(start)) issues.push({ field: "start", message: "must be a local date and time YYYY-MM-DDTHH:mm" });
  if (end !== undefined && !isValidLocal(end)) issues.push({ field: "end", message: "must be a local date and time YYYY-MM-DDTHH:mm" });
  else if (end !== undefined && start === undefined) issues.push({ field: "end", message: "needs a start" });
  else if (end !== undefined && isValidLocal(start) && (end as string) <= start) issues.push({ field: "end", message: "must be after start" });

  const recurrence = raw.recurrence === null || raw.recurrence === "" ? undefined : raw.recurrence;
  if (recurrence !== undefined) {
    const problem = recurrenceIssue(recurrence);
    if (problem) issues.push({ field: "recurrence", message: problem });
  }
  const fields = {
    titleEn: optionalText(raw, "titleEn", issues),
    place: optionalText(raw, "place", issues),
    organiser: optionalText(raw, "organiser", issues),
    groupId: optionalText(raw, "groupId", issues),
    description: optionalText(raw, "description", issues),
    link: optionalText(raw, "link", issues),
  };
  validateLink(fields.link, issues);
  const reminderLeadTimes = validateLeadTimes(raw.reminderLeadTimes, issues);
  const exceptions = validateExceptions(raw.exceptions, issues);
  if (raw.cancelled !== undefined && typeof raw.cancelled !== "boolean") issues.push({ field: "cancelled", message: "must be true or false" });
  if (issues.length > 0) throw new ValidationError(issues);

  const event: AlrekEvent = { id: opts.id, kind: raw.kind as EventKind, title: title!, timeZone: timeZone as string, exceptions, cancelled: raw.cancelled === true };
  if (start !== undefined) event.start = start as string;
  if (end !== undefined) event.end = end as string;
  if (recurrence !== undefined) event.recurrence = normaliseRecurrence(recurrence as string);
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) (event as unknown as Record<string, unknown>)[k] = v;
  if (reminderLeadTimes !== undefined) event.reminderLeadTimes = reminderLeadTimes;
  if (opts.updatedAt) event.updatedAt = opts.updatedAt;
  if (opts.updatedBy) event.updatedBy = opts.updatedBy;
  return event;
}

const asHistoryValue = (v: unknown): string | null => (v === undefined || v === null ? null : typeof v === "string" ? v : JSON.stringify(v));

/** Field-by-field differences between two versions of an entity, skipping the stamps. */
export function diffFields(before: object, after: object, skip: readonly string[] = ["updatedAt", "updatedBy"]): FieldChange[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !skip.includes(k));
  return keys
    .map((field) => ({ field, oldValue: asHistoryValue(b[field]), newValue: asHistoryValue(a[field]) }))
    .filter((c) => c.oldValue !== c.newValue);
}

/**
 * Applies a partial update (null clears an optional field) and re-validates the whole event.
 * Returns the new event and the changed fields; throws ValidationError.
 */
export function applyEventPatch(
  existing: AlrekEvent,
  patch: unknown,
  stamp: { updatedAt?: string; updatedBy?: string } = {},
): { event: AlrekEvent; changes: FieldChange[] } {
  if (typeof patch !== "object" || patch === null || Array.isArray(patch)) {
    throw new ValidationError([{ field: "body", message: "must be a JSON object" }]);
  }
  const merged: Record<string, unknown> = { ...existing, ...(patch as Record<string, unknown>) };
  const event = validateEventInput(merged, { id: existing.id, ...stamp });
  const changes = diffFields(existing, event);
  return { event: changes.length > 0 ? event : existing, changes };
}

function withException(event: AlrekEvent, exception: EventException): AlrekEvent {
  const rest = (event.exceptions ?? []).filter((e) => e.originalStart !== exception.originalStart);
  return { ...event, exceptions: [...rest, exception].sort((a, b) => a.originalStart.localeCompare(b.originalStart)) };
}

function requireOccurrence(event: AlrekEvent, key: string): void {
  if (!isValidLocal(key)) throw new ValidationError([{ field: "occurrence", message: "must be YYYY-MM-DDTHH:mm" }]);
  if (!isOccurrenceKey(event, key)) throw new ValidationError([{ field: "occurrence", message: `${key} is not an occurrence of this event` }]);
}

/** Cancels one occurrence (key = its original local start); the rest of the series is kept. */
export function cancelOccurrence(event: AlrekEvent, occurrenceKey: string): AlrekEvent {
  requireOccurrence(event, occurrenceKey);
  return withException(event, { originalStart: occurrenceKey, cancelled: true });
}

/** Moves one occurrence to a new local start (and optional end); it keeps its original key. */
export function moveOccurrence(event: AlrekEvent, occurrenceKey: string, newStart: string, newEnd?: string): AlrekEvent {
  requireOccurrence(event, occurrenceKey);
  const issues: Issue[] = [];
  if (!isValidLocal(newStart)) issues.push({ field: "newStart", message: "must be YYYY-MM-DDTHH:mm" });
  if (newEnd !== undefined && !isValidLocal(newEnd)) issues.push({ field: "newEnd", message: "must be YYYY-MM-DDTHH:mm" });
  else if (newEnd !== undefined && newEnd <= newStart) issues.push({ field: "newEnd", message: "must be after newStart" });
  if (issues.length > 0) throw new ValidationError(issues);
  return withException(event, { originalStart: occurrenceKey, newStart, ...(newEnd ? { newEnd } : {}) });
}
