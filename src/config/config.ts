import type { ConfigKey } from "./keys.js";

/** Where the tables live. */
export type StorageConfig =
  | { kind: "connectionString"; connectionString: string }
  | { kind: "accountUrl"; accountUrl: string; managedIdentityClientId?: string }
  | { kind: "embedded"; dataDir: string };

/** How Bot Framework requests are authenticated. */
export type BotAuthConfig =
  | { mode: "local" }
  | {
      mode: "authenticated";
      appId: string;
      appPassword?: string;
      appType: "MultiTenant" | "SingleTenant" | "UserAssignedMSI";
      tenantId?: string;
      /** Override of the channel's OpenID metadata address; for tests with a local key set. */
      openIdMetadataUrl?: string;
    };

/** How /api callers are authenticated. */
export type ApiAuthConfig =
  | { mode: "local" }
  | {
      mode: "entra";
      clientId: string;
      /** The Application ID URI (`api://<tab host>/<client id>`); tokens for it are also accepted. */
      appIdUri: string;
      tenantId: string;
      jwksUrl: string;
      issuers: string[];
    };

/** The validated settings of one service instance. Built once, by the composition root. */
export interface Config {
  production: boolean;
  port: number;
  logLevel: "debug" | "info" | "warn" | "error";
  publicBaseUrl: string;
  storage: StorageConfig;
  bot: BotAuthConfig;
  allowedTenantIds: string[];
  api: ApiAuthConfig;
  /** Entra object ids (oid) allowed to write; matched together with the API tenant id. */
  editorObjectIds: string[];
  /** Entra object ids of who handles Borgertun requests (matched with the API tenant id); empty: the editors. */
  borgertunHandlerObjectIds: string[];
  /** Valid secrets for the calendar feed link; several at once allow rotation without downtime. */
  calendarFeedTokens: string[];
  reminderTickSeconds: number;
  applicationInsightsConnectionString?: string;
}

/** The settings that are secrets, for cutting them from log lines (logger.ts `hideSecrets`). */
export function secretsOf(config: Config): string[] {
  const password = config.bot.mode === "authenticated" ? config.bot.appPassword : undefined;
  return [...config.calendarFeedTokens, ...(password ? [password] : [])];
}

/** Raised when settings are missing or wrong; the message names every offending setting. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n- ${problems.join("\n- ")}`);
  }
}

type Env = Partial<Record<ConfigKey, string | undefined>>;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOCAL_CALENDAR_TOKEN = "local-development-calendar-token";

function list(value: string | undefined): string[] {
  return (value ?? "")
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function isLoopbackUrl(value: string): boolean {
  return (
    /^(https?:\/\/)?(127\.|localhost|\[::1\])/i.test(value) ||
    /UseDevelopmentStorage=true|127\.0\.0\.1|localhost/i.test(value)
  );
}

function intSetting(env: Env, key: ConfigKey, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[key]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    problems.push(`${key} must be a whole number from ${min} to ${max} (got "${raw}")`);
    return fallback;
  }
  return n;
}

/**
 * Reads and validates the settings. Throws ConfigError naming each missing or wrong setting.
 * Production (NODE_ENV=production) refuses every local-mode shortcut.
 */
