import type { ConversationTarget } from "../domain/conversations.js";

/** At most `max` requests started in any `ms` milliseconds. */
export interface Window {
  ms: number;
  max: number;
}

/**
 * Teams allows a bot, per conversation, 7 posts in any 1 s, 8 in any 2 s, 60 in any 30 s and
 * 1,800 in any hour, and an app 50 requests per second per tenant. Only the leader posts, so the
 * count this process keeps is the whole count; the budgets are sliding windows over the instants
 * requests start, set below Teams' limits for what a count in one process cannot see:
 * - a request reaches Teams up to d after it starts (latency; d ≤ 1 s assumed), so Teams' window W
 *   sees at most what one of ours of W + d saw: per conversation at most 4 in 1 s (limit 7),
 *   4 + 3 = 7 in 2 s (limit 8), 25 + 3 = 28 in 30 s (limit 60), 1,500 + 3 in an hour (limit
 *   1,800); per tenant 2 × 10 = 20 in 1 s (limit 50, which leaves room for the bot's replies);
 * - a change of leader: the new leader posts only after the old lease lapsed, and the old leader
 *   started its last post with at least two thirds of the lease left and gave up on it within the
 *   post timeout (at most a third of the lease). So at least a third of the lease (40 s of 120 s,
 *   less clock skew) lies between the two, more than the longest short window (30 s): no window of
 *   30 s or less sees both leaders. For the hour the new leader counts what the ledger says was
 *   sent in the last hour (see {@link SendBudget.take} with past instants), and 1,500 leaves 300
 *   for what it cannot see (posts of an attempt that ended unrecorded).
 * Retries count like first tries. Sustained: 25 posts per 30 s per conversation, 10 per second in all.
 */
const CONVERSATION_BUDGET: readonly Window[] = [
  { ms: 1_000, max: 3 },
  { ms: 2_000, max: 4 },
  { ms: 30_000, max: 25 },
  { ms: 3_600_000, max: 1_500 },
];
const TENANT_BUDGET: readonly Window[] = [{ ms: 1_000, max: 10 }];

const HOUR_MS = 3_600_000;

/** Teams' limits for the one sender, and the conversations Teams asked to wait (Retry-After). */
export class SendBudget {
  /** Start instants of the last hour's requests, ascending, per `c|<conversation>` and `t|<tenant>`. */
  private readonly starts = new Map<string, number[]>();
  private readonly pauses = new Map<string, number>();

  constructor(
    private readonly conversation: readonly Window[] = CONVERSATION_BUDGET,
    private readonly tenant: readonly Window[] = TENANT_BUDGET,
  ) {}

  /** Milliseconds until a request to `target` fits every window and no pause holds it (0: now). */
  waitMs(target: Pick<ConversationTarget, "id" | "tenantId">, now: number): number {
    return Math.max(
      0,
      (this.pauses.get(target.id) ?? 0) - now,
      waitIn(this.starts.get(`c|${target.id}`), this.conversation, now),
      waitIn(this.starts.get(`t|${target.tenantId}`), this.tenant, now),
    );
  }

  /** Counts a request to `target` started at `at` (also one made earlier, by a former leader). */
  take(target: Pick<ConversationTarget, "id" | "tenantId">, at: number): void {
    for (const key of [`c|${target.id}`, `t|${target.tenantId}`]) {
      const times = (this.starts.get(key) ?? []).filter((t) => t > at - HOUR_MS);
      times.push(at);
      if (times.length > 1 && times[times.length - 2] > at) times.sort((a, b) => a - b);
      this.starts.set(key, times);
    }
  }

  /** No request to the conversation before `until` (Teams' Retry-After, or a backoff); a longer pause wins. */
  pause(targetId: string, until: number): void {
    if ((this.pauses.get(targetId) ?? 0) < until) this.pauses.set(targetId, until);
  }

  /** Forgets a pause (the conversation was installed again). */
  resume(targetId: string): void {
    this.pauses.delete(targetId);
  }
}

/** How long until the oldest requests that keep `times` over a window have left it. */
function waitIn(times: readonly number[] | undefined, windows: readonly Window[], now: number): number {
  let wait = 0;
  for (const { ms, max } of windows) {
    const inside = (times ?? []).filter((t) => t > now - ms);
    if (inside.length >= max) wait = Math.max(wait, inside[inside.length - max] + ms - now);
  }
  return wait;
}
