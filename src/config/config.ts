/**
 * The service's settings: each checked on its own by a zod schema (zod 4, which the zod 3.25
 * package ships as "zod/v4"), then the rules between them and, in production, the refusal of
 * every local-mode shortcut. Every problem is named at once.
 */
import { z } from "zod/v4";
import { CONFIG_KEYS, type ConfigKey } from "./keys.js";

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
const APP_TYPES = ["SingleTenant", "UserAssignedMSI", "MultiTenant"] as const;
const LOG_LEVELS = ["debug", "info", "warn", "error"] as const;

const given = z.string().optional();
/** A setting as given, trimmed; empty is absent. */
const setting = given.transform((v) => v?.trim() || undefined);
/** A setting that, when given, must pass `ok`: else "KEY must be <what> (got "<value>")". */
const valid = (key: ConfigKey, what: string, ok: (v: string) => boolean) =>
  setting.refine((v) => v === undefined || ok(v), {
    error: (i) => `${key} must be ${what} (got "${String(i.input)}")`,
  });
const wholeNumber = (key: ConfigKey, min: number, max: number) =>
  valid(key, `a whole number from ${min} to ${max}`, (v) => Number.isInteger(+v) && +v >= min && +v <= max);
const oneOf = (key: ConfigKey, values: readonly string[]) =>
  valid(key, values.join(", ").replace(/, ([^,]*)$/, " or $1"), (v) => values.includes(v));
/** A comma-, semicolon- or space-separated list. */
const list = given.transform((v) => (v ?? "").split(/[,;\s]+/).filter(Boolean));
const guids = (key: ConfigKey, what: string) =>
  list.superRefine((ids, ctx) => {
    for (const id of ids.filter((id) => !GUID.test(id)))
      ctx.addIssue({ code: "custom", message: `${key}: "${id}" is not ${what} (GUID)` });
  });

const isLoopback = (value: string) =>
  /^(https?:\/\/)?(127\.|localhost|\[::1\])/i.test(value) ||
  /UseDevelopmentStorage=true|127\.0\.0\.1|localhost/i.test(value);

/** Each setting on its own (trimmed; empty is absent), then the rules between them. */
const settings = z
  .object({
    ...(Object.fromEntries(CONFIG_KEYS.map((key) => [key, setting])) as Record<ConfigKey, typeof setting>),
    PORT: wholeNumber("PORT", 0, 65535),
    LOG_LEVEL: oneOf("LOG_LEVEL", LOG_LEVELS),
    AZURE_STORAGE_ACCOUNT_URL: valid("AZURE_STORAGE_ACCOUNT_URL", "a URL", (v) => /^https?:\/\/[^\s]+$/.test(v)),
    MicrosoftAppPassword: given.transform((v) => v || undefined),
    MicrosoftAppType: oneOf("MicrosoftAppType", APP_TYPES),
    ALLOWED_TENANT_IDS: guids("ALLOWED_TENANT_IDS", "a tenant id"),
    ENTRA_APP_ID_URI: valid("ENTRA_APP_ID_URI", "an api:// address such as api://<tab host>/<client id>", (v) =>
      /^api:\/\/[^\s/]+(\/[^\s]*)?$/.test(v),
    ),
    ENTRA_ISSUER: list,
    EDITOR_AAD_OBJECT_IDS: guids("EDITOR_AAD_OBJECT_IDS", "an object id"),
    BORGERTUN_HANDLER_AAD_OBJECT_IDS: guids("BORGERTUN_HANDLER_AAD_OBJECT_IDS", "an object id"),
    CALENDAR_FEED_TOKEN: list.refine(
      (tokens) => tokens.every((t) => t.length >= 24),
      "CALENDAR_FEED_TOKEN: each token must be at least 24 characters",
    ),
    REMINDER_TICK_SECONDS: wholeNumber("REMINDER_TICK_SECONDS", 1, 3600),
  })
  .superRefine((s, ctx) => {
    for (const message of ruleProblems(s)) ctx.addIssue({ code: "custom", message });
  });

type Settings = z.output<typeof settings>;

