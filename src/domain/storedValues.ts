/**
 * What a stored value must be for the app to compute with it: the read-side twin of the checks at
 * the door (src/contract, eventRules.ts). It is more lenient than the door, so that every row the
 * door ever let in still reads, and strict exactly where a computation would throw or run away:
 * a date-time that is not one (24:00), a year the time arithmetic cannot handle (0202, 9999), an
 * unknown zone, a broken rule, a lead time beyond what the product offers (P3000000D). A row with
 * such a value is skipped by views and reminder ticks and shown to editors (badRows.ts).
 */
import type { Booking, BookingRules } from "./booking.js";
import { minutesOf } from "./bookingSlots.js";
import type { ConversationTarget, Subscription } from "./conversations.js";
import type { Group, Person } from "./directory.js";
import { DIRECTORY_LIMITS } from "./directoryLimits.js";
import type { AlrekEvent } from "./events.js";
import { leadTimeProblem, parseLeadTime } from "./leadTime.js";
import { recurrenceProblem } from "./recurrence.js";
import { isValidLocal, isValidLocalDate, isValidTimeZone } from "./time.js";

/**
 * Years a stored date may fall in. Wider than what the door accepts for new values; narrower than
 * where the arithmetic breaks (before year 1000 Intl prints short years, after 9998 there is no
 * next day to look at), so that a typo such as 0202 or 9999 shows up as a bad row.
 */
const READABLE_YEARS = Object.freeze({ from: 1900, to: 2199 });

const show = (value: unknown) => JSON.stringify(value)?.slice(0, 40) ?? String(value);

function yearProblem(value: string): string | undefined {
  const year = Number(value.slice(0, 4));
  return year < READABLE_YEARS.from || year > READABLE_YEARS.to
    ? `${value} is outside the years ${READABLE_YEARS.from}–${READABLE_YEARS.to}`
    : undefined;
}

/** Why a stored local date-time ("YYYY-MM-DDTHH:mm") cannot be used, or undefined when it can. */
function localTimeProblem(value: unknown): string | undefined {
  if (!isValidLocal(value)) return `${show(value)} is not a date and time YYYY-MM-DDTHH:mm`;
  return yearProblem(value);
}

/** Why a stored date ("YYYY-MM-DD") cannot be used, or undefined when it can. */
function localDateProblem(value: unknown): string | undefined {
  if (!isValidLocalDate(value)) return `${show(value)} is not a date YYYY-MM-DD`;
  return yearProblem(value);
}

