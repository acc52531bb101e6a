/** Real waiting; tests inject a virtual one. */
export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Exponential backoff with jitter. */
export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
  /** ± fraction, e.g. 0.2. */
  jitter: number;
  /** In [0, 1). */
  random: () => number;
}

/** base·2^(attempt−1), capped at max, ± jitter. `attempt` starts at 1. */
export function backoffDelay(attempt: number, opts: BackoffOptions): number {
  const nominal = Math.min(opts.maxMs, opts.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(nominal * (1 + opts.jitter * (2 * opts.random() - 1)));
}

/** How {@link retryUntil} waits and when it gives up. */
export interface RetryUntilOptions extends BackoffOptions {
  /** Milliseconds clock for the deadline. */
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Absolute ms after which the last error is thrown. */
  deadline: number;
  /** Errors that must not be retried (lost lease, bad request). */
  fatal: (error: unknown) => boolean;
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

/**
 * Runs `fn` until it succeeds, a fatal error is thrown, or the deadline passes. Used for storage
 * writes that must outlast a short outage (the Azure SDK's own retries give up after ~6 s).
 */
export async function retryUntil<T>(fn: () => Promise<T>, opts: RetryUntilOptions): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (opts.fatal(error)) throw error;
      const delay = backoffDelay(attempt, opts);
      if (opts.now() + delay > opts.deadline) throw error;
      opts.onRetry?.(error, attempt, delay);
      await opts.sleep(delay);
    }
  }
}
