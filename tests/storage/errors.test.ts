import { describe, expect, it } from "vitest";
import { RestError } from "@azure/data-tables";
import { AlreadyExistsError, UnavailableError } from "../../src/domain/errors.js";
import { toErrorResponse } from "../../src/server/httpErrors.js";
import {
  isStorageUnavailable,
  isTableMissing,
  storageErrorReason,
  StorageUnavailableError,
  toStorageError,
} from "../../src/storage/errors.js";

const rest = (message: string, opts: { code?: string; statusCode?: number }) => new RestError(message, opts);
const named = (name: string, message = "x") => Object.assign(new Error(message), { name });
const coded = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:9`), { code });

describe("isTableMissing", () => {
  it.each<[string, unknown, boolean]>([
    ["TableNotFound as the SDK's code", rest("no table", { statusCode: 404, code: "TableNotFound" }), true],
    [
      "TableNotFound in the details (Azurite)",
      Object.assign(rest("no table", { statusCode: 404 }), { details: { errorCode: "TableNotFound" } }),
      true,
    ],
    ["a missing row", rest("not found", { statusCode: 404, code: "ResourceNotFound" }), false],
    ["a 503", rest("busy", { statusCode: 503, code: "TableNotFound" }), false],
  ])("%s → %s", (_name, error, expected) => expect(isTableMissing(error)).toBe(expected));
});

describe("isStorageUnavailable", () => {
  it.each<[string, unknown, boolean]>([
    ["a refused connection", rest("connect ECONNREFUSED 127.0.0.1:9", { code: "ECONNREFUSED" }), true],
    ["a reset connection", rest("socket hang up", { code: "ECONNRESET" }), true],
    ["an SDK error without status or code", rest("request failed", {}), true],
    ["a 503 ServerBusy", rest("busy", { statusCode: 503, code: "ServerBusy" }), true],
    ["a 500", rest("<?xml …>", { statusCode: 500 }), true],
    ["a 408", rest("timeout", { statusCode: 408 }), true],
    ["an aborted (timed out) try", named("AbortError", "The operation was aborted."), true],
    ["a managed identity that cannot be reached", named("CredentialUnavailableError"), true],
    ["a plain network error", coded("ETIMEDOUT"), true],
    ["a 404", rest("not found", { statusCode: 404, code: "ResourceNotFound" }), false],
    ["a 409", rest("exists", { statusCode: 409, code: "EntityAlreadyExists" }), false],
    ["a 412", rest("stale", { statusCode: 412 }), false],
    ["a 403", rest("denied", { statusCode: 403, code: "AuthorizationFailure" }), false],
    ["a file-system error", coded("ENOENT"), false],
    ["a bug", new TypeError("x is not a function"), false],
    ["a domain error", new AlreadyExistsError("taken"), false],
    ["not an error", "ECONNREFUSED", false],
  ])("%s → %s", (_name, error, expected) => {
    expect(isStorageUnavailable(error)).toBe(expected);
    const mapped = toStorageError(error);
    if (expected) expect(mapped).toBeInstanceOf(StorageUnavailableError);
    else expect(mapped).toBe(error);
  });
});

describe("storageErrorReason", () => {
  it.each<[unknown, string]>([
    [rest("connect ECONNREFUSED 127.0.0.1:9", { code: "ECONNREFUSED" }), "ECONNREFUSED"],
    [
      rest('<?xml version="1.0"?>\n<Error><Code>AuthorizationFailure</Code></Error>', {
        statusCode: 403,
        code: "AuthorizationFailure",
      }),
      "HTTP 403 AuthorizationFailure",
    ],
    [
      named("CredentialUnavailableError", "ManagedIdentityCredential: no endpoint\n    at x (y.js:1)"),
      "CredentialUnavailableError: ManagedIdentityCredential: no endpoint",
    ],
    [new Error("<Error>first line</Error>\nsecond"), "first line"],
  ])("is one short line for %s", (error, expected) => {
    const reason = storageErrorReason(error);
    expect(reason).toBe(expected);
    expect(reason).not.toContain("\n");
  });

  it("is what a StorageUnavailableError carries, and its caller-facing message says nothing internal", () => {
    const error = toStorageError(
      rest("connect ECONNREFUSED 10.0.0.5:443", { code: "ECONNREFUSED" }),
    ) as StorageUnavailableError;
    expect(error.reason).toBe("ECONNREFUSED");
    expect(error).toBeInstanceOf(UnavailableError);
    expect(error.code).toBe("storage_unavailable");
    expect(toErrorResponse(error)).toMatchObject({
      status: 503,
      headers: { "Retry-After": String(error.retryAfterSeconds) },
    });
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
    expect(error.message).not.toMatch(/ECONNREFUSED|10\.0\.0\.5/);
  });
});
