import type { ConversationTarget } from "./conversations.js";

/**
 * The port between the reminder scheduler (src/reminders) and whoever posts for it: defined here,
 * so that the bot can implement it and the scheduler use it without either importing the other.
 *
 * Posts one message into a conversation. The production implementation (src/bot/) uses
 * botbuilder's continueConversationAsync; tests post over HTTP to a fake connector.
 * Failures must be thrown as {@link DeliveryError} so that retries and target removal work.
 */
export interface ReminderSender {
  /** Resolves with the id Teams gave the posted message, when it said (kept so the card can be updated later). */
  send(target: ConversationTarget, card: object, text: string): Promise<PostedActivity | void>;
}

/** What Teams answered to a post. */
export interface PostedActivity {
  activityId?: string;
}

/** Connector statuses worth another try (throttled, precondition, gateway trouble). Status 0 = network error. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([0, 412, 429, 502, 503, 504]);

/** Statuses meaning the bot can no longer post there (removed from the team, blocked by the user). */
export const TARGET_GONE_STATUSES: ReadonlySet<number> = new Set([403, 404]);

/** A failed post, with the connector's HTTP status (0 for a network error) and Retry-After. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** Milliseconds the connector asked us to wait (Retry-After), when it said. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "DeliveryError";
  }

  get retryable(): boolean {
    return RETRYABLE_STATUSES.has(this.status);
  }

  get targetGone(): boolean {
    return TARGET_GONE_STATUSES.has(this.status);
  }
}

/** Parses a Retry-After header (seconds or HTTP date) into milliseconds from `now`. */
export function parseRetryAfter(header: string | null | undefined, now: Date = new Date()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}
