/**
 * Events on the wire: the bodies of POST/PATCH /api/events and /api/events/:id/cancel, and the
 * event, occurrence and list responses. Request schemas check shape and limits; the event rules
 * (real dates, end after start, the recurrence rule, the link, the time zone) stay in
 * src/domain/eventRules.ts.
 */
import { z } from "zod";
import { EVENT_KINDS } from "../domain/events.js";
import { MAX_LEAD_TIMES } from "../domain/leadTime.js";
import { BadRow, BadRows } from "./badRows.js";
import { enumOf, isOneCleanLine, line, multiLine } from "./text.js";
import { LeadTime, windowedText } from "./values.js";

/** meeting, conference, presentation, workshop or deadline. */
export const EventKind = enumOf(EVENT_KINDS);
export type EventKind = z.infer<typeof EventKind>;

/** A change to one occurrence of a series, keyed by its original local start. */
const EventException = z
  .object({
    originalStart: z.string(),
    cancelled: z.boolean().optional(),
    newStart: z.string().optional(),
    newEnd: z.string().optional(),
    /** The occurrence takes place although it falls on a public holiday. */
    confirmed: z.boolean().optional(),
  })
  .strict();
export type EventException = z.infer<typeof EventException>;

/** A change to one occurrence as a client sends it: its times within the years 2000–2100. */
const EventExceptionBody = EventException.extend({
  originalStart: windowedText(),
  newStart: windowedText().optional(),
  newEnd: windowedText().optional(),
}).strip();

/** An event as stored and returned; local times are "YYYY-MM-DDTHH:mm" in Europe/Oslo. */
export const AlrekEvent = z
  .object({
    id: z.string(),
    kind: EventKind,
    title: z.string(),
    titleEn: z.string().optional(),
    start: z.string().optional(),
    end: z.string().optional(),
    /** false: a date without a time ("klokkeslett ikke satt"); `start` is then the date at 00:00. */
    timeSet: z.boolean().optional(),
    timeZone: z.string(),
    recurrence: z.string().optional(),
    place: z.string().optional(),
    organiser: z.string().optional(),
    groupId: z.string().optional(),
    description: z.string().optional(),
    /** For editors only: left out of what other users are sent. */
    editorNote: z.string().optional(),
    link: z.string().optional(),
    exceptions: z.array(EventException),
    reminderLeadTimes: z.array(z.string()).optional(),
    cancelled: z.boolean(),
    updatedAt: z.string().optional(),
    updatedBy: z.string().optional(),
  })
  .strict();
export type AlrekEvent = z.infer<typeof AlrekEvent>;

/** An event with the version token a write must send back in If-Match. */
export const EventView = AlrekEvent.extend({ etag: z.string() });
export type EventView = z.infer<typeof EventView>;

const MAX_EXCEPTIONS = 500;
const RRULE_MESSAGE = "must be an RRULE such as FREQ=MONTHLY;BYDAY=1FR";

/** Optional in a body: null clears the field (and is the same as leaving it out when creating). */
const clearable = <T extends z.ZodTypeAny>(schema: T) => schema.nullable().optional();

