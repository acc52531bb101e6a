/** Base of the errors the domain raises on purpose; anything else is a bug (500). */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;
}

/** Input that breaks a rule; `issues` says which field and why. */
export class ValidationError extends DomainError {
  readonly status = 400;
  readonly code = "validation_failed";
  constructor(readonly issues: { field: string; message: string }[]) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join("; "));
  }
}

export class NotFoundError extends DomainError {
  readonly status = 404;
  readonly code = "not_found";
}

/** A write based on a stale version (ETag mismatch). `current` is the newer stored value. */
export class ConflictError extends DomainError {
  readonly status = 412;
  readonly code = "precondition_failed";
  constructor(message: string, readonly current?: unknown, readonly currentEtag?: string) {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  readonly status = 403;
  readonly code = "forbidden";
}
