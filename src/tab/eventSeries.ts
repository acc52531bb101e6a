/**
 * Kommende as people read it: a recurring event is one series with its dates, a cancelled date
 * stays in the list as "Avlyst". Notes for the coordinator are a field of their own (editorNote).
 * No React here.
 */
import { firstHeld } from "../contract/holidayRule.js";
import type { AlrekEvent, OccurrenceDto, WithEtag } from "./apiTypes.js";
import { osloParts } from "./formatDate.js";
import type { Lang } from "./i18n/index.js";

/** An occurrence as the view shows it: the server's, or one rebuilt from a cancelled exception. */
export type UpcomingOccurrence = OccurrenceDto & { cancelled: boolean };

/** A recurring event and its dates in the window, cancelled ones included. */
export interface Series {
  event: WithEtag<AlrekEvent>;
  occurrences: UpcomingOccurrence[];
  /** The first date that is held: not cancelled and not waiting for a holiday confirmation (domain/holidayRule.ts). */
  next?: UpcomingOccurrence;
  /** Holiday dates before `next` that nobody has confirmed: passed over, and said so. */
  skipped?: UpcomingOccurrence[];
}

/** What Kommende lists: series first, then one-off occurrences, then cancelled whole series. */
export interface UpcomingModel {
  series: Series[];
  singles: UpcomingOccurrence[];
}

/** The instant of an Oslo wall-clock time "YYYY-MM-DDTHH:mm" (the offset is found from the zone itself). */
export function osloLocalToInstant(local: string): Date {
  const [date, time = "00:00"] = local.split("T");
  const [y, mo, d] = date.split("-").map(Number);
  const [h, mi] = time.split(":").map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  let guess = asUtc;
  // Two rounds settle the offset, also next to a daylight-saving change.
  for (let i = 0; i < 2; i++) {
    const p = osloParts(new Date(guess));
    guess = asUtc - (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - guess);
  }
  return new Date(guess);
}

function minutesBetween(start: string, end: string): number {
  return (osloLocalToInstant(end).getTime() - osloLocalToInstant(start).getTime()) / 60_000;
}

/** An occurrence rebuilt from an event and one of its keys, for a date the server no longer lists. */
function rebuilt(event: AlrekEvent, key: string): UpcomingOccurrence {
  const start = osloLocalToInstant(key);
  const length = event.start && event.end ? minutesBetween(event.start, event.end) : undefined;
  return {
    eventId: event.id,
    key,
    start: start.toISOString(),
    ...(length ? { end: new Date(start.getTime() + length * 60_000).toISOString() } : {}),
    moved: false,
    title: event.title,
    ...(event.titleEn ? { titleEn: event.titleEn } : {}),
    kind: event.kind,
    ...(event.place ? { place: event.place } : {}),
    ...(event.link ? { link: event.link } : {}),
    ...(event.description ? { description: event.description } : {}),
    timeSet: event.timeSet !== false,
    confirmed: false,
    reminders: [],
    cancelled: true,
  };
}

/**
 * Builds the list. `known` holds occurrences seen earlier in this session (server answers), so a
 * date whose cancellation was just undone stays in place until the server lists it again.
 */
export function buildUpcoming(
  occurrences: readonly OccurrenceDto[],
  events: ReadonlyMap<string, WithEtag<AlrekEvent>>,
  window: { from: Date; to: Date },
  known: readonly OccurrenceDto[] = [],
): UpcomingModel {
  const byId = new Map<string, UpcomingOccurrence>();
  const id = (o: { eventId: string; key: string }) => `${o.eventId}|${o.key}`;
  for (const o of [...known, ...occurrences]) byId.set(id(o), { ...o, cancelled: false });
  for (const event of events.values()) {
    for (const e of event.exceptions ?? []) {
      if (!e.cancelled) continue;
      const at = osloLocalToInstant(e.originalStart);
      if (at < window.from || at >= window.to) continue;
      byId.set(
        id({ eventId: event.id, key: e.originalStart }),
        byId.get(id({ eventId: event.id, key: e.originalStart })) ?? rebuilt(event, e.originalStart),
      );
    }
  }
  for (const event of events.values()) {
    // A cancelled one-off event keeps its place in the list, marked "Avlyst".
    if (event.cancelled && !event.recurrence && event.start) {
      const at = osloLocalToInstant(event.start);
      if (at >= window.from && at < window.to && !byId.has(id({ eventId: event.id, key: event.start }))) {
        byId.set(id({ eventId: event.id, key: event.start }), rebuilt(event, event.start));
      }
    }
  }
  const isCancelled = (o: OccurrenceDto) => {
    const event = events.get(o.eventId);
    return Boolean(event?.cancelled || event?.exceptions?.some((e) => e.cancelled && e.originalStart === o.key));
  };
  const all = [...byId.values()]
    .map((o) => ({ ...o, cancelled: isCancelled(o) }))
    .sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title, "nb"));

  const series = new Map<string, Series>();
  const singles: UpcomingOccurrence[] = [];
  for (const o of all) {
    const event = events.get(o.eventId);
    if (event?.recurrence) {
      const s = series.get(event.id) ?? { event, occurrences: [] };
      s.occurrences.push(o);
      series.set(event.id, s);
    } else {
      singles.push(o);
    }
  }
  for (const event of events.values()) {
    // A wholly cancelled series that has begun (or begins in the window) is shown as cancelled.
    if (
      event.cancelled &&
      event.recurrence &&
      event.start &&
      !series.has(event.id) &&
      osloLocalToInstant(event.start) < window.to &&
      !ended(event.recurrence, window.from)
    ) {
      series.set(event.id, { event, occurrences: [] });
    }
  }
  const list = [...series.values()].map((s) => {
    const { next, skipped } = firstHeld(s.occurrences);
    return { ...s, next, skipped };
  });
  // Series with a coming date first, by that date; wholly cancelled ones last.
  list.sort(
    (a, b) =>
      (a.next?.start ?? "~").localeCompare(b.next?.start ?? "~") || a.event.title.localeCompare(b.event.title, "nb"),
  );
  return { series: list, singles };
}

