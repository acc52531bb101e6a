import { goneStatusOf, type ConversationTarget } from "../domain/conversations.js";
import type { Logger } from "../logger.js";
import { DeliveryError, type ReminderSender } from "./sender.js";

/** At most `count` posts in any sliding window of `windowMs`. */
export interface ThrottleLimit {
  count: number;
  windowMs: number;
}

/**
 * Teams' limits per bot per conversation: 7/1 s, 8/2 s, 60/30 s, 1,800/hour.
 * Counted per instance: several instances posting to one conversation share Teams' budget,
 * so 429s are still possible and are retried.
 */
export const TEAMS_CONVERSATION_LIMITS: readonly ThrottleLimit[] = [
  { count: 7, windowMs: 1_000 },
  { count: 8, windowMs: 2_000 },
  { count: 60, windowMs: 30_000 },
  { count: 1_800, windowMs: 3_600_000 },
];

/** Options for {@link ThrottledSender}; everything but `inner` has a production default. */
export interface ThrottledSenderOptions {
  inner: ReminderSender;
  /** Milliseconds clock; inject a fake one together with `sleep` in tests. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** In [0, 1), for jitter. */
  random?: () => number;
  limits?: readonly ThrottleLimit[];
  /** Total tries per message, the first included. */
  maxTries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** ± fraction applied to backoff delays (not to Retry-After). */
  jitter?: number;
  /** Called once when a conversation answers 403 (→ "blocked") or 404 (→ "removed"). */
  onTargetGone?: (target: ConversationTarget, status: "removed" | "blocked", error: DeliveryError) => void | Promise<void>;
  log?: Logger;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A ReminderSender that keeps each conversation under Teams' rate limits (waiting, never
 * dropping), retries throttling and gateway errors with exponential backoff, jitter and
 * Retry-After, and stops posting to conversations that answered 403/404.
 */
export class ThrottledSender implements ReminderSender {
  private readonly posts = new Map<string, number[]>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly gone = new Map<string, DeliveryError>();
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly limits: readonly ThrottleLimit[];
  private readonly longestWindow: number;

  constructor(private readonly opts: ThrottledSenderOptions) {
    this.now = opts.now ?? Date.now;
    this.sleep = opts.sleep ?? realSleep;
    this.random = opts.random ?? Math.random;
    this.limits = opts.limits ?? TEAMS_CONVERSATION_LIMITS;
    this.longestWindow = Math.max(...this.limits.map((l) => l.windowMs));
  }

  /** Posts are serialised per conversation so the window check and the post are one step. */
  send(target: ConversationTarget, card: object, text: string): Promise<void> {
    const key = conversationKey(target);
    const previous = this.queues.get(key) ?? Promise.resolve();
    const run = previous.catch(() => {}).then(() => this.sendWithRetries(key, target, card, text));
    const tail = run.catch(() => {});
    this.queues.set(key, tail);
    void tail.then(() => {
      if (this.queues.get(key) === tail) this.queues.delete(key);
    });
    return run;
  }

  /** True when the conversation answered 403/404 and is no longer tried. */
  isGone(target: ConversationTarget): boolean {
    return this.gone.has(conversationKey(target));
  }

  private async sendWithRetries(key: string, target: ConversationTarget, card: object, text: string): Promise<void> {
    const maxTries = this.opts.maxTries ?? 3;
    for (let attempt = 1; ; attempt++) {
      const goneError = this.gone.get(key);
      if (goneError) throw goneError;
      await this.waitForSlot(key);
      try {
        await this.opts.inner.send(target, card, text);
        return;
      } catch (raw) {
        const error = raw instanceof DeliveryError ? raw : new DeliveryError(String((raw as Error)?.message ?? raw), 0);
        if (error.targetGone) {
          this.gone.set(key, error);
          await this.opts.onTargetGone?.(target, goneStatusOf(error.status) ?? "removed", error);
          throw error;
        }
        if (!error.retryable || attempt >= maxTries) throw error;
        const delay = this.retryDelay(attempt, error);
        this.opts.log?.warn("reminder post retried", { conversationId: target.conversationId, status: error.status, attempt, delayMs: delay });
        await this.sleep(delay);
      }
    }
  }

  /** Retry-After when the connector gave one; else base·2^(n−1), capped, ± jitter. */
  private retryDelay(attempt: number, error: DeliveryError): number {
    if (error.retryAfterMs !== undefined) return error.retryAfterMs;
    const base = this.opts.baseDelayMs ?? 2_000;
    const max = this.opts.maxDelayMs ?? 20_000;
    const jitter = this.opts.jitter ?? 0.2;
    const nominal = Math.min(max, base * 2 ** (attempt - 1));
    return Math.round(nominal * (1 + jitter * (2 * this.random() - 1)));
  }

  /** Waits until one more post fits every window, then records it. */
  private async waitForSlot(key: string): Promise<void> {
    for (;;) {
      const now = this.now();
      const stamps = (this.posts.get(key) ?? []).filter((t) => t > now - this.longestWindow);
      this.posts.set(key, stamps);
      let wait = 0;
      for (const { count, windowMs } of this.limits) {
        const inWindow = stamps.filter((t) => t > now - windowMs).length;
        // The oldest of the last `count` posts must leave the window first.
        if (inWindow >= count) wait = Math.max(wait, stamps[stamps.length - count] + windowMs - now);
      }
      if (wait <= 0) {
        stamps.push(now);
        return;
      }
      await this.sleep(wait);
    }
  }
}

function conversationKey(target: ConversationTarget): string {
  return `${target.serviceUrl}|${target.conversationId}`;
}
