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
}

/** A named event and its next occurrence, when it has one. */
export interface NextEventView {
  event: EventView;
  next?: OccurrenceView;
}