export function loadConfig(env: Env, defaults: { dataDir: string }): Config {
  const problems: string[] = [];
  const production = env.NODE_ENV === "production";
  const port = intSetting(env, "PORT", 3978, 0, 65535, problems);
  const reminderTickSeconds = intSetting(env, "REMINDER_TICK_SECONDS", 60, 1, 3600, problems);
  const logLevel = (env.LOG_LEVEL ?? "info") as Config["logLevel"];
  if (!["debug", "info", "warn", "error"].includes(logLevel))
    problems.push(`LOG_LEVEL must be debug, info, warn or error (got "${env.LOG_LEVEL}")`);

  const publicBaseUrl = (env.PUBLIC_BASE_URL ?? `http://127.0.0.1:${port}`).replace(/\/+$/, "");
  if (production && !/^https:\/\//.test(publicBaseUrl))
    problems.push("PUBLIC_BASE_URL must be an https:// address in production");

  const storage = storageConfig(env, defaults.dataDir, production, problems);
  const bot = botConfig(env, production, problems);
  const api = apiConfig(env, production, publicBaseUrl, problems);

  const editorObjectIds = list(env.EDITOR_AAD_OBJECT_IDS);
  for (const id of editorObjectIds)
    if (!GUID.test(id)) problems.push(`EDITOR_AAD_OBJECT_IDS: "${id}" is not an object id (GUID)`);
  const borgertunHandlerObjectIds = list(env.BORGERTUN_HANDLER_AAD_OBJECT_IDS);
  for (const id of borgertunHandlerObjectIds)
    if (!GUID.test(id)) problems.push(`BORGERTUN_HANDLER_AAD_OBJECT_IDS: "${id}" is not an object id (GUID)`);
  const allowedTenantIds = list(env.ALLOWED_TENANT_IDS);
  for (const id of allowedTenantIds)
    if (!GUID.test(id)) problems.push(`ALLOWED_TENANT_IDS: "${id}" is not a tenant id (GUID)`);
  // Without an allow-list the bot answers any tenant whose users can reach it.
  if (production && allowedTenantIds.length === 0)
    problems.push(
      "ALLOWED_TENANT_IDS is required in production: list the tenant ids (GUIDs) whose users the bot answers",
    );

  let calendarFeedTokens = list(env.CALENDAR_FEED_TOKEN);
  if (calendarFeedTokens.some((t) => t.length < 24))
    problems.push("CALENDAR_FEED_TOKEN: each token must be at least 24 characters");
  if (calendarFeedTokens.length === 0) {
    if (production)
      problems.push("CALENDAR_FEED_TOKEN is required in production (the secret of the calendar feed link)");
    calendarFeedTokens = [LOCAL_CALENDAR_TOKEN];
  } else if (production && calendarFeedTokens.includes(LOCAL_CALENDAR_TOKEN)) {
    problems.push("CALENDAR_FEED_TOKEN must not be the local development token in production");
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    production,
    port,
    logLevel,
    publicBaseUrl,
    storage,
    bot,
    allowedTenantIds,
    api,
    editorObjectIds,
    borgertunHandlerObjectIds,
    calendarFeedTokens,
    reminderTickSeconds,
    applicationInsightsConnectionString: env.APPLICATIONINSIGHTS_CONNECTION_STRING || undefined,
  };
}

function storageConfig(env: Env, dataDir: string, production: boolean, problems: string[]): StorageConfig {
  const cs = env.AZURE_STORAGE_CONNECTION_STRING?.trim();
  const url = env.AZURE_STORAGE_ACCOUNT_URL?.trim();
  if (cs && url) problems.push("Set AZURE_STORAGE_CONNECTION_STRING or AZURE_STORAGE_ACCOUNT_URL, not both");
  if (cs) {
    if (production && isLoopbackUrl(cs))
      problems.push("AZURE_STORAGE_CONNECTION_STRING points at local development storage; not allowed in production");
    return { kind: "connectionString", connectionString: cs };
  }
  if (url) {
    if (!/^https?:\/\/[^\s]+$/.test(url)) problems.push(`AZURE_STORAGE_ACCOUNT_URL must be a URL (got "${url}")`);
    else if (production && (!url.startsWith("https://") || isLoopbackUrl(url)))
      problems.push("AZURE_STORAGE_ACCOUNT_URL must be an https:// Azure address in production");
    return { kind: "accountUrl", accountUrl: url, managedIdentityClientId: env.AZURE_CLIENT_ID || undefined };
  }
  if (production)
    problems.push(
      "AZURE_STORAGE_ACCOUNT_URL (with a managed identity) or AZURE_STORAGE_CONNECTION_STRING is required in production; the embedded Azurite is for local development only",
    );
  return { kind: "embedded", dataDir: env.AZURITE_DATA_DIR || dataDir };
}

function botConfig(env: Env, production: boolean, problems: string[]): BotAuthConfig {
  const appId = env.MicrosoftAppId?.trim();
  if (!appId) {
    if (production)
      problems.push(
        "MicrosoftAppId is required in production: without it the bot accepts anonymous requests (local mode)",
      );
    return { mode: "local" };
  }
  const appType = (env.MicrosoftAppType?.trim() || "SingleTenant") as
    "MultiTenant" | "SingleTenant" | "UserAssignedMSI";
  if (!["MultiTenant", "SingleTenant", "UserAssignedMSI"].includes(appType))
    problems.push(`MicrosoftAppType must be SingleTenant, UserAssignedMSI or MultiTenant (got "${appType}")`);
  else if (production && appType === "MultiTenant") {
    problems.push(
      "MicrosoftAppType=MultiTenant is not allowed in production: Azure no longer creates multi-tenant bots since July 2025; use SingleTenant or UserAssignedMSI",
    );
  }
  const tenantId = env.MicrosoftAppTenantId?.trim() || undefined;
  if ((appType === "SingleTenant" || appType === "UserAssignedMSI") && !tenantId)
    problems.push(`MicrosoftAppTenantId is required when MicrosoftAppType=${appType}`);
  const appPassword = env.MicrosoftAppPassword || undefined;
  if (appType !== "UserAssignedMSI" && !appPassword && production)
    problems.push(`MicrosoftAppPassword is required when MicrosoftAppType=${appType}`);
  const openIdMetadataUrl = env.BOT_OPENID_METADATA_URL?.trim() || undefined;
  if (production && openIdMetadataUrl)
    problems.push("BOT_OPENID_METADATA_URL is a test setting; not allowed in production");
  return { mode: "authenticated", appId, appPassword, appType, tenantId, openIdMetadataUrl };
}

function apiConfig(env: Env, production: boolean, publicBaseUrl: string, problems: string[]): ApiAuthConfig {
  const clientId = env.ENTRA_CLIENT_ID?.trim();
  const tenantId = env.ENTRA_TENANT_ID?.trim();
  if (!clientId && !tenantId) {
    if (production)
      problems.push(
        "ENTRA_CLIENT_ID and ENTRA_TENANT_ID are required in production: without them the API lets everyone edit (local mode)",
      );
    return { mode: "local" };
  }
  if (!clientId) problems.push("ENTRA_CLIENT_ID is required when ENTRA_TENANT_ID is set");
  if (!tenantId || !GUID.test(tenantId)) problems.push("ENTRA_TENANT_ID must be the tenant id (GUID)");
  const jwksUrl = env.ENTRA_JWKS_URL?.trim() || `https://login.microsoftonline.com/${tenantId}/discovery/v2.0/keys`;
  if (production && !jwksUrl.startsWith("https://")) problems.push("ENTRA_JWKS_URL must be https:// in production");
  const issuers = env.ENTRA_ISSUER?.trim()
    ? list(env.ENTRA_ISSUER)
    : [`https://login.microsoftonline.com/${tenantId}/v2.0`, `https://sts.windows.net/${tenantId}/`];
  if (production) {
    for (const issuer of issuers)
      if (!issuer.startsWith("https://"))
        problems.push(`ENTRA_ISSUER must be https:// in production (got "${issuer}")`);
  }
  const appIdUri = env.ENTRA_APP_ID_URI?.trim() || defaultAppIdUri(publicBaseUrl, clientId ?? "");
  if (!/^api:\/\/[^\s/]+(\/[^\s]*)?$/.test(appIdUri))
    problems.push(
      `ENTRA_APP_ID_URI must be an api:// address such as api://<tab host>/<client id> (got "${appIdUri}")`,
    );
  return { mode: "entra", clientId: clientId ?? "", appIdUri, tenantId: tenantId ?? "", jwksUrl, issuers };
}

/** The form Teams SSO requires, `api://<host of the tab>/<client id>`; the tab is served from PUBLIC_BASE_URL. */
function defaultAppIdUri(publicBaseUrl: string, clientId: string): string {
  let host: string;
  try {
    host = new URL(publicBaseUrl).host;
  } catch {
    host = "";
  }
  return `api://${host || "invalid-public-base-url"}/${clientId}`;
}
