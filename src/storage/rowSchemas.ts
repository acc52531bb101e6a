/**
 * The stored shape of each table's rows, one zod schema per table (the wire schemas in src/contract
 * describe requests and responses; storage may not import them, and a row differs anyway: fields
 * old rows lack get their defaults here). What the values must be to compute with them is the
 * domain's rule (src/domain/storedValues.ts), applied by RowReader after the shape.
 */
import { z } from "zod";
import { BOOKING_ROWS, EVENT_ROWS, GROUP_ROWS, PERSON_ROWS } from "../domain/badRows.js";
import { GROUP_KINDS, type Group, type GroupKind, type Membership, type Person } from "../domain/directory.js";
import { DEFAULT_BOOKING_RULES, type Booking, type BookingRules } from "../domain/booking.js";
import { EVENT_KINDS, type AlrekEvent, type EventException, type EventKind } from "../domain/events.js";
import {
  bookingProblem,
  bookingRulesProblem,
  eventProblem,
  groupProblem,
  personProblem,
} from "../domain/storedValues.js";
import { OSLO } from "../domain/time.js";
import type { RowSpec } from "./rowReader.js";

/** Every field of T, required, so a schema that forgets one does not compile (it would be dropped from every row read). */
export type FieldsOf<T> = { [K in keyof Required<T>]: z.ZodTypeAny };

const text = z.string();
export const eventKind = z.enum(EVENT_KINDS as [EventKind, ...EventKind[]]);

const exceptionFields = {
  originalStart: text,
  cancelled: z.boolean().optional(),
  newStart: text.optional(),
  newEnd: text.optional(),
  confirmed: z.boolean().optional(),
} satisfies FieldsOf<EventException>;

const eventFields = {
  id: text.min(1),
  kind: eventKind,
  title: text,
  titleEn: text.optional(),
  start: text.optional(),
  end: text.optional(),
  timeSet: z.boolean().optional(),
  timeZone: text.default(OSLO),
  recurrence: text.optional(),
  place: text.optional(),
  organiser: text.optional(),
  groupId: text.optional(),
  description: text.optional(),
  editorNote: text.optional(),
  link: text.optional(),
  // Rows from before these fields were always written.
  exceptions: z.array(z.object(exceptionFields)).default([]),
  reminderLeadTimes: z.array(text).optional(),
  cancelled: z.boolean().default(false),
  updatedAt: text.optional(),
  updatedBy: text.optional(),
} satisfies FieldsOf<AlrekEvent>;

/** Table "events". */
export const EVENT_ROW: RowSpec<AlrekEvent> = {
  table: EVENT_ROWS,
  jsonFields: ["exceptions", "reminderLeadTimes"],
  shape: z.object(eventFields) satisfies z.ZodType<AlrekEvent, z.ZodTypeDef, unknown>,
  problem: eventProblem,
};

const person = z.object({ oid: text, tid: text, name: text });
const slot = z.object({ date: text, from: text, to: text });

const bookingFields = {
  id: text.min(1),
  date: text,
  from: text,
  to: text,
  purpose: text,
  organisation: text,
  expectedPeople: z.number().optional(),
  microphones: z.boolean().default(false),
  requester: person,
  replyTargetId: text.optional(),
  lang: z.enum(["nb", "nn", "en"]),
  status: z.enum(["pending", "approved", "declined", "cancelled", "proposed"]),
  reason: text.optional(),
  proposal: slot.optional(),
  createdAt: text,
  decidedAt: text.optional(),
  decidedBy: person.optional(),
} satisfies FieldsOf<Booking>;

/** Table "bookings". */
export const BOOKING_ROW: RowSpec<Booking> = {
  table: BOOKING_ROWS,
  jsonFields: ["requester", "decidedBy", "proposal"],
  shape: z.object(bookingFields) satisfies z.ZodType<Booking, z.ZodTypeDef, unknown>,
  problem: bookingProblem,
};

const rule = DEFAULT_BOOKING_RULES;
const rulesFields = {
  weekdays: z.array(z.number()).default(() => [...rule.weekdays]),
  openFrom: text.default(rule.openFrom),
  openTo: text.default(rule.openTo),
  maxDaysAhead: z.number().default(rule.maxDaysAhead),
  maxMinutes: z.number().default(rule.maxMinutes),
  closedDates: z.array(text).default(() => [...rule.closedDates]),
  closedOnPublicHolidays: z.boolean().default(rule.closedOnPublicHolidays),
} satisfies FieldsOf<BookingRules>;

/** Table "bookingRules" (one row); a field the row lacks has its default. */
export const BOOKING_RULES_ROW: RowSpec<BookingRules> = {
  table: "bookingRules",
  jsonFields: ["weekdays", "closedDates"],
  shape: z.object(rulesFields) satisfies z.ZodType<BookingRules, z.ZodTypeDef, unknown>,
  problem: bookingRulesProblem,
  idOf: () => "current",
};

const membershipFields = {
  personId: text.min(1),
  unit: text.optional(),
  role: text.optional(),
} satisfies FieldsOf<Membership>;

const groupFields = {
  id: text.min(1),
  name: text,
  nameEn: text.default(""),
  aliases: z.array(text).default([]),
  kind: z.enum(GROUP_KINDS as [GroupKind, ...GroupKind[]]),
  mandate: text.optional(),
  representation: text.optional(),
  behoRepresented: z.boolean().default(true),
  members: z.array(z.object(membershipFields)).default([]),
  note: text.optional(),
  order: z.number().default(0),
  retired: z.boolean().optional(),
} satisfies FieldsOf<Group>;

/** Table "groups". */
export const GROUP_ROW: RowSpec<Group> = {
  table: GROUP_ROWS,
  jsonFields: ["aliases", "members"],
  shape: z.object(groupFields) satisfies z.ZodType<Group, z.ZodTypeDef, unknown>,
  problem: groupProblem,
};

const personFields = {
  id: text.min(1),
  name: text,
  altNames: z.array(text).default([]),
  unit: text.optional(),
  title: text.optional(),
  email: text.optional(),
} satisfies FieldsOf<Person>;

/** Table "people". */
export const PERSON_ROW: RowSpec<Person> = {
  table: PERSON_ROWS,
  jsonFields: ["altNames"],
  shape: z.object(personFields) satisfies z.ZodType<Person, z.ZodTypeDef, unknown>,
  problem: personProblem,
};
