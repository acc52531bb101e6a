import { CallerIdConstants, ConfigurationServiceClientCredentialFactory } from "botbuilder";
import { AuthenticationConstants, AuthenticationError } from "botframework-connector";
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
          ...(auth.openIdMetadataUrl ? publicCloudWithMetadata(auth.openIdMetadataUrl) : {}),
        };
  const adapter = new AuthStrictTeamsAdapter(settings, new ConfigurationServiceClientCredentialFactory(settings));
  adapter.onTurnError = (context, error) => handleTurnError(context, error, log);
  return adapter;
}

const TOKEN_ERRORS = new Set(["JsonWebTokenError", "TokenExpiredError", "NotBeforeError"]);

/**
 * botbuilder lets a token with a bad signature escape as a plain JsonWebTokenError, which its
 * CloudAdapter answers with 500 and the error text. Every token failure is the caller's: 401.
 */
class AuthStrictTeamsAdapter extends TeamsAdapter {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override async processActivity(...args: any[]): Promise<any> {
    try {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return await (super.processActivity as (...a: any[]) => Promise<any>)(...args);
    } catch (error) {
      if (TOKEN_ERRORS.has((error as Error)?.name)) throw new AuthenticationError("Unauthorized: the token could not be validated", 401);
      throw error;
    }
  }
}

/**
 * Overriding one channel endpoint makes botbuilder treat every endpoint as configured, so the
 * other public-cloud values must be given too (tests use this with a local key set).
 */
function publicCloudWithMetadata(metadataUrl: string): Record<string, string | boolean> {
  return {
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: metadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}
