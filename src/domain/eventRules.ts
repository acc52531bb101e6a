/**
 * Rules for creating and changing events. Text is kept exactly as typed (trimmed only) and is never
 * treated as markup: escaping is the job of whatever renders it.
 */
import { ValidationError } from "./errors.js";
import type { AlrekEvent, EventException } from "./events.js";
import { isOccurrenceKey } from "./occurrences.js";
import { DATE_WINDOW_MESSAGE, isInDateWindow, LAST_DATE } from "./dateWindow.js";
import { iterateLocalStarts, parseRecurrence, recurrenceProblem } from "./recurrence.js";
import { isValidLocal, isValidLocalDate, OSLO } from "./time.js";

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

/** Fields a client may set on an event; the server owns the id and the stamps. */
type EventField = Exclude<keyof AlrekEvent, "id" | "updatedAt" | "updatedBy">;

/**
 * An event as a client sends it, already in shape: types, lengths, control characters, lead times
 * and unknown fields are checked by the wire contract (src/contract/events.ts) before it gets here.
 * `kind` and `title` are always there; null (and "" for times and the rule) means absent.
 */
export type EventInput = Pick<AlrekEvent, "kind" | "title"> & {
  [K in Exclude<EventField, "kind" | "title">]?: AlrekEvent[K] | null;
};

/** A partial update: null clears an optional field. */
export type EventPatch = Partial<EventInput>;

type Issue = { field: string; message: string };

const LOCAL_MESSAGE = "must be a local date and time YYYY-MM-DDTHH:mm";

