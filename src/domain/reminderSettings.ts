/** Reading the "innstillinger" card's inputs (pure): kinds, lead times per kind, digest choice. */
import type { Subscription } from "./conversations.js";
import { EVENT_KINDS, type EventKind } from "./events.js";
import { parseLeadTime } from "./reminderSchedule.js";

/** At most this many lead times per kind (a card input, not a schedule editor). */
const MAX_LEAD_TIMES = 5;

/** The settings to store, or the first text that is not a lead time. */
export type SettingsResult =
  { ok: true; settings: Pick<Subscription, "kinds" | "leadTimes" | "digest"> } | { ok: false; bad: string };

export function readSettings(data: Record<string, unknown>): SettingsResult {
  const picked = String(data.kinds ?? "")
    .split(",")
    .map((k) => k.trim())
    .filter((k): k is EventKind => (EVENT_KINDS as readonly string[]).includes(k));
  const kinds = [...new Set(picked)];
  const leadTimes: Partial<Record<EventKind, string[]>> = {};
  for (const kind of EVENT_KINDS) {
    const raw = data[`lead_${kind}`];
    if (typeof raw !== "string" || !raw.trim()) continue;
    const items = raw
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    if (items.length > MAX_LEAD_TIMES) return { ok: false, bad: raw.slice(0, 60) };
    for (const item of items)
      if (item.length > 20 || !parseLeadTime(item)) return { ok: false, bad: item.slice(0, 60) };
    leadTimes[kind] = items;
  }
  const digest = data.digest === "also" || data.digest === "only" ? data.digest : undefined;
  // Every kind (or none ticked) is stored as "all kinds", so kinds added later are included.
  return { ok: true, settings: { kinds: kinds.length === EVENT_KINDS.length ? [] : kinds, leadTimes, digest } };
}

/** The subscription's kinds without `kind`; empty when nothing is left (the caller ends the subscription). */
export function withoutKind(kinds: readonly EventKind[], kind: EventKind): EventKind[] {
  return (kinds.length ? kinds : EVENT_KINDS).filter((k) => k !== kind);
}