/** Longest id of an event and of a conversation, and of a lead time: a delivery's key joins all three. */
const MAX_EVENT_ID = 150;
const MAX_TARGET_ID = 300;
const MAX_TENANT_ID = 100;
const MAX_LEAD_TIME = 20;
/** What a table key escapes as %XX (storage/entityCodec.ts keyFor): such a character takes three in the key. */
const KEY_ESCAPED = /[/\\#?%\u0000-\u001f\u007f-\u009f]/g;

/**
 * Why a stored id cannot go into the keys of the rows made from it, or undefined. A delivery's key
 * is `event|occurrence|lead time|conversation`: with each id bounded as a key (escapes counted),
 * it stays within a key's 1 KiB whatever they hold.
 */
function idProblem(id: string, max: number): string | undefined {
  const keyLength = id.length + 2 * (id.match(KEY_ESCAPED)?.length ?? 0);
  return id.length === 0 || keyLength > max ? `${show(id)} is not 1–${max} characters long as a key` : undefined;
}

/** Why a list of lead times cannot be used (the first bad one), or undefined. */
function leadTimesProblem(field: string, texts: readonly unknown[]): string | undefined {
  for (const text of texts) {
    if (typeof text !== "string" || text.length > MAX_LEAD_TIME || !parseLeadTime(text))
      return `${field}: ${show(text)} is not a lead time`;
    const problem = leadTimeProblem(text);
    if (problem) return `${field}: ${text} ${problem}`;
  }
  return undefined;
}

/** Why a stored event cannot be expanded, shown or reminded, or undefined when it can. */
export function eventProblem(event: AlrekEvent): string | undefined {
  const id = idProblem(event.id, MAX_EVENT_ID);
  if (id) return `id: ${id}`;
  const times: [string, unknown][] = [];
  if (event.start !== undefined) times.push(["start", event.start]);
  if (event.end !== undefined) times.push(["end", event.end]);
  (event.exceptions ?? []).forEach((e, i) => {
    times.push([`exceptions[${i}].originalStart`, e.originalStart]);
    if (e.newStart !== undefined) times.push([`exceptions[${i}].newStart`, e.newStart]);
    if (e.newEnd !== undefined) times.push([`exceptions[${i}].newEnd`, e.newEnd]);
  });
  for (const [field, value] of times) {
    const problem = localTimeProblem(value);
    if (problem) return `${field}: ${problem}`;
  }
  if (!isValidTimeZone(event.timeZone)) return `timeZone: ${show(event.timeZone)} is not a known time zone`;
  if (event.recurrence !== undefined) {
    const problem = recurrenceProblem(event.recurrence);
    if (problem) return `recurrence: ${problem}`;
  }
  return event.reminderLeadTimes ? leadTimesProblem("reminderLeadTimes", event.reminderLeadTimes) : undefined;
}

/** Why a stored subscription (the reminder settings of a conversation) cannot be used, or undefined. */
export function subscriptionProblem(subscription: Pick<Subscription, "targetId" | "leadTimes">): string | undefined {
  const id = idProblem(subscription.targetId, MAX_TARGET_ID);
  if (id) return `targetId: ${id}`;
  for (const [kind, texts] of Object.entries(subscription.leadTimes ?? {})) {
    const problem = leadTimesProblem(`leadTimes.${kind}`, texts ?? []);
    if (problem) return problem;
  }
  return undefined;
}

/** Why a stored conversation cannot be posted to: its id and tenant go into keys (deliveries, send slots). */
export function targetProblem(target: Pick<ConversationTarget, "id" | "tenantId">): string | undefined {
  const id = idProblem(target.id, MAX_TARGET_ID);
  if (id) return `id: ${id}`;
  return target.tenantId.length > MAX_TENANT_ID ? `tenantId: ${show(target.tenantId)} is too long` : undefined;
}

/** Why a stored Borgertun booking cannot be used (a slot on a readable date, from before to), or undefined. */
export function bookingProblem(booking: Pick<Booking, "date" | "from" | "to">): string | undefined {
  const date = localDateProblem(booking.date);
  if (date) return `date: ${date}`;
  const from = minutesOf(booking.from);
  const to = minutesOf(booking.to);
  if (from === undefined || from >= 1440) return `from: ${show(booking.from)} is not a time HH:mm`;
  if (to === undefined) return `to: ${show(booking.to)} is not a time HH:mm`;
  return to > from ? undefined : `to: ${booking.to} is not after ${booking.from}`;
}

/** Why stored Borgertun rules cannot be used (the defaults apply meanwhile), or undefined. */
export function bookingRulesProblem(rules: BookingRules): string | undefined {
  if (rules.weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) return "weekdays: must be 1–7";
  const from = minutesOf(rules.openFrom);
  const to = minutesOf(rules.openTo);
  if (from === undefined || to === undefined || from >= to) return "openFrom/openTo: not a period of the day";
  for (const [field, value, max] of [
    ["maxDaysAhead", rules.maxDaysAhead, 3660],
    ["maxMinutes", rules.maxMinutes, 1440],
  ] as const) {
    if (!Number.isInteger(value) || value < 1 || value > max) return `${field}: ${show(value)} is not 1–${max}`;
  }
  const closed = rules.closedDates.find((d) => localDateProblem(d));
  return closed === undefined ? undefined : `closedDates: ${localDateProblem(closed)}`;
}

/**
 * Why a stored delivery or once-send (a snooze, a digest, a Borgertun reminder) cannot be worked:
 * its conversation's id cannot be a key, its due time is not an instant, or the occurrence it is
 * about is not a readable date-time.
 */
export function scheduledRowProblem(row: {
  targetId: string;
  dueAt: string;
  occurrenceKey?: string;
}): string | undefined {
  const target = idProblem(row.targetId, MAX_TARGET_ID);
  if (target) return `targetId: ${target}`;
  if (Number.isNaN(Date.parse(row.dueAt))) return `dueAt: ${show(row.dueAt)} is not an instant`;
  const key = row.occurrenceKey === undefined ? undefined : localTimeProblem(row.occurrenceKey);
  return key ? `occurrenceKey: ${key}` : undefined;
}

/** Stored directory values may be twice what the door takes now: beyond that, matching and cards would grow without bound. */
const READABLE_DIRECTORY_FACTOR = 2;

/** Why one stored text is too long to answer from, or undefined. */
function textTooLong(field: string, value: string | undefined, doorMax: number): string | undefined {
  const max = doorMax * READABLE_DIRECTORY_FACTOR;
  return value !== undefined && value.length > max ? `${field}: longer than ${max} characters` : undefined;
}

/** Why a list of names is too long or holds too long a name, or undefined. */
function namesProblem(field: string, list: readonly string[], doorCount: number): string | undefined {
  if (list.length > doorCount * READABLE_DIRECTORY_FACTOR)
    return `${field}: more than ${doorCount * READABLE_DIRECTORY_FACTOR} names`;
  const i = list.findIndex((n) => textTooLong("", n, DIRECTORY_LIMITS.aliasChars) !== undefined);
  return i < 0
    ? undefined
    : `${field}[${i}]: longer than ${DIRECTORY_LIMITS.aliasChars * READABLE_DIRECTORY_FACTOR} characters`;
}

/**
 * Why a stored group cannot be answered from, or undefined: every name and alias is compared with
 * each question and every seat goes into a card, so a row written past the door with a huge list
 * or text is skipped rather than slowing every answer.
 */
export function groupProblem(group: Group): string | undefined {
  const L = DIRECTORY_LIMITS;
  const id = idProblem(group.id, MAX_EVENT_ID);
  if (id) return `id: ${id}`;
  if (group.name.trim() === "") return "name: is empty";
  if (group.members.length > L.membersPerGroup * READABLE_DIRECTORY_FACTOR)
    return `members: more than ${L.membersPerGroup * READABLE_DIRECTORY_FACTOR} seats`;
  const seats = group.members.flatMap((m, i) => [
    textTooLong(`members[${i}].unit`, m.unit, L.unitChars),
    textTooLong(`members[${i}].role`, m.role, L.roleChars),
  ]);
  return (
    [
      textTooLong("name", group.name, L.nameChars),
      textTooLong("nameEn", group.nameEn, L.nameChars),
      namesProblem("aliases", group.aliases, L.aliasesPerGroup),
      textTooLong("mandate", group.mandate, L.mandateChars),
      textTooLong("representation", group.representation, L.representationChars),
      textTooLong("note", group.note, L.noteChars),
      ...seats,
    ].find((p) => p !== undefined) ?? undefined
  );
}

/** Why a stored person cannot be answered from, or undefined (see {@link groupProblem}). */
export function personProblem(person: Person): string | undefined {
  const L = DIRECTORY_LIMITS;
  const id = idProblem(person.id, MAX_EVENT_ID);
  if (id) return `id: ${id}`;
  if (person.name.trim() === "") return "name: is empty";
  return (
    [
      textTooLong("name", person.name, L.nameChars),
      namesProblem("altNames", person.altNames, L.altNamesPerPerson),
      textTooLong("unit", person.unit, L.unitChars),
      textTooLong("title", person.title, L.roleChars),
      textTooLong("email", person.email, L.emailChars),
    ].find((p) => p !== undefined) ?? undefined
  );
}
