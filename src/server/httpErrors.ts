import type { Request, Response, Server } from "restify";
import { DomainError, ValidationError, ConflictError } from "../domain/errors.js";
import type { Logger } from "../logger.js";
import { redactQueries, redactUrl } from "./redact.js";

/** JSON body of every error response. */
export interface ErrorBody {
  error: { code: string; message: string; issues?: { field: string; message: string }[] };
  current?: unknown;
  etag?: string;
}

/** Error with an HTTP status that is safe to show the caller (4xx). */
export class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** Maps any error to status + body (+ headers such as Retry-After). Internals of 5xx errors never reach the caller. */
export function toErrorResponse(err: unknown): { status: number; body: ErrorBody; headers?: Record<string, string> } {
  if (err instanceof ConflictError) {
    return { status: 412, body: { error: { code: err.code, message: err.message }, current: err.current, etag: err.currentEtag } };
  }
  if (err instanceof ValidationError) {
    return { status: 400, body: { error: { code: err.code, message: err.message, issues: err.issues } } };
  }
  if (err instanceof DomainError || err instanceof HttpError) {
    // A temporary failure (storage down) says when to come back.
    const retryAfter = (err as { retryAfterSeconds?: unknown }).retryAfterSeconds;
    const headers = typeof retryAfter === "number" ? { "Retry-After": String(retryAfter) } : undefined;
    return { status: err.status, body: { error: { code: err.code, message: err.message } }, ...(headers ? { headers } : {}) };
  }
  const restifyStatus = (err as { statusCode?: number })?.statusCode;
  if (restifyStatus && restifyStatus >= 400 && restifyStatus < 500) {
    const name = (err as { restCode?: string; name?: string }).restCode ?? "bad_request";
    return { status: restifyStatus, body: { error: { code: snake(name), message: (err as Error).message } } };
  }
  return { status: 500, body: { error: { code: "internal", message: "Internal server error" } } };
}

function snake(s: string): string {
  return s.replace(/Error$/, "").replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase() || "bad_request";
}

/** Installs the one HTTP error handler of the service. */
export function installErrorHandler(server: Server, log: Logger): void {
  server.on("restifyError", (req: Request, res: Response, err: Error, callback: () => void) => {
    const { status, body, headers } = toErrorResponse(err);
    for (const [name, value] of Object.entries(headers ?? {})) res.header(name, value);
    // Query strings and messages quoting the URL may hold the calendar feed token: redacted.
    const where = { method: req.method, url: redactUrl(req.url) };
    if (status === 503) log.warn("request refused: storage unavailable", { ...where, error: redactQueries(err.message) });
    else if (status >= 500) log.error("request failed", { ...where, error: redactQueries(err.message), stack: redactQueries(err.stack) });
    else log.info("request rejected", { ...where, status, error: redactQueries(err.message) });
    if (res.headersSent) {
      // The answer had started: no status can be sent any more, and restify's attempt would throw.
      (res as unknown as { _sent: boolean })._sent = true;
      if (!res.writableEnded) res.destroy();
      return callback();
    }
    // Replace restify's own formatting so every error has the same JSON shape.
    (err as unknown as { toJSON: () => unknown }).toJSON = () => body;
    (err as unknown as { statusCode: number }).statusCode = status;
    (err as unknown as { body: unknown }).body = body;
    res.status(status);
    return callback();
  });
}
