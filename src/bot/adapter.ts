import { ConfigurationServiceClientCredentialFactory } from "botbuilder";
import { TeamsAdapter } from "./teamsAi.js";
import type { BotAuthConfig } from "../config/config.js";
import type { Logger } from "../logger.js";
import { handleTurnError } from "./turnError.js";

/**
 * Builds the Bot Framework adapter. With no app id (local mode) botbuilder accepts anonymous
 * requests and sends replies without a token: fine on a developer's machine only, which the
 * configuration enforces.
 */
export function createAdapter(auth: BotAuthConfig, log: Logger): TeamsAdapter {
  const settings =
    auth.mode === "local"
      ? {}
      : {
          MicrosoftAppId: auth.appId,
          MicrosoftAppPassword: auth.appPassword ?? "",
          MicrosoftAppType: auth.appType,
          MicrosoftAppTenantId: auth.tenantId ?? "",
          ...(auth.openIdMetadataUrl ? { ToBotFromChannelOpenIdMetadataUrl: auth.openIdMetadataUrl } : {}),
        };
  const adapter = new TeamsAdapter(settings, new ConfigurationServiceClientCredentialFactory(settings));
  adapter.onTurnError = (context, error) => handleTurnError(context, error, log);
  return adapter;
}
