/**
 * The one progress rule of the action plan, used by the bot, the API's summaries, the tab's
 * figures and the stage: done counts whole, in progress half, and **every** tiltak stays in the
 * denominator, stopped ones included. Stopping a tiltak is a decision worth seeing, but it is
 * not progress: a share that rose when work was stopped would be dishonest in front of the room,
 * so stopped tiltak are counted and named separately ("3 av 16 fullført, 2 stoppet").
 */
import { TILTAK_STATUSES, type TiltakStatus } from "./tiltak.js";

/** Counts and progress for a set of tiltak. */
export interface StatusSummary {
  total: number;
  byStatus: Record<TiltakStatus, number>;
  /** 0..1: (done + ½ · in progress) / total; 0 when there is nothing to count. */
  progress: number;
}

/** Counts the statuses of `tiltak` and computes the share (see the module comment). */
export function summarizeStatuses(tiltak: readonly { status: TiltakStatus }[]): StatusSummary {
  const byStatus = Object.fromEntries(TILTAK_STATUSES.map((s) => [s, 0])) as Record<TiltakStatus, number>;
  for (const t of tiltak) if (t.status in byStatus) byStatus[t.status]++;
  const total = tiltak.length;
  const progress = total === 0 ? 0 : (byStatus.done + 0.5 * byStatus.in_progress) / total;
  return { total, byStatus, progress };
}
