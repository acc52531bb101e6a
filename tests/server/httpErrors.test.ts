import { describe, expect, it } from "vitest";
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
} from "../../src/domain/errors.js";
import { HttpError, toErrorResponse } from "../../src/server/httpErrors.js";
import { StorageUnavailableError } from "../../src/storage/errors.js";

/** A domain error that no row of the status table names: a bug, so it must answer like one. */
class UnmappedError extends DomainError {
  readonly code = "unmapped";
}

describe("toErrorResponse: the one place typed errors become statuses", () => {
  it.each<[string, Error, number, string]>([
    ["a broken rule", new ValidationError([{ field: "title", message: "is required" }]), 400, "validation_failed"],
    ["unreadable input", new InvalidRequestError("bad_activity", "no type"), 400, "bad_activity"],
    ["no credentials", new UnauthenticatedError("Token has expired"), 401, "unauthorized"],
    ["no right", new ForbiddenError("Only editors may change data"), 403, "forbidden"],
    ["nothing there", new NotFoundError("No event x"), 404, "not_found"],
    ["a taken id", new AlreadyExistsError("Plan period 2025-2026 already exists"), 409, "already_exists"],
    ["a stale version", new ConflictError("changed by someone else", { id: "x" }, 'W/"2"'), 412, "precondition_failed"],
    ["no version", new PreconditionRequiredError("If-Match header is required"), 428, "precondition_required"],
    ["sign-in keys away", new UnavailableError("auth_unavailable", "try again shortly"), 503, "auth_unavailable"],
    ["storage away", new StorageUnavailableError("ECONNREFUSED"), 503, "storage_unavailable"],
    [
      "the HTTP plumbing's own",
      new HttpError(415, "unsupported_media_type", "Send JSON"),
      415,
      "unsupported_media_type",
    ],
  ])("%s answers its status and code, with the message", (_name, error, status, code) => {
    const answer = toErrorResponse(error);
    expect(answer.status).toBe(status);
    expect(answer.body.error).toMatchObject({ code, message: error.message });
  });

  it.each<[string, Error]>([
    ["a plain bug", new TypeError("cannot read properties of undefined")],
    ["a domain error nobody mapped", new UnmappedError("internal detail")],
  ])("%s is a plain 500 that says nothing", (_name, error) => {
    expect(toErrorResponse(error)).toEqual({
      status: 500,
      body: { error: { code: "internal", message: "Internal server error" } },
    });
  });

  it("gives the issues of a validation error, the current value of a conflict and the Retry-After of an outage", () => {
    const issues = [{ field: "title", message: "is required" }];
    expect(toErrorResponse(new ValidationError(issues)).body.error.issues).toEqual(issues);
    expect(toErrorResponse(new ConflictError("stale", { id: "x" }, 'W/"2"')).body).toMatchObject({
      current: { id: "x" },
      etag: 'W/"2"',
    });
    expect(toErrorResponse(new StorageUnavailableError("ECONNREFUSED")).headers).toEqual({ "Retry-After": "10" });
    expect(toErrorResponse(new UnavailableError("auth_unavailable", "later")).headers).toBeUndefined();
  });
});
