import { SignJWT, generateKeyPair, type CryptoKey, type JWTPayload } from "jose";

/** Ids used by the API tests; GUIDs so that the configuration accepts them. */
export const TEST_TENANT_ID = "11111111-2222-4333-8444-555555555555";
export const OTHER_TENANT_ID = "99999999-2222-4333-8444-555555555555";
export const TEST_CLIENT_ID = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee";
export const EDITOR_OID = "00000000-0000-4000-8000-00000000e017";
export const READER_OID = "00000000-0000-4000-8000-0000000000a1";

/** Claims of a token; `null` removes a claim from the defaults. */
export type ClaimOverrides = { [K in keyof TokenClaims]?: TokenClaims[K] | null } & Record<string, unknown>;

interface TokenClaims extends JWTPayload {
  tid: string;
  oid: string;
  scp: string;
  name: string;
}

/**
 * Signs a token shaped like an Entra v2 access token for the tab's API (iss
 * https://login.microsoftonline.com/<tid>/v2.0, aud = client id, scp access_as_user), valid
 * for an hour from now, with the given key and kid.
 */
export async function signToken(
  key: CryptoKey,
  overrides: ClaimOverrides = {},
  opts: { kid?: string; alg?: string } = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const tid = (overrides.tid as string | undefined) ?? TEST_TENANT_ID;
  const defaults: TokenClaims = {
    iss: `https://login.microsoftonline.com/${tid}/v2.0`,
    aud: TEST_CLIENT_ID,
    tid,
    oid: EDITOR_OID,
    scp: "access_as_user",
    name: "Karen Haugvaldstad",
    ver: "2.0",
    iat: now,
    nbf: now,
    exp: now + 3600,
  };
  const claims: Record<string, unknown> = { ...defaults };
  for (const [k, v] of Object.entries(overrides)) {
    if (v === null) delete claims[k];
    else claims[k] = v;
  }
  return new SignJWT(claims as JWTPayload)
    .setProtectedHeader({ alg: opts.alg ?? "RS256", kid: opts.kid ?? "test-key-1", typ: "JWT" })
    .sign(key);
}

/** A key that the fake key endpoint does not publish: tokens signed with it must fail. */
export async function strangerKey(): Promise<CryptoKey> {
  return (await generateKeyPair("RS256")).privateKey;
}

/** Environment for a service in Entra mode against the fake key endpoint. */
export function entraEnv(jwksUrl: string, editors: string[] = [EDITOR_OID]): Record<string, string> {
  return {
    ENTRA_CLIENT_ID: TEST_CLIENT_ID,
    ENTRA_TENANT_ID: TEST_TENANT_ID,
    ENTRA_JWKS_URL: jwksUrl,
    EDITOR_AAD_OBJECT_IDS: editors.join(","),
  };
}
