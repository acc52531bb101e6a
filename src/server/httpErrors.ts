import type { Request, Response, Server } from "restify";
import {
  AlreadyExistsError,
  ConflictError,
  DomainError,
  ForbiddenError,
  InvalidRequestError,
  NotFoundError,
  PreconditionRequiredError,
  UnauthenticatedError,
  UnavailableError,
  ValidationError,
} from "../domain/errors.js";
import type { Logger } from "../logger.js";
import { redactQueries, redactUrl } from "./redact.js";

/** JSON body of every error response. */
export interface ErrorBody {
  error: { code: string; message: string; issues?: { field: string; message: string }[] };
  current?: unknown;
  etag?: string;
}

/**
 * Error with an HTTP status that is safe to show the caller (4xx), for the HTTP plumbing itself
 * (body reading, static files); everything above it throws the typed errors of src/domain/errors.ts.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The HTTP status of each typed error: the one place where "what went wrong" becomes a status
 * code. The first class an error is an instance of wins, so subclasses (StorageUnavailableError
 * is an UnavailableError) inherit their parent's status.
 */
const STATUS_OF: readonly [abstract new (...args: never[]) => DomainError, number][] = [
  [ValidationError, 400],
  [InvalidRequestError, 400],
  [UnauthenticatedError, 401],
  [ForbiddenError, 403],
  [NotFoundError, 404],
  [AlreadyExistsError, 409],
  [ConflictError, 412],
  [PreconditionRequiredError, 428],
  [UnavailableError, 503],
];

/** The status of a domain error; one that no row names is a bug, so 500. */
function statusOf(err: DomainError): number {
  return STATUS_OF.find(([type]) => err instanceof type)?.[1] ?? 500;
}

/** Maps any error to status + body (+ headers such as Retry-After). Internals of 5xx errors never reach the caller. */
export function toErrorResponse(err: unknown): { status: number; body: ErrorBody; headers?: Record<string, string> } {
  if (err instanceof DomainError) {
    const status = statusOf(err);
    if (status >= 500 && !(err instanceof UnavailableError)) return internal();
    const error = {
      code: err.code,
      message: err.message,
      ...(err instanceof ValidationError ? { issues: err.issues } : {}),
    };
    if (err instanceof ConflictError) return { status, body: { error, current: err.current, etag: err.currentEtag } };
    // A temporary failure (storage down) says when to come back.
    const retryAfter = err instanceof UnavailableError ? err.retryAfterSeconds : undefined;
    return {
      status,
      body: { error },
      ...(retryAfter !== undefined ? { headers: { "Retry-After": String(retryAfter) } } : {}),
    };
  }
  if (err instanceof HttpError)
    return { status: err.status, body: { error: { code: err.code, message: err.message } } };
  const restifyStatus = (err as { statusCode?: number })?.statusCode;
  if (restifyStatus && restifyStatus >= 400 && restifyStatus < 500) {
    const name = (err as { restCode?: string; name?: string }).restCode ?? "bad_request";
    return { status: restifyStatus, body: { error: { code: snake(name), message: (err as Error).message } } };
  }
  return internal();
}

function internal(): { status: number; body: ErrorBody } {
  return { status: 500, body: { error: { code: "internal", message: "Internal server error" } } };
}

function snake(s: string): string {
  return (
    s
      .replace(/Error$/, "")
      .replace(/([a-z])([A-Z])/g, "$1_$2")
      .toLowerCase() || "bad_request"
  );
}

/** Installs the one HTTP error handler of the service. */
export function installErrorHandler(server: Server, log: Logger): void {
  server.on("restifyError", (req: Request, res: Response, err: Error, callback: () => void) => {
    const { status, body, headers } = toErrorResponse(err);
    for (const [name, value] of Object.entries(headers ?? {})) res.header(name, value);
    // Query strings and messages quoting the URL may hold the calendar feed token: redacted.
    const where = { method: req.method, url: redactUrl(req.url) };
    if (status === 503)
      log.warn("request refused: storage unavailable", { ...where, error: redactQueries(err.message) });
    else if (status >= 500)
      log.error("request failed", { ...where, error: redactQueries(err.message), stack: redactQueries(err.stack) });
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
