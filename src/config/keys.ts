/**
 * Every setting the service reads. The composition root reads exactly these from the
 * environment; infra/main.bicep sets CONFIG_KEYS minus LOCAL_ONLY_KEYS (a test checks it).
 */
export const CONFIG_KEYS = [
  "NODE_ENV",
  "PORT",
  "LOG_LEVEL",
  "PUBLIC_BASE_URL",
  "AZURE_STORAGE_CONNECTION_STRING",
  "AZURE_STORAGE_ACCOUNT_URL",
  "AZURE_CLIENT_ID",
  "AZURITE_DATA_DIR",
  "MicrosoftAppId",
  "MicrosoftAppPassword",
  "MicrosoftAppType",
  "MicrosoftAppTenantId",
  "BOT_OPENID_METADATA_URL",
  "ALLOWED_TENANT_IDS",
  "ENTRA_CLIENT_ID",
  "ENTRA_TENANT_ID",
  "ENTRA_APP_ID_URI",
  "ENTRA_JWKS_URL",
  "ENTRA_ISSUER",
  "EDITOR_AAD_OBJECT_IDS",
  "BORGERTUN_HANDLER_AAD_OBJECT_IDS",
  "CALENDAR_FEED_TOKEN",
  "REMINDER_TICK_SECONDS",
  "APPLICATIONINSIGHTS_CONNECTION_STRING",
] as const;

/** Settings that exist for local development and tests, or that App Service supplies itself. */
export const LOCAL_ONLY_KEYS = [
  "PORT",
  "LOG_LEVEL",
  "AZURE_STORAGE_CONNECTION_STRING",
  "AZURITE_DATA_DIR",
  "MicrosoftAppPassword",
  "BOT_OPENID_METADATA_URL",
  "ENTRA_JWKS_URL",
  "ENTRA_ISSUER",
] as const;

export type ConfigKey = (typeof CONFIG_KEYS)[number];
