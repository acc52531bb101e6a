/**
 * Meeting mode on the wire: the Alrekforum meetings, the chair's focus (what the stage follows),
 * the decisions per agenda item and the summary after the meeting. Writes go through these
 * schemas; the rules that need stored data (the meeting exists, the item is an area of the
 * current period, the tiltak are its tiltak) are in src/services/meetingService.ts.
 */
import { z } from "zod";
import { AGENDA_FILTERS, MAX_DECISION_CHARS, MAX_DECISION_TIltak } from "../domain/meeting.js";
import { enumOf, multiLine } from "./text.js";
import { EntityId } from "./values.js";

/** all or attention. */
export const AgendaFilter = enumOf(AGENDA_FILTERS);
export type AgendaFilter = z.infer<typeof AgendaFilter>;

/** One meeting: an occurrence of an event, with what is needed to name it. */
export const MeetingInfo = z
  .object({
    eventId: z.string(),
    occurrenceKey: z.string(),
    title: z.string(),
    titleEn: z.string().optional(),
    /** ISO instant. */
    start: z.string(),
    timeSet: z.boolean(),
  })
  .strict();
export type MeetingInfo = z.infer<typeof MeetingInfo>;

/** GET /api/meetings: Alrekforum meetings around today; `current` is today's or the next one. */
export const MeetingsResponse = z
  .object({
    meetings: z.array(MeetingInfo),
    current: z.object({ eventId: z.string(), occurrenceKey: z.string() }).strict().optional(),
  })
  .strict();
export type MeetingsResponse = z.infer<typeof MeetingsResponse>;

/** The chair's focus as stored and returned. */
export const MeetingFocusView = z
  .object({
    eventId: z.string(),
    occurrenceKey: z.string(),
    itemId: z.string().nullable(),
    filter: AgendaFilter,
    ended: z.boolean(),
    updatedAt: z.string(),
    updatedBy: z.string(),
    etag: z.string(),
  })
  .strict();
export type MeetingFocusView = z.infer<typeof MeetingFocusView>;

/** PUT /api/meetings/:eventId/:occurrenceKey/focus (If-Match once it exists): which item, which filter, ended. */
export const MeetingFocusBody = z
  .object({
    /** An agenda item (an area id of the current period), or null for the overview. */
    itemId: EntityId.nullable(),
    filter: AgendaFilter.default("all"),
    ended: z.boolean().default(false),
  })
  .strict("is not a known focus field");
export type MeetingFocusBody = z.input<typeof MeetingFocusBody>;

/** One agenda item's decisions as stored and returned. */
export const DecisionView = z
  .object({
    eventId: z.string(),
    occurrenceKey: z.string(),
    itemId: z.string(),
    periodId: z.string(),
    text: z.string(),
    tiltakIds: z.array(z.string()),
    updatedAt: z.string(),
    updatedBy: z.string(),
    etag: z.string(),
  })
  .strict();
export type DecisionView = z.infer<typeof DecisionView>;

/** PUT /api/meetings/:eventId/:occurrenceKey/decisions/:itemId (If-Match once it exists). */
export const DecisionBody = z
  .object({
    /** What the meeting decided under this item; empty clears it. */
    text: multiLine(MAX_DECISION_CHARS),
    /** Tiltak of the item's area the decision concerns: their history shows it. */
    tiltakIds: z
      .array(EntityId)
      .max(MAX_DECISION_TIltak, `must name at most ${MAX_DECISION_TIltak} tiltak`)
      .default([]),
  })
  .strict("is not a known decision field");
export type DecisionBody = z.input<typeof DecisionBody>;

/** One agenda item: an area of the plan. */
const AgendaItem = z.object({ id: z.string(), name: z.string(), nameEn: z.string() }).strict();

/** GET /api/meetings/:eventId/:occurrenceKey: the meeting, its agenda, its decisions and the focus when it is this meeting's. */
export const MeetingView = z
  .object({
    meeting: MeetingInfo,
    periodId: z.string(),
    agenda: z.array(AgendaItem),
    decisions: z.array(DecisionView),
    focus: MeetingFocusView.optional(),
    /** The etag of the stored focus, whichever meeting it is of: a focus write sends it in If-Match. */
    focusEtag: z.string().optional(),
  })
  .strict();
export type MeetingView = z.infer<typeof MeetingView>;

/** GET …/summary: what was decided, in agenda order, with the tiltak each names (for the channel card later). */
export const MeetingSummary = z
  .object({
    meeting: MeetingInfo,
    items: z.array(
      z
        .object({
          itemId: z.string(),
          name: z.string(),
          nameEn: z.string(),
          text: z.string(),
          tiltak: z.array(z.object({ id: z.string(), text: z.string() }).strict()),
          updatedAt: z.string(),
          updatedBy: z.string(),
        })
        .strict(),
    ),
  })
  .strict();
export type MeetingSummary = z.infer<typeof MeetingSummary>;

/** In GET /api/dashboard while a meeting runs: what the stage follows. */
export const DashboardMeeting = z
  .object({
    eventId: z.string(),
    occurrenceKey: z.string(),
    title: z.string(),
    itemId: z.string().nullable(),
    filter: AgendaFilter,
    /** Agenda position of the item (1-based) and the agenda's length, for "Punkt 2 av 5". */
    position: z.number().int().nonnegative(),
    of: z.number().int().nonnegative(),
  })
  .strict();
export type DashboardMeeting = z.infer<typeof DashboardMeeting>;
