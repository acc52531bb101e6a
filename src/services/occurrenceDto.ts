import type { EventKind, Occurrence } from "../domain/events.js";
import { awaitsHolidayConfirmation } from "../domain/occurrences.js";
import { remindersFor } from "../domain/reminderSchedule.js";

/**
 * One occurrence as the read side shows it (the wire schema is OccurrenceDto in src/contract/events.ts).
 * A read model of the services, so that the services never reach into the API for their shapes.
 */
export interface OccurrenceDto {
  eventId: string;
  key: string;
  start: string;
  end?: string;
  moved: boolean;
  /** Always sent; optional on the wire so that older clients' fixtures stay valid. */
  timeSet?: boolean;
  holiday?: { key: string; names: { nb: string; nn: string; en: string } };
  confirmed?: boolean;
  title: string;
  titleEn?: string;
  kind: EventKind;
  place?: string;
  link?: string;
  description?: string;
  organiser?: string;
  reminders: string[];
}

/** Maps an occurrence; `reminders` gives its reminder instants (empty when not known). */
export function toOccurrenceDto(o: Occurrence, reminders: (o: Occurrence) => Date[] = () => []): OccurrenceDto {
  const e = o.event;
  return {
    eventId: o.eventId,
    key: o.key,
    start: o.start.toISOString(),
    ...(o.end ? { end: o.end.toISOString() } : {}),
    moved: o.moved,
    timeSet: o.timeSet,
    ...(o.holiday ? { holiday: { key: o.holiday.key, names: { ...o.holiday.names } } } : {}),
    confirmed: o.confirmed,
    title: e.title,
    ...(e.titleEn ? { titleEn: e.titleEn } : {}),
    kind: e.kind,
    ...(e.place ? { place: e.place } : {}),
    ...(e.link ? { link: e.link } : {}),
    ...(e.description ? { description: e.description } : {}),
    ...(e.organiser ? { organiser: e.organiser } : {}),
    reminders: reminders(o).map((d) => d.toISOString()),
  };
}

/**
 * Reminder instants of an occurrence from its lead times (the event's own, or its kind's defaults);
 * none for a holiday date nobody has confirmed, as none will be sent.
 */
export function remindersOf(o: Occurrence): Date[] {
  if (awaitsHolidayConfirmation(o)) return [];
  return remindersFor(o).map((r) => r.dueAt);
}
