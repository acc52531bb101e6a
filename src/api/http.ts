import type { Request, Response } from "restify";
import { ForbiddenError, InvalidRequestError, PreconditionRequiredError, ValidationError } from "../domain/errors.js";
import type { output, ZodTypeAny } from "zod";
import { checkInput, parseInput } from "../contract/parse.js";
import type { Versioned } from "../domain/repositories.js";
import type { ApiAuthenticator, Principal } from "./auth.js";

/** An entity as the API returns it: the value with its version token. */
export type WithEtag<T> = T & { etag: string };

/** Flattens a stored value and its etag into one JSON object. */
export function withEtag<T extends object>(v: Versioned<T>): WithEtag<T> {
  return { ...v.value, etag: v.etag };
}

/** Sends JSON with no caching (answers depend on the caller and change with every write). */
export function sendJson(res: Response, status: number, body: unknown, etag?: string): void {
  res.header("Cache-Control", "no-store");
  if (etag) res.header("ETag", etag);
  res.send(status, body);
}

/** The caller, or 401. */
export function requireUser(auth: ApiAuthenticator, req: Request): Promise<Principal> {
  return auth.authenticate(req);
}

/** The caller if they may write, else 403 (after 401 for no/bad token). */
export async function requireEditor(auth: ApiAuthenticator, req: Request): Promise<Principal> {
  const principal = await auth.authenticate(req);
  if (!principal.isEditor) throw new ForbiddenError("Only editors may change data / Bare redaktører kan endre data");
  return principal;
}

/** The If-Match header of an update, or 428 when it is missing. */
export function requireIfMatch(req: Request): string {
  const value = req.headers["if-match"];
  const etag = Array.isArray(value) ? value[0] : value;
  if (!etag || !etag.trim()) {
    throw new PreconditionRequiredError("If-Match header with the entity's etag is required for updates");
  }
  return etag.trim();
}

/**
 * The JSON body as `schema` (src/contract) describes it, or 400 validation_failed naming each
 * field that is not. No body at all counts as `{}`.
 */
export function parseBody<S extends ZodTypeAny>(schema: S, req: Request): output<S> {
  const body: unknown = req.body;
  return parseInput(schema, body === undefined || body === null || body === "" ? {} : body);
}

/**
 * A route parameter (restify decodes it); with `schema` (an id or key of src/contract/values.ts),
 * 400 validation_failed naming the parameter when it is not of that shape.
 */
export function param(req: Request, name: string, schema?: ZodTypeAny): string {
  const value = (req.params as Record<string, string | undefined>)[name];
  if (!value) throw new InvalidRequestError("bad_request", `Missing ${name}`);
  const checked = schema ? checkInput(schema, value) : undefined;
  if (checked && !checked.ok) throw new ValidationError(checked.issues.map((i) => ({ ...i, field: name })));
  return value;
}

/** A single query string value ("" and arrays count as absent / first). */
export function queryValue(req: Request, name: string): string | undefined {
  const raw = (req.query as Record<string, unknown> | undefined)?.[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === "string" && value !== "" ? value : undefined;
}
