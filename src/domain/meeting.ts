/**
 * Meeting mode: the Alrekforum meeting run from the tab. A meeting is one occurrence of an event
 * (event id + occurrence key, as RSVP keys it); its agenda is the plan's areas in plan order; the
 * chair's *focus* (which item, all tiltak or only those that need attention) is what the stage
 * follows; each agenda item has one decisions text, optionally naming the tiltak it concerns.
 * Decisions outlive the plan period: they are kept per meeting, not per period.
 */
import type { AlrekEvent } from "./events.js";
import type { PlanPeriod } from "./tiltak.js";

/** One meeting: an occurrence of an event. */
export interface MeetingRef {
  eventId: string;
  /** The occurrence's original local start "YYYY-MM-DDTHH:mm". */
  occurrenceKey: string;
}

/** What the agenda shows of an item's tiltak: all of them, or only those that need attention. */
export type AgendaFilter = "all" | "attention";
export const AGENDA_FILTERS: readonly AgendaFilter[] = ["all", "attention"];

/** Where the chair is: the one row the stage follows. `itemId` null = the overview (no item chosen). */
export interface MeetingFocus extends MeetingRef {
  itemId: string | null;
  filter: AgendaFilter;
  /** The meeting has ended: the stage shows its usual overview again. */
  ended: boolean;
  updatedAt: string;
  updatedBy: string;
}

/** The decisions of one agenda item of one meeting. */
export interface Decision extends MeetingRef {
  /** The agenda item: an area id of `periodId`. */
  itemId: string;
  /** The plan period whose area the item is (decisions outlive periods; this says which). */
  periodId: string;
  text: string;
  /** Tiltak of that period the decision concerns; their history shows it. */
  tiltakIds: string[];
  updatedAt: string;
  updatedBy: string;
}

/** The longest decisions text of one item, and the most tiltak one names. */
export const MAX_DECISION_CHARS = 4000;
export const MAX_DECISION_TIltak = 100;
/** An agenda item id (an area id) is at most this long. */
export const MAX_ITEM_ID_CHARS = 40;

/** A meeting's id as one string (history values, logs): "<event id>|<occurrence key>". */
export function meetingId(ref: MeetingRef): string {
  return `${ref.eventId}|${ref.occurrenceKey}`;
}

/** An event is an Alrekforum meeting when its title names Alrekforum (the dashboard's "since the last Alrekforum" rule too). */
export function isForumEvent(event: Pick<AlrekEvent, "title">): boolean {
  return /alrekforum/i.test(event.title);
}

/** One agenda item: an area of the plan, in plan order. */
export interface AgendaItem {
  id: string;
  name: string;
  nameEn: string;
}

/** The agenda of a meeting: the period's areas in plan order. */
export function agendaOf(period: PlanPeriod): AgendaItem[] {
  return [...period.areas].sort((a, b) => a.order - b.order).map((a) => ({ id: a.id, name: a.name, nameEn: a.nameEn }));
}

/** The decisions of a meeting in agenda order (items no longer on the agenda last, by id); empty texts left out. */
export function decisionsInAgendaOrder(decisions: readonly Decision[], agenda: readonly AgendaItem[]): Decision[] {
  const place = new Map(agenda.map((a, i) => [a.id, i]));
  return decisions
    .filter((d) => d.text.trim() !== "")
    .sort(
      (a, b) =>
        (place.get(a.itemId) ?? agenda.length) - (place.get(b.itemId) ?? agenda.length) ||
        a.itemId.localeCompare(b.itemId),
    );
}
