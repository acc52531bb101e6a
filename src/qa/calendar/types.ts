/** What answers about events carry: events and their occurrences as shown. */
import type { EventKind } from "../../domain/events.js";

/** An event as shown; `title` is in the answer's language. */
export interface EventView {
  id: string;
  kind: EventKind;
  title: string;
  place?: string;
  organiser?: string;
  link?: string;
  /** The event's own description (Norwegian). */
  description?: string;
  /** False for events the documents name without a date ("dato ikke satt"). */
  dateSet: boolean;
  /** True for events that recur every year (FREQ=YEARLY). */
  yearly: boolean;
  recurring: boolean;
}

/** One occurrence as shown. `when` is written as people write it ("fredag 4. desember kl. 12.00"). */
export interface OccurrenceView {
  event: EventView;
  /** ISO instant. */
  start: string;
  end?: string;
  when: string;
  moved: boolean;
  /** False for a date without a time ("klokkeslett ikke satt"). */
  timeSet: boolean;
  /** The public holiday it falls on, named in the answer's language. */
  holiday?: { key: string; name: string };
  /** An editor confirmed it takes place (despite the holiday). */
  confirmed: boolean;
  /** "faller på 1. nyttårsdag; …", present exactly when `holiday` is. */
  holidayNote?: string;
}

/** A named event and its next occurrence, when it has one. */
export interface NextEventView {
  event: EventView;
  next?: OccurrenceView;
  /** Earlier dates on a public holiday, not confirmed, so not counted as "next". */
  skipped?: OccurrenceView[];
}
