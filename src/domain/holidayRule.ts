/**
 * The one holiday rule of the app. An occurrence on a Norwegian public holiday (holidays.ts) that
 * no editor has confirmed is *awaiting confirmation*: every place shows it marked ("faller på
 * 1. nyttårsdag; ikke bekreftet"), none calls it "next", and no reminder is sent for it. Once an
 * editor confirms it, it is held: still marked, but next like any other date.
 *
 * The bot ("Når er neste …"), reminders, the weekly digest and the iCalendar feed use this module
 * on the domain's occurrences; the tab (the stage's "Neste hendelser", Kommende's series rows)
 * uses it through src/contract/holidayRule.ts on the occurrences the API sends. The functions
 * read only `holiday`, `confirmed` and `cancelled`, which both shapes share, so each place asks
 * the same question of the same fields. `tests/domain/holidayRuleEverywhere.test.ts` checks that
 * all of them agree on the seeded events.
 */

/** What the rule reads of an occurrence: the holiday it falls on, and whether it was confirmed or cancelled. */
export interface HolidayMarked {
  holiday?: { key: string };
  confirmed?: boolean;
  cancelled?: boolean;
}

/** `none`: not a holiday; `confirmed`: a holiday, held as confirmed; `awaiting`: a holiday nobody has confirmed. */
export type HolidayState = "none" | "confirmed" | "awaiting";

/** The occurrence's {@link HolidayState}. */
export function holidayState(o: HolidayMarked): HolidayState {
  if (!o.holiday) return "none";
  return o.confirmed === true ? "confirmed" : "awaiting";
}

/** True when the occurrence falls on a public holiday and no editor has confirmed it. */
export function awaitsConfirmation(o: HolidayMarked): boolean {
  return holidayState(o) === "awaiting";
}

/** True when the occurrence can be "next": not cancelled and not awaiting a holiday confirmation. */
export function isHeld(o: HolidayMarked): boolean {
  return o.cancelled !== true && !awaitsConfirmation(o);
}

/** The next held occurrence of one event, and the holiday dates passed over before it (earliest first). */
export interface NextHeld<T> {
  next?: T;
  skipped: T[];
}

/**
 * In one event's occurrences sorted by start: the first held one, and the awaiting holiday dates
 * before it (cancelled dates are passed over without a word, as they are not happening).
 */
export function firstHeld<T extends HolidayMarked>(sorted: readonly T[]): NextHeld<T> {
  const skipped: T[] = [];
  for (const o of sorted) {
    if (isHeld(o)) return { next: o, skipped };
    if (o.cancelled !== true) skipped.push(o);
  }
  return { skipped };
}

/**
 * The next held occurrence of each of the first `count` events (by that occurrence's start), with
 * the holiday dates each passes over; `sorted` holds occurrences of many events, sorted by start.
 * An event whose every date in the list awaits confirmation is left out.
 */
export function nextHeldPerEvent<T extends HolidayMarked & { eventId: string }>(
  sorted: readonly T[],
  count: number,
): (NextHeld<T> & { next: T })[] {
  const byEvent = new Map<string, T[]>();
  for (const o of sorted) byEvent.set(o.eventId, [...(byEvent.get(o.eventId) ?? []), o]);
  const out: (NextHeld<T> & { next: T })[] = [];
  for (const list of byEvent.values()) {
    const found = firstHeld(list);
    if (found.next) out.push({ next: found.next, skipped: found.skipped });
  }
  // The order of first appearance is by first date; "next" is by the held date.
  return out.sort((a, b) => sorted.indexOf(a.next) - sorted.indexOf(b.next)).slice(0, count);
}

/**
 * The first `count` occurrences of `sorted` (many events, by start), plus, for each event among
 * them none of whose dates there is held, its first held occurrence further on (with the dates
 * between), so a list of "next events" can name the date that is next by this rule.
 */
export function withNextHeld<T extends HolidayMarked & { eventId: string }>(sorted: readonly T[], count: number): T[] {
  const head = sorted.slice(0, count);
  const held = new Set(head.filter(isHeld).map((o) => o.eventId));
  const extra = new Set<T>();
  for (const eventId of new Set(head.map((o) => o.eventId))) {
    if (held.has(eventId)) continue;
    const rest = sorted.slice(count).filter((o) => o.eventId === eventId);
    const found = firstHeld(rest);
    if (!found.next) continue;
    for (const o of [...found.skipped, found.next]) extra.add(o);
  }
  return sorted.filter((o, i) => i < count || extra.has(o));
}
