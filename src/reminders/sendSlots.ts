import type { ConversationTarget } from "../domain/conversations.js";
import { realSleep } from "./backoff.js";

/**
 * Shared send slots: Teams' limits held across any number of instances.
 *
 * Teams allows a bot, per conversation, 7 posts in any 1 s, 8 in any 2 s, 60 in any 30 s and
 * 1,800 in any hour, and an app 50 requests per second per tenant (sources say 30–50). A count
 * kept in one process does not hold once there are several. So before every post (retries
 * included) an instance takes, with conditional writes in Table Storage:
 * 1. a conversation slot: row (conversation, 2 s bucket, index 0..1), insert-if-absent;
 * 2. an app slot: row (tenant, 1 s bucket, index 0..9), insert-if-absent;
 * 3. one unit of the conversation's counter for the clock hour (≤ 600), ETag increment;
 * and posts only if both buckets are still the current ones afterwards.
 *
 * Why these numbers. Let d be how late a post can reach Teams after its bucket ended (request
 * latency plus clock skew between instances); we assume d ≤ 1 s. The posts of bucket i then
 * reach Teams within [i·B, (i+1)·B + d). A sliding window of W ms can only see buckets whose
 * arrival interval overlaps it: at most ⌈(W + d) / B⌉ + 1 of them.
 * - Conversation, B = 2 s, 2 per bucket: W = 1 s → 2 buckets → ≤ 4 (limit 7);
 *   W = 2 s → 3 buckets → ≤ 6 (limit 8); W = 30 s → 17 buckets → ≤ 34 (limit 60).
 *   Sustained: 1 post per second per conversation.
 * - Hour: a 1 h window touches at most 3 clock hours once d > 0, so 3 × 600 = 1,800 (limit 1,800).
 * - App, B = 1 s, 10 per bucket: W = 1 s → 3 buckets → ≤ 30 per second (limit 50), which
 *   leaves room for the bot's replies. Sustained: 10 reminders per second.
 * Slots are counted when taken, not when a post succeeds, so a slot wasted (a retry, a post
 * never made) only makes the count more conservative.
 */
export interface SlotLayer {
  /** Short name, part of the row key. */
  name: string;
  bucketMs: number;
  perBucket: number;
}

/** Per conversation: 2 posts per 2 s bucket (see the module comment). */
export const CONVERSATION_SLOTS: SlotLayer = { name: "c", bucketMs: 2_000, perBucket: 2 };
/** Per conversation and clock hour. */
export const CONVERSATION_HOURLY_CAP = 600;
/** Per tenant (all conversations): 10 posts per 1 s bucket. */
export const APP_SLOTS: SlotLayer = { name: "a", bucketMs: 1_000, perBucket: 10 };

const HOUR_MS = 3_600_000;

/** Where slots are kept (Table Storage in production). Keys are escaped by the store. */
export interface SendSlotStore {
  /** Insert-if-absent: true when this call created the row, false when it existed (409). */
  take(partitionKey: string, rowKey: string): Promise<boolean>;
  /** Adds one to a counter row unless it reached `cap`: true when counted. */
  increment(partitionKey: string, rowKey: string, cap: number): Promise<boolean>;
  /** Deletes rows of partitions that sort before `partitionKey` (older hours); at most `maxRows`. */
  prune(beforePartitionKey: string, maxRows: number): Promise<number>;
}

/** The answer of {@link SendSlots.acquire}. */
export type SlotGrant = { ok: true; at: number } | { ok: false; retryAt: number; reason: "busy" | "hourly" };

/** Options of {@link SendSlots}; only `store` is required. */
export interface SendSlotsOptions {
  store: SendSlotStore;
  /** Real milliseconds: slots are about when posts reach Teams. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  conversation?: SlotLayer;
  hourlyCap?: number;
  app?: SlotLayer;
}

/** Takes a conversation slot, an app slot and an hourly unit before each post. */
export class SendSlots {
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly conversation: SlotLayer;
  private readonly app: SlotLayer;
  private readonly hourlyCap: number;
  /** Next index to try per partition and layer, so a busy bucket is not probed from 0 each time. */
  private readonly hints = new Map<string, { bucket: number; next: number }>();

