import type { Decision, MeetingFocus, MeetingRef } from "./meeting.js";
import type { Versioned } from "./repositories.js";

/**
 * Meeting focus and decisions. A save without `etag` is an insert-if-absent (ConflictError with
 * the current value when the row exists); with `etag` a conditional replace (ConflictError on a
 * stale etag). Rows that cannot be read are reported and left out of lists.
 */
export interface MeetingRepository {
  /** The focus the stage follows (one row for the whole app: one Alrekforum meets at a time). */
  getFocus(): Promise<Versioned<MeetingFocus> | undefined>;
  saveFocus(focus: MeetingFocus, etag?: string): Promise<Versioned<MeetingFocus>>;
  listDecisions(meeting: MeetingRef): Promise<Versioned<Decision>[]>;
  getDecision(meeting: MeetingRef, itemId: string): Promise<Versioned<Decision> | undefined>;
  saveDecision(decision: Decision, etag?: string): Promise<Versioned<Decision>>;
}
