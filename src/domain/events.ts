import type { PublicHoliday } from "./holidays.js";

/** Kinds of Alrek event; each kind has its own default reminder lead times. */
export type EventKind = "meeting" | "conference" | "presentation" | "workshop" | "deadline";
export const EVENT_KINDS: readonly EventKind[] = ["meeting", "conference", "presentation", "workshop", "deadline"];

/** A change to one occurrence of a recurring event. */
export interface EventException {
  /** The occurrence's original local start, "YYYY-MM-DDTHH:mm" in the event's zone. */
  originalStart: string;
  cancelled?: boolean;
  /** New local start/end when the occurrence is moved. */
  newStart?: string;
  newEnd?: string;
  /**
   * An editor has confirmed that this occurrence takes place although it falls on a public
   * holiday: it is then answered as "next" and reminded like any other.
   */
  confirmed?: boolean;
}

/**
 * An event, one-off or recurring. Local times are wall-clock strings ("YYYY-MM-DDTHH:mm")
 * in `timeZone` (always "Europe/Oslo"), so daylight saving is resolved per occurrence.
 */
export interface AlrekEvent {
  id: string;
  kind: EventKind;
  title: string;
  titleEn?: string;
  /** Absent when the documents name the event but give no date ("dato ikke satt"). */
  start?: string;
  end?: string;
  /**
   * False when the documents give a date but no time ("klokkeslett ikke satt"): `start` then holds
   * the date at 00:00, there is no `end`, and reminders are day-based. Absent means the time is set,
   * so rows stored before this field keep their meaning.
   */
  timeSet?: boolean;
  timeZone: string;
  /** iCalendar RRULE body without the "RRULE:" prefix, e.g. "FREQ=MONTHLY;BYDAY=1FR". */
  recurrence?: string;
  place?: string;
  organiser?: string;
  groupId?: string;
  description?: string;
  /** A note for editors (the coordinator) only: never in answers, reminders or the feed. */
  editorNote?: string;
  link?: string;
  exceptions: EventException[];
  /** ISO 8601 durations before start, e.g. ["P7D","PT1H"]; absent means the kind's defaults. */
  reminderLeadTimes?: string[];
  cancelled: boolean;
  updatedAt?: string;
  updatedBy?: string;
}

/** One concrete occurrence of an event, resolved to instants. */
export interface Occurrence {
  eventId: string;
  event: AlrekEvent;
  /** Original local start ("YYYY-MM-DDTHH:mm"); identifies the occurrence even when moved. */
  key: string;
  start: Date;
  end?: Date;
  moved: boolean;
  /** False for a date without a time: `start` is then local midnight and there is no `end`. */
  timeSet: boolean;
  /** The Norwegian public holiday the occurrence falls on (at its current date), if any. */
  holiday?: PublicHoliday;
  /** An editor confirmed the occurrence (it takes place despite a holiday). */
  confirmed: boolean;
}
