import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SignJWT } from "jose";
import { startFakeJwks, type FakeJwks } from "../fakes/fakeJwks.js";
import {
  EDITOR_OID,
  OTHER_TENANT_ID,
  READER_OID,
  TEST_CLIENT_ID,
  TEST_TENANT_ID,
  entraEnv,
  signToken,
  strangerKey,
  type ClaimOverrides,
} from "../support/entraTokens.js";
import { startTestService } from "../support/testService.js";
import { call } from "./apiClient.js";

let jwks: FakeJwks;
let service: Awaited<ReturnType<typeof startTestService>>;

beforeAll(async () => {
  jwks = await startFakeJwks();
  // The tab is served from PUBLIC_BASE_URL, so its Application ID URI is api://alrek.example/<client id>.
  service = await startTestService({ ...entraEnv(jwks.url), PUBLIC_BASE_URL: "https://alrek.example" });
});
afterAll(async () => {
  await service?.stop();
  await jwks?.close();
});

const me = (token?: string, headers?: Record<string, string>) =>
  call(service.url, "GET", "/api/me", { token, headers });
const now = () => Math.floor(Date.now() / 1000);

describe("API authentication (Entra mode)", () => {
  it("answers 401 without a token", async () => {
    const res = await me();
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("unauthorized");
    expect(res.body.error.message).toMatch(/Authorization/);
  });

  it("answers 401 for a header that is not a bearer token", async () => {
    expect((await me(undefined, { authorization: "Basic dXNlcjpwdw==" })).status).toBe(401);
  });

  it.each<[string, ClaimOverrides, RegExp]>([
    ["expired", { exp: now() - 3600, iat: now() - 7200, nbf: now() - 7200 }, /expired/],
    ["wrong audience", { aud: "api://someone-else" }, /audience/],
    ["wrong tenant", { tid: OTHER_TENANT_ID }, /issuer|tenant/],
    [
      "wrong tenant with our issuer",
      { tid: OTHER_TENANT_ID, iss: `https://login.microsoftonline.com/${TEST_TENANT_ID}/v2.0` },
      /tenant/,
    ],
    ["wrong issuer", { iss: "https://evil.example/v2.0" }, /issuer/],
    ["missing scope", { scp: "User.Read" }, /access_as_user/],
    ["no scope at all", { scp: null }, /access_as_user/],
    ["no object id", { oid: null }, /oid/],
    ["not yet valid", { nbf: now() + 3600 }, /not yet valid/],
  ])("answers 401 for a token with %s", async (_name, claims, message) => {
    const res = await me(await signToken(jwks.privateKey, claims));
    expect(res.status).toBe(401);
    expect(res.body.error.message).toMatch(message);
  });

  it("answers 401 for a token signed with another key, without naming keys", async () => {
    const res = await me(await signToken(await strangerKey()));
    expect(res.status).toBe(401);
    expect(res.body.error.message).toBe("Token signature is not valid");
    expect(res.text).not.toMatch(/kid|modulus|"n"|BEGIN/i);
  });

  it("answers 401 for a symmetric (HS256) token", async () => {
    const token = await new SignJWT({
      tid: TEST_TENANT_ID,
      oid: EDITOR_OID,
      scp: "access_as_user",
      aud: TEST_CLIENT_ID,
    })
      .setProtectedHeader({ alg: "HS256", kid: jwks.kid })
      .setIssuer(`https://login.microsoftonline.com/${TEST_TENANT_ID}/v2.0`)
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode("a-shared-secret-that-is-long-enough-123"));
    expect((await me(token)).status).toBe(401);
  });

  it("answers 401 for garbage", async () => {
    expect((await me("not.a.jwt")).status).toBe(401);
  });

  it("accepts an editor's token and reports the editor by oid + tid", async () => {
    const res = await me(await signToken(jwks.privateKey));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      oid: EDITOR_OID,
      tid: TEST_TENANT_ID,
      name: "Karen Haugvaldstad",
      isEditor: true,
      mode: "entra",
    });
  });

  it.each<[string, string | string[], number]>([
    ["the client id", TEST_CLIENT_ID, 200],
    ["the Application ID URI", `api://alrek.example/${TEST_CLIENT_ID}`, 200],
    ["a list that holds the client id", ["https://graph.microsoft.com", TEST_CLIENT_ID], 200],
    ["another app's URI ending in our client id", `https://evil.example/${TEST_CLIENT_ID}`, 401],
    ["an api:// URI on another host", `api://evil.example/${TEST_CLIENT_ID}`, 401],
    ["an api:// URI with a longer path", `api://evil.example/alrek.example/${TEST_CLIENT_ID}`, 401],
    ["the bare api:// form", `api://${TEST_CLIENT_ID}`, 401],
    ["our URI with a suffix", `api://alrek.example/${TEST_CLIENT_ID}/x`, 401],
    ["the client id in other case", TEST_CLIENT_ID.toUpperCase(), 401],
    ["the client id with a suffix", `${TEST_CLIENT_ID}x`, 401],
    ["Microsoft Graph", "https://graph.microsoft.com", 401],
    ["an empty list", [], 401],
  ])("audience %s → %i", async (_name, aud, status) => {
    const res = await me(await signToken(jwks.privateKey, { aud }));
    expect(res.status).toBe(status);
    if (status === 401) expect(res.body.error.message).toMatch(/audience/);
  });

  it("refuses a token without an audience", async () => {
    const res = await me(await signToken(jwks.privateKey, { aud: null }));
    expect(res.status).toBe(401);
    expect(res.body.error.message).toMatch(/audience/);
  });

  it("accepts the api:// audience form and a v1 issuer", async () => {
    const token = await signToken(jwks.privateKey, {
      aud: `api://alrek.example/${TEST_CLIENT_ID}`,
      iss: `https://sts.windows.net/${TEST_TENANT_ID}/`,
    });
    expect((await me(token)).status).toBe(200);
  });

  it("does not make someone an editor by name or e-mail", async () => {
    const token = await signToken(jwks.privateKey, {
      oid: READER_OID,
      name: "Karen Haugvaldstad",
      preferred_username: "karen@bergen.kommune.no",
    });
    const res = await me(token);
    expect(res.status).toBe(200);
    expect(res.body.isEditor).toBe(false);
  });

  it("tolerates a few minutes of clock skew", async () => {
    expect((await me(await signToken(jwks.privateKey, { exp: now() - 60 }))).status).toBe(200);
  });
});

describe("API authentication when the key endpoint fails", () => {
  it("answers 503 without internals, and recovers when the endpoint does", async () => {
    const failing = await startFakeJwks();
    failing.setFailing(true);
    const svc = await startTestService(entraEnv(failing.url));
    try {
      const token = await signToken(failing.privateKey);
      const res = await call(svc.url, "GET", "/api/me", { token });
      expect(res.status).toBe(503);
      expect(res.body.error.code).toBe("auth_unavailable");
      expect(res.text).not.toMatch(/127\.0\.0\.1|JSON Web Key Set|keys/);
      failing.setFailing(false);
      expect((await call(svc.url, "GET", "/api/me", { token })).status).toBe(200);
    } finally {
      await svc.stop();
      await failing.close();
    }
  });
});
