import type { Logger } from "../logger.js";
import { isStorageUnavailable, storageErrorReason, storageStatus } from "./errors.js";

/** Storage did not become usable within the start-up budget; the message is one line, for the exit. */
export class StorageStartupError extends Error {
  constructor(
    message: string,
    readonly reason: string,
  ) {
    super(message);
    this.name = "StorageStartupError";
  }
}

/** How long start-up waits for storage, and how often it asks. */
export interface StartupRetryOptions {
  log: Logger;
  /** Give up after this long (default 60 s). */
  timeoutMs?: number;
  /** First pause between attempts (default 1 s); doubles up to 5 s. */
  firstDelayMs?: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const MAX_DELAY_MS = 5_000;

/** Errors worth another try at start-up: anything the table service (or its credential) said or failed to say. */
function isStorageError(error: unknown): boolean {
  return isStorageUnavailable(error) || storageStatus(error) !== undefined;
}

/**
 * Runs `attempt` until it succeeds, logging one line with the reason per failed try. Storage that
 * is still starting, a role assignment that has not propagated or a network blip heal on their
 * own; after `timeoutMs` it throws StorageStartupError, even in the middle of a slow attempt.
 * Errors that are not about storage are thrown at once.
 */
export async function retryStorageStartup<T>(
  what: string,
  attempt: () => Promise<T>,
  options: StartupRetryOptions,
): Promise<T> {
  const { log } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const started = Date.now();
  const deadline = started + timeoutMs;
  let delay = options.firstDelayMs ?? 1_000;
  let reason = "no attempt finished";
  for (let n = 1; ; n++) {
    const outcome = await within(deadline - Date.now(), attempt);
    if (outcome.kind === "ok") return outcome.value;
    if (outcome.kind === "error") {
      if (!isStorageError(outcome.error)) throw outcome.error;
      reason = storageErrorReason(outcome.error);
    }
    const left = deadline - Date.now();
    if (outcome.kind === "timeout" || left <= 0) {
      const seconds = Math.round((Date.now() - started) / 1000);
      throw new StorageStartupError(
        `Storage is not reachable (${what}): gave up after ${seconds} s and ${n} attempts; last reason: ${reason}`,
        reason,
      );
    }
    const wait = Math.min(delay, left);
    log.warn("storage not ready, retrying", { step: what, attempt: n, reason, retryInMs: wait });
    await sleep(wait);
    delay = Math.min(delay * 2, MAX_DELAY_MS);
  }
}

type Outcome<T> = { kind: "ok"; value: T } | { kind: "error"; error: unknown } | { kind: "timeout" };

/** The attempt's outcome, or "timeout" when `ms` pass first (the attempt is left to finish on its own). */
async function within<T>(ms: number, attempt: () => Promise<T>): Promise<Outcome<T>> {
  if (ms <= 0) return { kind: "timeout" };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Outcome<T>>((resolve) => {
    timer = setTimeout(() => resolve({ kind: "timeout" }), ms);
  });
  const run = attempt().then(
    (value): Outcome<T> => ({ kind: "ok", value }),
    (error: unknown): Outcome<T> => ({ kind: "error", error }),
  );
  try {
    return await Promise.race([run, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
