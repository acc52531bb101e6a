import { CONTEXT_TTL_MS, type ConversationContextRepository } from "../domain/conversationContext.js";
import type { Clock } from "../domain/clock.js";
import type { Logger } from "../logger.js";

const PRUNE_EVERY_MS = 3_600_000;

/**
 * Deletes conversation subjects past their ten minutes, hourly (reads already ignore them; this
 * keeps the table small). Every instance prunes; the timer does not keep the process alive.
 */
export function scheduleContextPruning(
  contexts: ConversationContextRepository,
  clock: Clock,
  log: Logger,
): () => Promise<void> {
  const timer = setInterval(() => {
    void contexts.prune(new Date(clock().getTime() - CONTEXT_TTL_MS)).then(
      (deleted) => {
        if (deleted > 0) log.info("old conversation contexts pruned", { deleted });
      },
      (error: unknown) =>
        log.warn("old conversation contexts not pruned", { error: String((error as Error)?.message) }),
    );
  }, PRUNE_EVERY_MS);
  timer.unref();
  return async () => clearInterval(timer);
}
