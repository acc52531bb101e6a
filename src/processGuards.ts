import type { Logger } from "./logger.js";
import { answerUncaught } from "./server/requestScope.js";
import { redactQueries } from "./server/redact.js";

/**
 * The last resort of the process: an exception nobody caught, or a promise rejection nobody
 * handled, is logged in one line and the service keeps serving. No request may end the
 * process (Teams and browsers reach it from the internet), so an exception traced to a request
 * answers that request 500 (logged by the HTTP error handler) and the others go on; one from
 * elsewhere (a timer) is logged here. The reminder scheduler and storage calls handle their
 * own errors, so what arrives here is a bug to fix, not a state to recover from.
 */
export function installProcessGuards(log: Logger, proc: NodeJS.Process = process): void {
  proc.on("uncaughtException", (error, origin) => {
    try {
      if (answerUncaught(error, log)) return;
      log.error("uncaught exception; the service keeps running", { origin, ...describe(error) });
    } catch (failure) {
      // Throwing from this listener would end the process: the last word goes to stderr.
      proc.stderr.write(`uncaught exception, and logging it failed: ${String(failure)}\n`);
    }
  });
  proc.on("unhandledRejection", (reason) => {
    try {
      log.error("unhandled promise rejection; the service keeps running", describe(reason));
    } catch (failure) {
      proc.stderr.write(`unhandled rejection, and logging it failed: ${String(failure)}\n`);
    }
  });
}

function describe(error: unknown): { error: string; stack?: string } {
  if (!(error instanceof Error)) return { error: redactQueries(String(error)) };
  return { error: redactQueries(`${error.name}: ${error.message}`), stack: redactQueries(error.stack) };
}
