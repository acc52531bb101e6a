import pRetry, { AbortError } from "p-retry";
import type { ConversationTarget } from "../domain/conversations.js";
import { DeliveryError, type PostedActivity } from "../domain/reminderSender.js";
import type { SendBudget } from "./sendBudget.js";

/** One request to Teams (a post, a card update, a reply): one HTTP request, no retries of its own. */
export type TeamsRequest = () => Promise<PostedActivity | void>;

/** Waits and limits of the sender; real time in production, virtual time in tests. */
export interface SenderTiming {
  /** Milliseconds for waits (the budget's windows are about when requests reach Teams). */
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  /** Requests per post, the first included. */
  maxTries: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** Longest wait (Retry-After, budget) sat out inline; a longer one puts the post back for later. */
  maxInlineWaitMs: number;
}

export const DEFAULT_SENDER_TIMING: SenderTiming = {
  now: Date.now,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
  maxTries: 3,
  backoffBaseMs: 2_000,
  backoffMaxMs: 20_000,
  maxInlineWaitMs: 10_000,
};

/** The post cannot be made now: try again from `untilMs` (sender time). */
export class RetryLaterError extends Error {
  constructor(
    readonly untilMs: number,
    message: string,
  ) {
    super(message);
    this.name = "RetryLaterError";
  }
}

/**
 * The one sender: every request to Teams goes through here, in order, each after the fencing
 * check and within Teams' limits (SendBudget). p-retry runs the tries: 429/412/5xx/timeouts are
 * retried up to `maxTries` requests, after the Retry-After Teams sent (or a backoff with jitter),
 * kept as a pause of the conversation so that nothing else is posted there meanwhile; a wait
 * longer than `maxInlineWaitMs` ends in RetryLaterError. 403/404 (DeliveryError.targetGone) and
 * other answers end at once. A failed fencing check ends everything with its error.
 */
export class OneSender {
  constructor(
    private readonly budget: SendBudget,
    private readonly fence: () => Promise<void>,
    readonly t: SenderTiming = DEFAULT_SENDER_TIMING,
  ) {}

  /** Makes the requests in order; the answers and how many requests that took (retries included). */
  async post(
    target: ConversationTarget,
    requests: readonly TeamsRequest[],
  ): Promise<{ answers: (PostedActivity | void)[]; posts: number }> {
    const answers: (PostedActivity | void)[] = [];
    let posts = 0;
    for (const request of requests) {
      const answer = await pRetry(
        async (attempt) => {
          await this.turn(target);
          posts++;
          try {
            return await request();
          } catch (raw) {
            throw this.verdict(target, raw, attempt);
          }
        },
        // The waits are the budget's (a pause per conversation), on the sender's clock: none in p-retry.
        { retries: this.t.maxTries - 1, minTimeout: 0 },
      );
      answers.push(answer);
    }
    return { answers, posts };
  }

  /** Waits (at most `maxInlineWaitMs`) until the budget allows a request, passes the fence, and counts it. */
  private async turn(target: ConversationTarget): Promise<void> {
    for (;;) {
      const wait = this.budget.waitMs(target, this.t.now());
      if (wait > this.t.maxInlineWaitMs)
        throw new AbortError(new RetryLaterError(this.t.now() + wait, "Teams' limits for this conversation"));
      if (wait > 0) {
        await this.t.sleep(wait);
        continue;
      }
      await this.fence().catch((error: Error) => {
        throw new AbortError(error);
      });
      // The fence took a moment: the budget is checked and taken again with no await between.
      if (this.budget.waitMs(target, this.t.now()) > 0) continue;
      this.budget.take(target, this.t.now());
      return;
    }
  }

  /** What a failed request means: retried after a pause, or ended (AbortError) with the error the caller sees. */
  private verdict(target: ConversationTarget, raw: unknown, attempt: number): Error {
    const error = raw instanceof DeliveryError ? raw : new DeliveryError(String((raw as Error)?.message ?? raw), 0);
    if (!error.retryable) return new AbortError(error);
    const nominal = Math.min(this.t.backoffMaxMs, this.t.backoffBaseMs * 2 ** (attempt - 1));
    const wait = error.retryAfterMs ?? Math.round(nominal * (0.8 + 0.4 * this.t.random()));
    const until = this.t.now() + wait;
    this.budget.pause(target.id, until);
    if (wait > this.t.maxInlineWaitMs) return new AbortError(new RetryLaterError(until, error.message));
    return error;
  }
}
