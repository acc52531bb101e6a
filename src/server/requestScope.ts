import { AsyncLocalStorage } from "node:async_hooks";
import type { Request, Response } from "restify";
import type { Logger } from "../logger.js";
import { redactQueries, redactUrl } from "./redact.js";

/** What the last-resort handler needs to answer the request whose code threw. */
interface RequestScope {
  req: Request;
  res: Response;
  onError: (err: unknown) => void;
}

const scope = new AsyncLocalStorage<RequestScope>();

/**
 * restify's `handleUncaughtExceptions` hook: runs the request's handler chain inside an async
 * scope, so an exception thrown anywhere below it (a handler runs in process.nextTick, a timer,
 * an emitter without an error listener) can be traced back to its request. This replaces
 * restify's domain-based default, which costs about 60% of the throughput of a small route;
 * AsyncLocalStorage costs a few percent.
 */
export function runInRequestScope(
  req: Request,
  res: Response,
  onError: (err: unknown) => void,
  next: (req: Request, res: Response) => void,
): void {
  scope.run({ req, res, onError }, () => next(req, res));
}

/**
 * Answers the request an uncaught exception came from: 500 through the one error handler, which
 * logs it once and hides the internals. Returns false when the exception belongs to no request
 * (a timer of the scheduler, startup), so the caller logs it itself.
 */
export function answerUncaught(err: unknown, log: Logger): boolean {
  const current = scope.getStore();
  if (!current) return false;
  const { req, res } = current;
  if (res.headersSent) {
    const where = { method: req.method, url: redactUrl(req.url), error: redactQueries(errorText(err)) };
    log.error("request failed after its answer had started", where);
    // A cut-off answer must not look complete; a finished one (keep-alive socket) is left alone.
    if (!res.writableEnded) res.destroy();
    return true;
  }
  current.onError(err instanceof Error ? err : new Error(String(err)));
  return true;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