/** Trimmed text, or undefined for null, undefined and blank. */
function present(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** "RRULE:FREQ=…" and "freq=…" are the same rule; it is stored as the bare upper-case body. */
export function normaliseRecurrence(rule: string): string {
  return rule
    .trim()
    .replace(/^RRULE:/i, "")
    .trim()
    .toUpperCase();
}

function isWebAddress(link: string): boolean {
  try {
    const url = new URL(link);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
  } catch {
    return false;
  }
}

function validateLink(link: string | undefined, issues: Issue[]): void {
  if (link !== undefined && !isWebAddress(link))
    issues.push({ field: "link", message: "must be a web address starting with https:// (or http://)" });
}

function validateExceptions(exceptions: readonly EventException[], issues: Issue[]): EventException[] {
  return exceptions.map((e, i) => {
    const field = `exceptions[${i}]`;
    if (!isValidLocal(e.originalStart))
      issues.push({ field: `${field}.originalStart`, message: "must be YYYY-MM-DDTHH:mm" });
    if (e.newStart !== undefined && !isValidLocal(e.newStart))
      issues.push({ field: `${field}.newStart`, message: "must be YYYY-MM-DDTHH:mm" });
    if (e.newEnd !== undefined && !isValidLocal(e.newEnd))
      issues.push({ field: `${field}.newEnd`, message: "must be YYYY-MM-DDTHH:mm" });
    else if (e.newEnd !== undefined && (e.newStart === undefined || e.newEnd <= e.newStart)) {
      issues.push({ field: `${field}.newEnd`, message: "must come after newStart" });
    }
    return {
      originalStart: e.originalStart,
      ...(e.cancelled === true ? { cancelled: true } : {}),
      ...(e.newStart !== undefined ? { newStart: e.newStart } : {}),
      ...(e.newEnd !== undefined ? { newEnd: e.newEnd } : {}),
      ...(e.confirmed === true ? { confirmed: true } : {}),
    };
  });
}

/** Why a recurrence is refused, or undefined when it is a supported rule (with or without one RRULE: prefix). */
function recurrenceIssue(value: string): string | undefined {
  const rule = normaliseRecurrence(value);
  if (rule.startsWith("RRULE:")) return "must give RRULE: at most once, such as RRULE:FREQ=MONTHLY;BYDAY=1FR";
  return recurrenceProblem(rule);
}

/**
 * Why a valid rule would run outside the years 2000–2100, or undefined: UNTIL must lie in them,
 * and with COUNT the last occurrence too (FREQ=YEARLY;INTERVAL=999;COUNT=3 would reach 4024).
 * A series without either runs on; views and reminders only ever expand a window of it.
 */
function seriesReachIssue(rule: string, start: string | undefined): string | undefined {
  const parsed = parseRecurrence(rule);
  const until = parsed.until;
  const untilDate =
    until?.kind === "date" ? until.date : until?.kind === "local" ? until.local : until?.instant.toISOString();
  if (untilDate !== undefined && !isInDateWindow(untilDate)) return `UNTIL ${DATE_WINDOW_MESSAGE}`;
  if (parsed.count === undefined || start === undefined || !isValidLocal(start)) return undefined;
  // Ascending, and no step is longer than 999 years: the first occurrence past the window is
  // found long before the calendar arithmetic reaches year 10000.
  for (const local of iterateLocalStarts(start, parsed, OSLO))
    if (local.slice(0, 10) > LAST_DATE)
      return `COUNT=${parsed.count} would run past ${LAST_DATE} (${local.slice(0, 10)})`;
  return undefined;
}

/**
 * The start and whether it has a time. A date alone ("2026-12-04") means the time is not set;
 * such a start is kept as the date at 00:00 with `timeSet: false` (so occurrence keys keep one format).
 */
function readStart(
  start: string | undefined,
  timeSet: boolean | null | undefined,
): { start?: string; timeSet: boolean } {
  if (start !== undefined && isValidLocalDate(start as unknown)) return { start: `${start}T00:00`, timeSet: false };
  if (timeSet === false && start !== undefined && isValidLocal(start))
    return { start: `${start.slice(0, 10)}T00:00`, timeSet: false };
  return { ...(start !== undefined ? { start } : {}), timeSet: timeSet !== false };
}

/** The start/end pair: both valid local times, an end only with a start and after it. */
function validateTimes(start: string | undefined, end: string | undefined, timeSet: boolean, issues: Issue[]): void {
  if (start !== undefined && !isValidLocal(start))
    issues.push({ field: "start", message: `${LOCAL_MESSAGE} (or a date YYYY-MM-DD when the time is not set)` });
  if (end === undefined) return;
  if (!timeSet) {
    issues.push({ field: "end", message: "must be empty while the time is not set" });
    return;
  }
  if (!isValidLocal(end)) issues.push({ field: "end", message: LOCAL_MESSAGE });
  else if (start === undefined) issues.push({ field: "end", message: "needs a start" });
  else if (isValidLocal(start) && end <= start) issues.push({ field: "end", message: "must be after start" });
}

/**
 * Applies the event rules to a body in shape and returns a clean event (text trimmed, blanks
 * dropped, the rule normalised), or throws ValidationError listing every broken rule by field.
 * An event may lack `start` ("dato ikke satt"); it then never has occurrences, even with a recurrence.
 */
export function validateEventInput(input: EventInput, opts: EventInputOptions): AlrekEvent {
  const issues: Issue[] = [];
  const title = present(input.title);
  if (title === undefined) issues.push({ field: "title", message: "is required" });

  // One zone: the calendar feed, reminders and the tab all speak Oslo time, so another zone
  // would be shown and exported with the wrong offset.
  const timeZone = input.timeZone ?? OSLO;
  if (timeZone !== OSLO)
    issues.push({ field: "timeZone", message: `must be ${OSLO}; other time zones are not supported` });

  const { start, timeSet } = readStart(input.start || undefined, input.timeSet);
  const end = input.end || undefined;
  validateTimes(start, end, timeSet, issues);

  const recurrence = input.recurrence || undefined;
  const problem =
    recurrence === undefined
      ? undefined
      : (recurrenceIssue(recurrence) ?? seriesReachIssue(normaliseRecurrence(recurrence), start));
  if (problem) issues.push({ field: "recurrence", message: problem });

  const link = present(input.link);
  validateLink(link, issues);
  const exceptions = validateExceptions(input.exceptions ?? [], issues);
  if (issues.length > 0 || title === undefined) throw new ValidationError(issues);

  const event: AlrekEvent = {
    id: opts.id,
    kind: input.kind,
    title,
    timeZone,
    exceptions,
    cancelled: input.cancelled === true,
  };
  // Absent fields are left out rather than set to undefined, so stored rows and diffs stay clean.
  if (start) event.start = start;
  // Only "not set" is stored: rows without the field have a time, as they always had.
  if (start && !timeSet) event.timeSet = false;
  if (end) event.end = end;
  if (recurrence) event.recurrence = normaliseRecurrence(recurrence);
  for (const key of ["titleEn", "place", "organiser", "groupId", "description", "editorNote"] as const) {
    const value = present(input[key]);
    if (value) event[key] = value;
  }
  if (link) event.link = link;
  if (input.reminderLeadTimes) event.reminderLeadTimes = input.reminderLeadTimes;
  if (opts.updatedAt) event.updatedAt = opts.updatedAt;
  if (opts.updatedBy) event.updatedBy = opts.updatedBy;
  return event;
}

const asHistoryValue = (v: unknown): string | null =>
  v === undefined || v === null ? null : typeof v === "string" ? v : JSON.stringify(v);

/** Field-by-field differences between two versions of an entity, skipping the stamps. */
export function diffFields(
  before: object,
  after: object,
  skip: readonly string[] = ["updatedAt", "updatedBy"],
): FieldChange[] {
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
  patch: EventPatch,
  stamp: { updatedAt?: string; updatedBy?: string } = {},
): { event: AlrekEvent; changes: FieldChange[] } {
  const merged: EventInput = { ...existing, ...patch };
  // A start with a time, sent without `timeSet`, sets the time of a date-only event.
  if (patch.timeSet === undefined && patch.start && isValidLocal(patch.start)) merged.timeSet = null;
  const event = validateEventInput(withExceptionsRekeyed(existing, merged), { id: existing.id, ...stamp });
  const changes = diffFields(existing, event);
  return { event: changes.length > 0 ? event : existing, changes };
}

/**
 * When a date-only series gets its time, its occurrence keys change from "…T00:00" to "…T12:00";
 * the exceptions (cancelled, moved, confirmed dates) follow, unless the patch sent its own.
 */
function withExceptionsRekeyed(existing: AlrekEvent, merged: EventInput): EventInput {
  const before = existing.start;
  const after = merged.start;
  if (existing.timeSet !== false || !before || !after || merged.exceptions !== existing.exceptions) return merged;
  if (!isValidLocal(after) || after.slice(10) === before.slice(10)) return merged;
  const time = after.slice(10);
  return {
    ...merged,
    exceptions: (existing.exceptions ?? []).map((e) => ({
      ...e,
      originalStart: `${e.originalStart.slice(0, 10)}${time}`,
    })),
  };
}

function withException(event: AlrekEvent, exception: EventException): AlrekEvent {
  const rest = (event.exceptions ?? []).filter((e) => e.originalStart !== exception.originalStart);
  return { ...event, exceptions: [...rest, exception].sort((a, b) => a.originalStart.localeCompare(b.originalStart)) };
}

function requireOccurrence(event: AlrekEvent, key: string): void {
  if (!isValidLocal(key)) throw new ValidationError([{ field: "occurrence", message: "must be YYYY-MM-DDTHH:mm" }]);
  if (!isOccurrenceKey(event, key))
    throw new ValidationError([{ field: "occurrence", message: `${key} is not an occurrence of this event` }]);
}

/** Cancels one occurrence (key = its original local start); the rest of the series is kept. */
export function cancelOccurrence(event: AlrekEvent, occurrenceKey: string): AlrekEvent {
  requireOccurrence(event, occurrenceKey);
  return withException(event, { originalStart: occurrenceKey, cancelled: true });
}

/**
 * Confirms that one occurrence takes place although it falls on a public holiday (or withdraws the
 * confirmation); a move or cancellation of that date is kept.
 */
export function confirmOccurrence(event: AlrekEvent, occurrenceKey: string, confirmed = true): AlrekEvent {
  requireOccurrence(event, occurrenceKey);
  const current = (event.exceptions ?? []).find((e) => e.originalStart === occurrenceKey) ?? {
    originalStart: occurrenceKey,
  };
  const { confirmed: _old, ...rest } = current;
  return withException(event, confirmed ? { ...rest, confirmed: true } : rest);
}

/** Moves one occurrence to a new local start (and optional end); it keeps its original key. */
export function moveOccurrence(
  event: AlrekEvent,
  occurrenceKey: string,
  newStart: string,
  newEnd?: string,
): AlrekEvent {
  requireOccurrence(event, occurrenceKey);
  const issues: Issue[] = [];
  if (!isValidLocal(newStart)) issues.push({ field: "newStart", message: "must be YYYY-MM-DDTHH:mm" });
  if (newEnd !== undefined && !isValidLocal(newEnd))
    issues.push({ field: "newEnd", message: "must be YYYY-MM-DDTHH:mm" });
  else if (newEnd !== undefined && newEnd <= newStart)
    issues.push({ field: "newEnd", message: "must be after newStart" });
  if (issues.length > 0) throw new ValidationError(issues);
  return withException(event, { originalStart: occurrenceKey, newStart, ...(newEnd ? { newEnd } : {}) });
}
