/**
 * The errors the application raises on purpose; anything else is a bug (500). They say what went
 * wrong, not how a protocol reports it: src/server/httpErrors.ts is the one place that maps them
 * to HTTP statuses, so services, the API's helpers and the bot can throw them without knowing HTTP.
 */
export abstract class DomainError extends Error {
  /** A stable, machine-readable code, shown to callers (`error.code` in JSON answers). */
  abstract readonly code: string;
}

/** Input that breaks a rule; `issues` says which field and why. */
export class ValidationError extends DomainError {
  readonly code = "validation_failed";
  constructor(readonly issues: { field: string; message: string }[]) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join("; "));
  }
}

/** Input that cannot be read at all (no fields to blame), e.g. a malformed bot activity; `code` names the case. */
export class InvalidRequestError extends DomainError {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The caller could not be identified (no, bad or expired credentials). */
export class UnauthenticatedError extends DomainError {
  readonly code = "unauthorized";
}

/** The caller is known but may not do this (e.g. write without being an editor). */
export class ForbiddenError extends DomainError {
  readonly code = "forbidden";
}

export class NotFoundError extends DomainError {
  readonly code = "not_found";
}

/** A create whose id is already taken (a plan period, an event, a table row). */
export class AlreadyExistsError extends DomainError {
  readonly code = "already_exists";
}

/** A write based on a stale version (ETag mismatch). `current` is the newer stored value. */
export class ConflictError extends DomainError {
  readonly code = "precondition_failed";
  constructor(
    message: string,
    readonly current?: unknown,
    readonly currentEtag?: string,
  ) {
    super(message);
  }
}

/** A write that names no version to check against (optimistic concurrency needs one). */
export class PreconditionRequiredError extends DomainError {
  readonly code = "precondition_required";
}

/**
 * Something the service depends on (storage, the sign-in keys) cannot answer now: a temporary
 * condition, not a bug. `retryAfterSeconds`, when set, says when to come back.
 */
export class UnavailableError extends DomainError {
  constructor(
    readonly code: string,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}
