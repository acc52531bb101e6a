import type { Request } from "restify";
import { createRemoteJWKSet, jwtVerify, errors as joseErrors, type JWTPayload } from "jose";
import type { ApiAuthConfig } from "../config/config.js";
import { UnauthenticatedError, UnavailableError } from "../domain/errors.js";
import { bookingHandlerRule, editorRule, type EditorCandidate } from "../domain/editors.js";
import type { Actor } from "../domain/repositories.js";
import type { Logger } from "../logger.js";

/**
 * The caller of an /api request: who (oid + tid), whether they may write, whether they handle
 * Borgertun requests (the same rule as the bot's), and how we know.
 */
export type Principal = Actor & { isEditor: boolean; isBookingHandler: boolean; mode: "local" | "entra" };

/** Turns a request into a Principal or throws UnauthenticatedError (UnavailableError when the key set cannot be read). */
export interface ApiAuthenticator {
  authenticate(req: Request): Promise<Principal>;
}

/** The scope the tab asks for when it gets a token for this API. */
export const REQUIRED_SCOPE = "access_as_user";

/** The local-mode caller: everyone is this editor. */
export const LOCAL_PRINCIPAL: Principal = Object.freeze({
  oid: "local-user",
  tid: "local",
  name: "Lokal utvikler",
  isEditor: true,
  isBookingHandler: true,
  mode: "local" as const,
});

const CLOCK_TOLERANCE_SECONDS = 5 * 60;

function unauthorized(message: string): UnauthenticatedError {
  return new UnauthenticatedError(message);
}

/**
 * Builds the authenticator for the configured mode. In Entra mode a bearer token must be an
 * RS256 access token for this API (aud = the client id or the configured Application ID URI,
 * exactly), from one of the
 * configured issuers and the configured tenant, with the `access_as_user` scope. Editors are
 * recognised by object id AND tenant id; names and e-mail addresses never decide anything.
 */
export function createApiAuthenticator(
  config: ApiAuthConfig,
  editorObjectIds: readonly string[],
  log?: Logger,
  borgertunHandlerObjectIds: readonly string[] = [],
): ApiAuthenticator {
  if (config.mode === "local") {
    let warned = false;
    return {
      async authenticate() {
        if (!warned) {
          warned = true;
          log?.warn(
            "API in local mode: every caller is treated as an editor (set ENTRA_CLIENT_ID and ENTRA_TENANT_ID)",
          );
        }
        return LOCAL_PRINCIPAL;
      },
    };
  }
  const jwks = createRemoteJWKSet(new URL(config.jwksUrl), { timeoutDuration: 5_000 });
  const settings = { mode: "entra" as const, tenantId: config.tenantId, editorObjectIds };
  const rules = {
    isEditor: editorRule(settings),
    isBookingHandler: bookingHandlerRule(settings, borgertunHandlerObjectIds),
  };
  return {
    async authenticate(req) {
      const token = bearerToken(req);
      const payload = await verify(token, jwks, config, log);
      return principalFrom(payload, config, rules);
    },
  };
}

function bearerToken(req: Request): string {
  const header = req.headers.authorization;
  if (!header) throw unauthorized("Missing Authorization header: send 'Authorization: Bearer <token>'");
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)\s*$/i.exec(header);
  if (!match) throw unauthorized("Authorization header must be 'Bearer <token>'");
  return match[1];
}

async function verify(
  token: string,
  jwks: ReturnType<typeof createRemoteJWKSet>,
  config: Extract<ApiAuthConfig, { mode: "entra" }>,
  log?: Logger,
): Promise<JWTPayload> {
  try {
    const { payload } = await jwtVerify(token, jwks, {
      algorithms: ["RS256"],
      issuer: config.issuers,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ["exp", "tid", "oid"],
    });
    return payload;
  } catch (error) {
    throw mapVerifyError(error, log);
  }
}

/** Maps jose's errors to caller-safe messages; key material and internals stay in the log. */
function mapVerifyError(error: unknown, log?: Logger): UnauthenticatedError | UnavailableError {
  if (error instanceof joseErrors.JWTExpired) return unauthorized("Token has expired");
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === "iss") return unauthorized("Token issuer is not accepted");
    if (error.claim === "nbf") return unauthorized("Token is not yet valid");
    return unauthorized(`Token claim '${error.claim}' is missing or invalid`);
  }
  if (error instanceof joseErrors.JWSSignatureVerificationFailed || error instanceof joseErrors.JWKSNoMatchingKey) {
    return unauthorized("Token signature is not valid");
  }
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return unauthorized("Token algorithm is not accepted");
  if (error instanceof joseErrors.JWSInvalid || error instanceof joseErrors.JWTInvalid)
    return unauthorized("Token is malformed");
  if (
    error instanceof joseErrors.JWKSTimeout ||
    error instanceof joseErrors.JWKSInvalid ||
    isKeySetFetchFailure(error)
  ) {
    log?.error("cannot read the Entra signing keys", { error: (error as Error).message });
    return new UnavailableError("auth_unavailable", "Sign-in cannot be checked right now; try again shortly");
  }
  log?.debug("token rejected", { error: (error as Error)?.message });
  return unauthorized("Token is not valid");
}

function isKeySetFetchFailure(error: unknown): boolean {
  // jose reports a non-200 key set answer, and fetch reports a refused connection, as generic errors.
  return error instanceof joseErrors.JOSEError ? /JSON Web Key Set/i.test(error.message) : error instanceof TypeError;
}

/**
 * Exact matches only: a suffix test would let in a token minted for another app whose URI merely
 * ends with our client id (`https://evil.example/<client id>`).
 */
export function audienceMatches(aud: JWTPayload["aud"], accepted: readonly string[]): boolean {
  const list = Array.isArray(aud) ? aud : aud ? [aud] : [];
  return list.some((a) => typeof a === "string" && accepted.includes(a));
}

function principalFrom(
  payload: JWTPayload,
  config: Extract<ApiAuthConfig, { mode: "entra" }>,
  rules: Record<"isEditor" | "isBookingHandler", (who: EditorCandidate) => boolean>,
): Principal {
  if (!audienceMatches(payload.aud, [config.clientId, config.appIdUri]))
    throw unauthorized("Token is not meant for this API (audience)");
  const tid = String(payload.tid ?? "");
  if (tid.toLowerCase() !== config.tenantId.toLowerCase()) throw unauthorized("Token is from another tenant");
  const scopes = typeof payload.scp === "string" ? payload.scp.split(" ") : [];
  if (!scopes.includes(REQUIRED_SCOPE)) throw unauthorized(`Token lacks the '${REQUIRED_SCOPE}' scope`);
  const oid = String(payload.oid ?? "");
  if (!oid) throw unauthorized("Token has no object id (oid)");
  const name = typeof payload.name === "string" && payload.name.trim() ? payload.name.trim() : oid;
  return {
    oid,
    tid,
    name,
    isEditor: rules.isEditor({ oid, tid }),
    isBookingHandler: rules.isBookingHandler({ oid, tid }),
    mode: "entra",
  };
}
