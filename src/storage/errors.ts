import { RestError } from "@azure/data-tables";
import { UnavailableError } from "../domain/errors.js";

/**
 * Table Storage cannot be reached or keeps failing (connection refused or reset, timeout, no
 * credential, 5xx after the SDK's retries). Callers answer 503 and ask to retry later.
 */
export class StorageUnavailableError extends UnavailableError {
  /** A one-line reason for logs, e.g. "ECONNREFUSED" or "HTTP 503 ServerBusy"; never shown to callers. */
  readonly reason: string;
  constructor(reason: string) {
    // Retry-After: 10 s, a client should wait that long before trying again.
    super("storage_unavailable", "Storage is not reachable right now; try again shortly", 10);
    this.reason = reason;
  }
}

/** The HTTP status of an Azure SDK error, if it is one. */
export function storageStatus(error: unknown): number | undefined {
  if (error instanceof RestError) return error.statusCode;
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === "number" ? status : undefined;
}

/** True for "the entity/table is not there" (404). */
export const isNotFound = (error: unknown): boolean => storageStatus(error) === 404;

/** True for "the table itself is not there" (404 TableNotFound): storage trouble, not a missing row. */
export function isTableMissing(error: unknown): boolean {
  if (!isNotFound(error)) return false;
  const e = error as { code?: unknown; details?: { errorCode?: unknown } };
  return e.code === "TableNotFound" || e.details?.errorCode === "TableNotFound";
}

/** True for "already exists" (409), e.g. createEntity of a taken key or createTable of an existing table. */
export const isAlreadyExists = (error: unknown): boolean => storageStatus(error) === 409;

/** True for a stale ETag (412 UpdateConditionNotSatisfied). */
export const isPreconditionFailed = (error: unknown): boolean => storageStatus(error) === 412;

// Statuses that say "the service is not able to answer now", not "your request is wrong".
const UNAVAILABLE_STATUSES = new Set([408, 500, 502, 503, 504]);
// Names @azure/identity and fetch/abort give errors that mean "no way to reach storage".
const UNAVAILABLE_NAMES = new Set(["AbortError", "TimeoutError", "CredentialUnavailableError", "AuthenticationError"]);
// Node's socket error codes for a peer that is down, unknown or not answering.
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "REQUEST_SEND_ERROR",
]);

/**
 * True for errors that mean storage is unreachable or down rather than that the request was wrong:
 * an SDK error without an HTTP status (ECONNREFUSED, ECONNRESET, ETIMEDOUT, DNS…), a 408/5xx, a
 * timeout or abort, or a credential that cannot be obtained.
 */
export function isStorageUnavailable(error: unknown): boolean {
  if (error instanceof StorageUnavailableError) return true;
  if (typeof error !== "object" || error === null) return false;
  const status = storageStatus(error);
  if (error instanceof RestError) return status === undefined || UNAVAILABLE_STATUSES.has(status);
  if (status !== undefined) return UNAVAILABLE_STATUSES.has(status);
  const { name, code } = error as { name?: unknown; code?: unknown };
  return (
    (typeof name === "string" && UNAVAILABLE_NAMES.has(name)) || (typeof code === "string" && NETWORK_CODES.has(code))
  );
}

/** A short, one-line description of a storage error for a log line: code or status, never a body or stack. */
export function storageErrorReason(error: unknown): string {
  if (error instanceof StorageUnavailableError) return error.reason;
  const e = (error ?? {}) as { name?: unknown; code?: unknown; statusCode?: unknown; message?: unknown };
  const status = storageStatus(error);
  const code = typeof e.code === "string" ? e.code : undefined;
  if (status !== undefined) return `HTTP ${status}${code ? ` ${code}` : ""}`;
  if (code) return code;
  // Messages can carry an XML error document; keep the first line, cut short.
  const first = String(e.message ?? e.name ?? error)
    .split(/\r?\n/)[0]
    .replace(/<[^>]*>/g, "")
    .trim();
  return (
    (typeof e.name === "string" && e.name !== "Error" && e.name !== "RestError" ? `${e.name}: ` : "") +
    first.slice(0, 160)
  );
}

/** The typed error for an unreachable store; any other error unchanged. */
export function toStorageError(error: unknown): unknown {
  return isStorageUnavailable(error) && !(error instanceof StorageUnavailableError)
    ? new StorageUnavailableError(storageErrorReason(error))
    : error;
}