/** The rules between settings, and in production the refusal of every local-mode shortcut. */
function ruleProblems(s: Settings): string[] {
  const appType = s.MicrosoftAppType ?? "SingleTenant";
  const bot = s.MicrosoftAppId !== undefined;
  const entra = s.ENTRA_CLIENT_ID !== undefined || s.ENTRA_TENANT_ID !== undefined;
  const [cs, url, prod] = [s.AZURE_STORAGE_CONNECTION_STRING, s.AZURE_STORAGE_ACCOUNT_URL, s.NODE_ENV === "production"];
  // prettier-ignore
  const rules: [unknown, string][] = [
    [cs && url, "Set AZURE_STORAGE_CONNECTION_STRING or AZURE_STORAGE_ACCOUNT_URL, not both"],
    [bot && appType !== "MultiTenant" && !s.MicrosoftAppTenantId,
      `MicrosoftAppTenantId is required when MicrosoftAppType=${appType}`],
    [entra && !s.ENTRA_CLIENT_ID, "ENTRA_CLIENT_ID is required when ENTRA_TENANT_ID is set"],
    [entra && !GUID.test(s.ENTRA_TENANT_ID ?? ""), "ENTRA_TENANT_ID must be the tenant id (GUID)"],
    // Production: no local-mode shortcut.
    [prod && !s.PUBLIC_BASE_URL?.startsWith("https://"), "PUBLIC_BASE_URL must be an https:// address in production"],
    [prod && !cs && !url, "AZURE_STORAGE_ACCOUNT_URL (with a managed identity) or AZURE_STORAGE_CONNECTION_STRING " +
      "is required in production; the embedded Azurite is for local development only"],
    [prod && cs && isLoopback(cs),
      "AZURE_STORAGE_CONNECTION_STRING points at local development storage; not allowed in production"],
    [prod && url && (!url.startsWith("https://") || isLoopback(url)),
      "AZURE_STORAGE_ACCOUNT_URL must be an https:// Azure address in production"],
    [prod && !bot,
      "MicrosoftAppId is required in production: without it the bot accepts anonymous requests (local mode)"],
    [prod && bot && appType === "MultiTenant", "MicrosoftAppType=MultiTenant is not allowed in production: " +
      "Azure no longer creates multi-tenant bots since July 2025; use SingleTenant or UserAssignedMSI"],
    [prod && bot && appType !== "UserAssignedMSI" && !s.MicrosoftAppPassword,
      `MicrosoftAppPassword is required when MicrosoftAppType=${appType}`],
    [prod && s.BOT_OPENID_METADATA_URL, "BOT_OPENID_METADATA_URL is a test setting; not allowed in production"],
    // Without an allow-list the bot answers any tenant whose users can reach it.
    [prod && s.ALLOWED_TENANT_IDS.length === 0,
      "ALLOWED_TENANT_IDS is required in production: list the tenant ids (GUIDs) whose users the bot answers"],
    [prod && s.CALENDAR_FEED_TOKEN.length === 0,
      "CALENDAR_FEED_TOKEN is required in production (the secret of the calendar feed link)"],
    [prod && s.CALENDAR_FEED_TOKEN.includes(LOCAL_CALENDAR_TOKEN),
      "CALENDAR_FEED_TOKEN must not be the local development token in production"],
    [prod && !entra, "ENTRA_CLIENT_ID and ENTRA_TENANT_ID are required in production: " +
      "without them the API lets everyone edit (local mode)"],
    [prod && s.ENTRA_JWKS_URL && !s.ENTRA_JWKS_URL.startsWith("https://"), "ENTRA_JWKS_URL must be https:// in production"],
    ...s.ENTRA_ISSUER.map((issuer): [unknown, string] =>
      [prod && !issuer.startsWith("https://"), `ENTRA_ISSUER must be https:// in production (got "${issuer}")`]),
  ];
  return rules.filter(([broken]) => broken).map(([, message]) => message);
}

/** Reads and validates the settings; throws ConfigError naming each missing or wrong one. */
export function loadConfig(env: Env, defaults: { dataDir: string }): Config {
  const parsed = settings.safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((issue) => issue.message));
  const s = parsed.data;
  const port = Number(s.PORT ?? 3978);
  const publicBaseUrl = (s.PUBLIC_BASE_URL ?? `http://127.0.0.1:${port}`).replace(/\/+$/, "");
  const [cs, url] = [s.AZURE_STORAGE_CONNECTION_STRING, s.AZURE_STORAGE_ACCOUNT_URL];
  return {
    production: s.NODE_ENV === "production",
    port,
    logLevel: (s.LOG_LEVEL ?? "info") as Config["logLevel"],
    publicBaseUrl,
    storage: cs
      ? { kind: "connectionString", connectionString: cs }
      : url
        ? { kind: "accountUrl", accountUrl: url, managedIdentityClientId: s.AZURE_CLIENT_ID }
        : { kind: "embedded", dataDir: s.AZURITE_DATA_DIR ?? defaults.dataDir },
    bot: s.MicrosoftAppId
      ? {
          mode: "authenticated",
          appId: s.MicrosoftAppId,
          appPassword: s.MicrosoftAppPassword,
          appType: (s.MicrosoftAppType ?? "SingleTenant") as (typeof APP_TYPES)[number],
          tenantId: s.MicrosoftAppTenantId,
          openIdMetadataUrl: s.BOT_OPENID_METADATA_URL,
        }
      : { mode: "local" },
    allowedTenantIds: s.ALLOWED_TENANT_IDS,
    api: apiConfig(s, publicBaseUrl),
    editorObjectIds: s.EDITOR_AAD_OBJECT_IDS,
    borgertunHandlerObjectIds: s.BORGERTUN_HANDLER_AAD_OBJECT_IDS,
    calendarFeedTokens: s.CALENDAR_FEED_TOKEN.length > 0 ? s.CALENDAR_FEED_TOKEN : [LOCAL_CALENDAR_TOKEN],
    reminderTickSeconds: Number(s.REMINDER_TICK_SECONDS ?? 60),
    applicationInsightsConnectionString: s.APPLICATIONINSIGHTS_CONNECTION_STRING,
  };
}

function apiConfig(s: Settings, publicBaseUrl: string): ApiAuthConfig {
  const [clientId, tenantId] = [s.ENTRA_CLIENT_ID ?? "", s.ENTRA_TENANT_ID ?? ""];
  if (!clientId && !tenantId) return { mode: "local" };
  // The form Teams SSO requires, `api://<host of the tab>/<client id>`; the tab is served from PUBLIC_BASE_URL.
  const host = URL.canParse(publicBaseUrl) ? new URL(publicBaseUrl).host : "";
  return {
    mode: "entra",
    clientId,
    appIdUri: s.ENTRA_APP_ID_URI ?? `api://${host || "invalid-public-base-url"}/${clientId}`,
    tenantId,
    jwksUrl: s.ENTRA_JWKS_URL ?? `https://login.microsoftonline.com/${tenantId}/discovery/v2.0/keys`,
    issuers:
      s.ENTRA_ISSUER.length > 0
        ? s.ENTRA_ISSUER
        : [`https://login.microsoftonline.com/${tenantId}/v2.0`, `https://sts.windows.net/${tenantId}/`],
  };
}