/** Every field a client may send; `kind` and `title` are required when creating. */
const eventBodyFields = {
  kind: EventKind,
  title: line(200),
  titleEn: clearable(line(200)),
  /**
   * Local "YYYY-MM-DDTHH:mm", or a date "YYYY-MM-DD" when the time is not set; "" is the same as null.
   * The format is the domain's rule (it depends on `timeSet`); the years 2000–2100 are checked here.
   */
  start: clearable(windowedText()),
  end: clearable(windowedText()),
  /** false: the date is known, the time is not. A start with a time in a PATCH sets it back to true. */
  timeSet: clearable(z.boolean()),
  timeZone: clearable(z.string()),
  recurrence: clearable(z.string().refine(isOneCleanLine, RRULE_MESSAGE)),
  place: clearable(line(200)),
  organiser: clearable(line(200)),
  groupId: clearable(line(100)),
  description: clearable(multiLine(4000)),
  editorNote: clearable(multiLine(2000)),
  link: clearable(line(2000)),
  exceptions: clearable(
    z.array(EventExceptionBody).max(MAX_EXCEPTIONS, `must be a list of at most ${MAX_EXCEPTIONS} changed occurrences`),
  ),
  reminderLeadTimes: clearable(z.array(LeadTime).max(MAX_LEAD_TIMES, `at most ${MAX_LEAD_TIMES} reminders`)),
  cancelled: z.boolean().optional(),
  // What a client read and sends back unchanged; accepted and ignored (the server owns them).
  id: z.unknown(),
  etag: z.unknown(),
  updatedAt: z.unknown(),
  updatedBy: z.unknown(),
};
const UNKNOWN_EVENT_FIELD = "is not a known event field";

/** POST /api/events: the event's fields without id. */
export const EventCreateBody = z.object(eventBodyFields).strict(UNKNOWN_EVENT_FIELD);
export type EventCreateBody = z.infer<typeof EventCreateBody>;

/** PATCH /api/events/:id: any of the fields; null clears an optional one. */
export const EventPatchBody = z.object(eventBodyFields).partial().strict(UNKNOWN_EVENT_FIELD);
export type EventPatchBody = z.infer<typeof EventPatchBody>;

/** POST /api/events/:id/cancel: one occurrence (its original local start), or the whole event. */
export const EventCancelBody = z.object({
  occurrence: windowedText("must be a local start YYYY-MM-DDTHH:mm").optional(),
});
export type EventCancelBody = z.infer<typeof EventCancelBody>;

/** A public holiday: its stable key and its name in each language. */
export const HolidayDto = z
  .object({
    key: z.string(),
    names: z.object({ nb: z.string(), nn: z.string(), en: z.string() }).strict(),
  })
  .strict();
export type HolidayDto = z.infer<typeof HolidayDto>;

/** One occurrence, resolved to instants by the server. */
export const OccurrenceDto = z
  .object({
    eventId: z.string(),
    /** The original local start "YYYY-MM-DDTHH:mm": identifies the occurrence even when moved. */
    key: z.string(),
    start: z.string(),
    end: z.string().optional(),
    moved: z.boolean(),
    /** false: a date without a time; `start` is local midnight and there is no `end`. The server always sends it. */
    timeSet: z.boolean().optional(),
    /** The Norwegian public holiday the occurrence falls on. */
    holiday: HolidayDto.optional(),
    /** An editor confirmed that it takes place (despite the holiday). */
    confirmed: z.boolean().optional(),
    title: z.string(),
    titleEn: z.string().optional(),
    kind: EventKind,
    place: z.string().optional(),
    link: z.string().optional(),
    description: z.string().optional(),
    organiser: z.string().optional(),
    /** Instants at which reminders will be sent. */
    reminders: z.array(z.string()),
  })
  .strict();
export type OccurrenceDto = z.infer<typeof OccurrenceDto>;

/** GET /api/events?from&to: occurrences in the window and the events that have no date yet (for editors, the events left out). */
export const OccurrencesResponse = z
  .object({ occurrences: z.array(OccurrenceDto), undated: z.array(AlrekEvent), badRows: BadRows })
  .strict();
export type OccurrencesResponse = z.infer<typeof OccurrencesResponse>;

/** A stored event left out of every view; with the event itself when only a value is wrong, so the form can open it. */
export const BadEventRow = BadRow.extend({ event: EventView.optional() }).strict();
export type BadEventRow = z.infer<typeof BadEventRow>;

/** GET /api/events/all; `badRows` for editors: the stored events no view shows, to open and fix. */
export const EventListResponse = z
  .object({ events: z.array(EventView), badRows: z.array(BadEventRow).optional() })
  .strict();
export type EventListResponse = z.infer<typeof EventListResponse>;
