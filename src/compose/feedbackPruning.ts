import type { Logger } from "../logger.js";

const FIRST_PRUNE_MS = 60_000;
const PRUNE_EVERY_MS = 24 * 3_600_000;

/**
 * Prunes feedback past its retention a minute after start (not during start-up), then daily.
 * Every instance prunes; deleting a row another instance already deleted is no error. The timers
 * do not keep the process alive; the returned function stops them.
 */
export function scheduleFeedbackPruning(prune: () => Promise<number>, log: Logger): () => Promise<void> {
  const run = () =>
    void prune().then(
      (deleted) => {
        if (deleted > 0) log.info("old feedback pruned", { deleted });
      },
      (error: unknown) => log.warn("old feedback not pruned", { error: String((error as Error)?.message) }),
    );
  let daily: NodeJS.Timeout | undefined;
  const first = setTimeout(() => {
    run();
    daily = setInterval(run, PRUNE_EVERY_MS);
    daily.unref();
  }, FIRST_PRUNE_MS);
  first.unref();
  return async () => {
    clearTimeout(first);
    if (daily) clearInterval(daily);
  };
}