  constructor(private readonly opts: SendSlotsOptions) {
    this.now = opts.now ?? Date.now;
    this.sleep = opts.sleep ?? realSleep;
    this.conversation = opts.conversation ?? CONVERSATION_SLOTS;
    this.app = opts.app ?? APP_SLOTS;
    this.hourlyCap = opts.hourlyCap ?? CONVERSATION_HOURLY_CAP;
  }

  /**
   * Waits (at most `maxWaitMs`) until a post to `target` fits every limit and takes its slots.
   * When it does not fit in time, says when to try again; the caller then releases its claim.
   */
  async acquire(target: Pick<ConversationTarget, "id" | "tenantId">, maxWaitMs: number): Promise<SlotGrant> {
    const deadline = this.now() + maxWaitMs;
    for (;;) {
      const t = this.now();
      if (t > deadline) return { ok: false, retryAt: t, reason: "busy" };
      const convBucket = Math.floor(t / this.conversation.bucketMs);
      const convEnd = (convBucket + 1) * this.conversation.bucketMs;
      if (!(await this.takeIn(this.conversationPartition(target, t), this.conversation, convBucket))) {
        if (convEnd > deadline) return { ok: false, retryAt: convEnd, reason: "busy" };
        await this.sleep(convEnd - this.now());
        continue;
      }
      const appBucket = await this.appSlotBefore(target, convEnd);
      if (appBucket === undefined) continue; // the conversation slot went unused
      if (!(await this.opts.store.increment(this.conversationPartition(target, t), "h", this.hourlyCap))) {
        return { ok: false, retryAt: (Math.floor(t / HOUR_MS) + 1) * HOUR_MS, reason: "hourly" };
      }
      const u = this.now();
      if (u < convEnd && Math.floor(u / this.app.bucketMs) === appBucket) return { ok: true, at: u };
    }
  }

  /** Deletes slot rows older than two hours (they no longer count for any window). */
  prune(maxRows = 2_000): Promise<number> {
    return this.opts.store.prune(hourKey(this.now() - 2 * HOUR_MS), maxRows);
  }

  /** Takes an app slot in an app bucket that starts before `until`: that bucket, or undefined if none was free in time. */
  private async appSlotBefore(
    target: Pick<ConversationTarget, "tenantId">,
    until: number,
  ): Promise<number | undefined> {
    for (;;) {
      const u = this.now();
      if (u >= until) return undefined;
      const bucket = Math.floor(u / this.app.bucketMs);
      if (await this.takeIn(`${hourKey(u)}|t|${target.tenantId || "-"}`, this.app, bucket)) return bucket;
      await this.sleep(Math.max(1, Math.min((bucket + 1) * this.app.bucketMs, until) - this.now()));
    }
  }

  private async takeIn(partitionKey: string, layer: SlotLayer, bucket: number): Promise<boolean> {
    const hintKey = `${partitionKey}|${layer.name}`;
    const hint = this.hints.get(hintKey);
    let index = hint && hint.bucket === bucket ? hint.next : 0;
    for (; index < layer.perBucket; index++) {
      if (await this.opts.store.take(partitionKey, `${layer.name}-${bucket}-${index}`)) break;
    }
    if (this.hints.size > 10_000) this.hints.clear();
    this.hints.set(hintKey, { bucket, next: index + 1 });
    return index < layer.perBucket;
  }

  private conversationPartition(target: Pick<ConversationTarget, "id">, t: number): string {
    return `${hourKey(t)}|c|${target.id}`;
  }
}

/** The clock hour as a fixed-width number, so partitions sort by time. */
function hourKey(t: number): string {
  return String(Math.floor(t / HOUR_MS)).padStart(9, "0");
}