/** True when the rule's UNTIL lies before `from` (COUNT is not followed: such a series is shown). */
function ended(rule: string, from: Date): boolean {
  const until = /UNTIL=(\d{4})(\d{2})(\d{2})/.exec(rule);
  return Boolean(until && `${until[1]}-${until[2]}-${until[3]}` < from.toISOString().slice(0, 10));
}

const ORDINALS: Record<Lang, Record<string, string>> = {
  nb: { "1": "første", "2": "andre", "3": "tredje", "4": "fjerde", "5": "femte", "-1": "siste" },
  nn: { "1": "første", "2": "andre", "3": "tredje", "4": "fjerde", "5": "femte", "-1": "siste" },
  en: { "1": "first", "2": "second", "3": "third", "4": "fourth", "5": "fifth", "-1": "last" },
};
const DAYS: Record<Lang, Record<string, string>> = {
  nb: { MO: "mandag", TU: "tirsdag", WE: "onsdag", TH: "torsdag", FR: "fredag", SA: "lørdag", SU: "søndag" },
  nn: { MO: "måndag", TU: "tysdag", WE: "onsdag", TH: "torsdag", FR: "fredag", SA: "laurdag", SU: "sundag" },
  en: { MO: "Monday", TU: "Tuesday", WE: "Wednesday", TH: "Thursday", FR: "Friday", SA: "Saturday", SU: "Sunday" },
};

/** How each language says a repetition; `plain` is [every, every other] per FREQ. */
const PHRASES: Record<
  Lang,
  {
    nthOfMonth: (ordinal: string, day: string) => string;
    dayOfMonth: (n: string) => string;
    and: string;
    every: (what: string) => string;
    everyOther: (what: string) => string;
    plain: Record<string, [string, string]>;
  }
> = {
  nb: {
    nthOfMonth: (o, d) => `${o} ${d} i måneden`,
    dayOfMonth: (n) => `den ${n}. i måneden`,
    and: " og ",
    every: (w) => `hver ${w}`,
    everyOther: (w) => `annenhver ${w}`,
    plain: {
      DAILY: ["hver dag", "annenhver dag"],
      WEEKLY: ["hver uke", "annenhver uke"],
      MONTHLY: ["hver måned", "annenhver måned"],
      YEARLY: ["hvert år", "annethvert år"],
    },
  },
  nn: {
    nthOfMonth: (o, d) => `${o} ${d} i månaden`,
    dayOfMonth: (n) => `den ${n}. i månaden`,
    and: " og ",
    every: (w) => `kvar ${w}`,
    everyOther: (w) => `annankvar ${w}`,
    plain: {
      DAILY: ["kvar dag", "annankvar dag"],
      WEEKLY: ["kvar veke", "annankvar veke"],
      MONTHLY: ["kvar månad", "annankvar månad"],
      YEARLY: ["kvart år", "annakvart år"],
    },
  },
  en: {
    nthOfMonth: (o, d) => `${o} ${d} of the month`,
    dayOfMonth: (n) => `on day ${n} of the month`,
    and: " and ",
    every: (w) => `every ${w}`,
    everyOther: (w) => `every other ${w}`,
    plain: {
      DAILY: ["every day", "every other day"],
      WEEKLY: ["every week", "every other week"],
      MONTHLY: ["every month", "every other month"],
      YEARLY: ["every year", "every other year"],
    },
  },
};

/**
 * "første fredag i måneden", "hver mandag", "annenhver uke", "hvert år" (nynorsk "kvar måndag",
 * English "every Monday"); undefined for rules it cannot put in words (the caller then says only
 * that the event repeats).
 */
export function describeRecurrence(rule: string | undefined, lang: Lang): string | undefined {
  if (!rule) return undefined;
  const parts = new Map(rule.split(";").map((p) => p.split("=") as [string, string]));
  const freq = parts.get("FREQ");
  const interval = Number(parts.get("INTERVAL") ?? "1");
  const byDay = parts.get("BYDAY")?.split(",");
  const say = PHRASES[lang];
  if (parts.has("BYSETPOS") || parts.has("BYMONTH") || interval > 2) return undefined;
  const day = (code: string) => DAYS[lang][code];
  if (freq === "MONTHLY" && interval === 1 && byDay?.length === 1) {
    const m = /^(-?\d)([A-Z]{2})$/.exec(byDay[0]);
    if (!m || !ORDINALS[lang][m[1]] || !day(m[2])) return undefined;
    return say.nthOfMonth(ORDINALS[lang][m[1]], day(m[2]));
  }
  if (freq === "MONTHLY" && interval === 1 && parts.has("BYMONTHDAY")) {
    const n = parts.get("BYMONTHDAY")!;
    return /^\d{1,2}$/.test(n) ? say.dayOfMonth(n) : undefined;
  }
  if (freq === "WEEKLY" && byDay?.every((d) => day(d))) {
    const names = byDay.map(day).join(say.and);
    return interval === 2 ? say.everyOther(names) : say.every(names);
  }
  if (byDay) return undefined;
  const words = freq ? say.plain[freq] : undefined;
  if (!words) return undefined;
  return words[interval === 2 ? 1 : 0];
}
