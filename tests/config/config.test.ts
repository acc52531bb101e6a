import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/config.js";

const defaults = { dataDir: "/tmp/alrek-data" };
const TENANT = "11111111-1111-1111-1111-111111111111";
const OID = "22222222-2222-2222-2222-222222222222";
const production = {
  NODE_ENV: "production",
  MicrosoftAppId: "33333333-3333-3333-3333-333333333333",
  MicrosoftAppType: "UserAssignedMSI",
  MicrosoftAppTenantId: TENANT,
  AZURE_STORAGE_ACCOUNT_URL: "https://alrekprod.table.core.windows.net",
  AZURE_CLIENT_ID: "33333333-3333-3333-3333-333333333333",
  ENTRA_CLIENT_ID: "44444444-4444-4444-4444-444444444444",
  ENTRA_TENANT_ID: TENANT,
  CALENDAR_FEED_TOKEN: "a-long-random-calendar-feed-secret-0123456789",
  PUBLIC_BASE_URL: "https://alrek.example.no",
  ALLOWED_TENANT_IDS: TENANT,
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env, defaults);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("loadConfig", () => {
  it("runs in local mode with embedded Azurite when nothing is set", () => {
    const config = loadConfig({}, defaults);
    expect(config.bot.mode).toBe("local");
    expect(config.api.mode).toBe("local");
    expect(config.storage).toEqual({ kind: "embedded", dataDir: "/tmp/alrek-data" });
    expect(config.port).toBe(3978);
    expect(config.reminderTickSeconds).toBe(60);
  });

  it("accepts a complete production configuration with a managed identity", () => {
    const config = loadConfig(production, defaults);
    expect(config.production).toBe(true);
    expect(config.bot).toMatchObject({ mode: "authenticated", appType: "UserAssignedMSI", tenantId: TENANT });
    expect(config.storage).toMatchObject({ kind: "accountUrl", managedIdentityClientId: production.AZURE_CLIENT_ID });
    expect(config.api).toMatchObject({ mode: "entra", clientId: production.ENTRA_CLIENT_ID, tenantId: TENANT });
  });

  it("accepts a single-tenant bot with a password", () => {
    const config = loadConfig(
      { ...production, MicrosoftAppType: "SingleTenant", MicrosoftAppPassword: "secret" },
      defaults,
    );
    expect(config.bot).toMatchObject({ appType: "SingleTenant", appPassword: "secret", tenantId: TENANT });
  });

  it.each([
    ["no app id", { MicrosoftAppId: "" }, "MicrosoftAppId"],
    ["embedded storage", { AZURE_STORAGE_ACCOUNT_URL: "" }, "AZURE_STORAGE_ACCOUNT_URL"],
    [
      "Azurite connection string",
      { AZURE_STORAGE_ACCOUNT_URL: "", AZURE_STORAGE_CONNECTION_STRING: "UseDevelopmentStorage=true" },
      "AZURE_STORAGE_CONNECTION_STRING",
    ],
    ["no Entra settings", { ENTRA_CLIENT_ID: "", ENTRA_TENANT_ID: "" }, "ENTRA_CLIENT_ID"],
    ["no calendar token", { CALENDAR_FEED_TOKEN: "" }, "CALENDAR_FEED_TOKEN"],
    ["a short calendar token", { CALENDAR_FEED_TOKEN: "short" }, "CALENDAR_FEED_TOKEN"],
    ["a test key endpoint", { BOT_OPENID_METADATA_URL: "http://127.0.0.1:9/metadata" }, "BOT_OPENID_METADATA_URL"],
    ["a plain http JWKS", { ENTRA_JWKS_URL: "http://127.0.0.1:9/keys" }, "ENTRA_JWKS_URL"],
    [
      "single tenant without tenant",
      { MicrosoftAppType: "SingleTenant", MicrosoftAppTenantId: "", MicrosoftAppPassword: "x" },
      "MicrosoftAppTenantId",
    ],
    ["single tenant without password", { MicrosoftAppType: "SingleTenant" }, "MicrosoftAppPassword"],
    ["unknown app type", { MicrosoftAppType: "Whatever" }, "MicrosoftAppType"],
    ["http public address", { PUBLIC_BASE_URL: "http://alrek.example.no" }, "PUBLIC_BASE_URL"],
    [
      "an http issuer",
      { ENTRA_ISSUER: `http://login.microsoftonline.com/${TENANT}/v2.0` },
      "ENTRA_ISSUER must be https://",
    ],
    [
      "one http issuer among https ones",
      { ENTRA_ISSUER: `https://login.microsoftonline.com/${TENANT}/v2.0,http://127.0.0.1:9/` },
      "ENTRA_ISSUER must be https://",
    ],
    ["an empty tenant allow-list", { ALLOWED_TENANT_IDS: "" }, "ALLOWED_TENANT_IDS is required in production"],
    ["a blank tenant allow-list", { ALLOWED_TENANT_IDS: " , " }, "ALLOWED_TENANT_IDS is required in production"],
    [
      "a multi-tenant bot",
      { MicrosoftAppType: "MultiTenant", MicrosoftAppPassword: "x" },
      "Azure no longer creates multi-tenant bots since July 2025; use SingleTenant or UserAssignedMSI",
    ],
    ["an Application ID URI that is not api://", { ENTRA_APP_ID_URI: "https://evil.example/x" }, "ENTRA_APP_ID_URI"],
  ])("refuses production with %s and names the setting", (_name, change, key) => {
    const problems = problemsOf({ ...production, ...change });
    expect(problems.join("\n")).toContain(key);
  });

  it.each([
    [{ PORT: "abc" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ REMINDER_TICK_SECONDS: "0" }, "REMINDER_TICK_SECONDS"],
    [{ EDITOR_AAD_OBJECT_IDS: "karen@bergen.kommune.no" }, "EDITOR_AAD_OBJECT_IDS"],
    [{ ALLOWED_TENANT_IDS: "contoso" }, "ALLOWED_TENANT_IDS"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ ENTRA_TENANT_ID: TENANT }, "ENTRA_CLIENT_ID"],
    [{ AZURE_STORAGE_CONNECTION_STRING: "x", AZURE_STORAGE_ACCOUNT_URL: "https://a" }, "not both"],
    // A wrong value is named even where local mode would not read it.
    [{ MicrosoftAppType: "Whatever" }, "MicrosoftAppType must be SingleTenant, UserAssignedMSI or MultiTenant"],
  ])("rejects %o", (env, expected) => {
    expect(problemsOf(env).join("\n")).toContain(expected);
  });

  it("names every wrong setting at once, those of one setting and those between settings", () => {
    expect(problemsOf({ ...production, PORT: "abc", ENTRA_CLIENT_ID: "" })).toEqual(
      expect.arrayContaining([
        'PORT must be a whole number from 0 to 65535 (got "abc")',
        "ENTRA_CLIENT_ID is required when ENTRA_TENANT_ID is set",
      ]),
    );
  });

  it("defaults the bot to SingleTenant, which needs the tenant id", () => {
    expect(problemsOf({ MicrosoftAppId: OID }).join("\n")).toContain(
      "MicrosoftAppTenantId is required when MicrosoftAppType=SingleTenant",
    );
    expect(loadConfig({ MicrosoftAppId: OID, MicrosoftAppTenantId: TENANT }, defaults).bot).toMatchObject({
      appType: "SingleTenant",
      tenantId: TENANT,
    });
  });

  it("still allows a multi-tenant bot outside production (old local registrations)", () => {
    expect(loadConfig({ MicrosoftAppId: OID, MicrosoftAppType: "MultiTenant" }, defaults).bot).toMatchObject({
      appType: "MultiTenant",
    });
  });

  it.each<[string, Record<string, string>, string]>([
    ["derives the Application ID URI from PUBLIC_BASE_URL", {}, `api://alrek.example.no/${production.ENTRA_CLIENT_ID}`],
    [
      "keeps a port in the derived URI",
      { PUBLIC_BASE_URL: "https://alrek.example.no:8443/" },
      `api://alrek.example.no:8443/${production.ENTRA_CLIENT_ID}`,
    ],
    [
      "takes ENTRA_APP_ID_URI as given",
      { ENTRA_APP_ID_URI: `api://tab.example.no/${production.ENTRA_CLIENT_ID}` },
      `api://tab.example.no/${production.ENTRA_CLIENT_ID}`,
    ],
  ])("%s", (_name, change, expected) => {
    const config = loadConfig({ ...production, ...change }, defaults);
    expect(config.api).toMatchObject({ mode: "entra", appIdUri: expected });
  });

  it("accepts an https issuer and a tenant allow-list in production", () => {
    const config = loadConfig(
      { ...production, ENTRA_ISSUER: `https://login.microsoftonline.com/${TENANT}/v2.0` },
      defaults,
    );
    expect(config.allowedTenantIds).toEqual([TENANT]);
    expect(config.api).toMatchObject({ issuers: [`https://login.microsoftonline.com/${TENANT}/v2.0`] });
  });

  it("reads editors and several calendar tokens (for rotation)", () => {
    const config = loadConfig(
      {
        EDITOR_AAD_OBJECT_IDS: `${OID}, ${TENANT}`,
        CALENDAR_FEED_TOKEN: "first-token-0123456789abcdef,second-token-0123456789abcdef",
      },
      defaults,
    );
    expect(config.editorObjectIds).toEqual([OID, TENANT]);
    expect(config.calendarFeedTokens).toHaveLength(2);
  });
});
