import {
  CallerIdConstants,
  ConfigurationServiceClientCredentialFactory,
  type Activity,
  type TurnContext,
} from "botbuilder";
// An internal path: botbuilder does not export this from its index. CloudAdapter.process runs it on
// every request body (timestamps to Dates, raw values kept); runActivity below stands in for process.
import { validateAndFixActivity } from "botbuilder/lib/activityValidator.js";
import { AuthenticationConstants, AuthenticationError } from "botframework-connector";
import { TeamsAdapter } from "./teamsAi.js";
import type { BotAuthConfig } from "../config/config.js";
import { UnauthenticatedError } from "../domain/errors.js";
import type { Logger } from "../logger.js";
import { handleTurnError } from "./turnError.js";

/**
 * Builds the Bot Framework adapter. With no app id (local mode) botbuilder accepts anonymous
 * requests and sends replies without a token: fine on a developer's machine only, which the
 * configuration enforces.
 */
export function createAdapter(auth: BotAuthConfig, log: Logger): ChannelAdapter {
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
  const adapter = new ChannelAdapter(settings, new ConfigurationServiceClientCredentialFactory(settings));
  adapter.onTurnError = (context, error) => handleTurnError(context, error, log);
  return adapter;
}

const TOKEN_ERRORS = new Set(["JsonWebTokenError", "TokenExpiredError", "NotBeforeError"]);

/** The request's token was missing or not valid for this bot: the caller's error (401 over HTTP). */
class UnauthorizedActivityError extends UnauthenticatedError {}

/** What to answer the channel: 200 with nothing, the expectReplies activities, or an invoke response. */
export interface TurnResponse {
  status: number;
  body?: unknown;
}

/**
 * The Teams adapter with one entry point for the HTTP route: `runActivity` is CloudAdapter's
 * `process` without its HTTP half, which answers with botbuilder's error text and writes every
 * failure to the console with its stack. Here the route answers with the service's JSON errors
 * and one log line instead. (botframework-connector itself still prints an expired or wrongly
 * signed token to the console; that is inside the library.)
 */
export class ChannelAdapter extends TeamsAdapter {
  /** Authenticates and runs one activity that checkActivity accepted. */
  async runActivity(
    authorization: string,
    activity: Record<string, unknown>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<TurnResponse> {
    try {
      const response = await this.processActivity(
        authorization,
        validateAndFixActivity(activity as unknown as Activity),
        logic,
      );
      return { status: response?.status ?? 200, ...(response?.body !== undefined ? { body: response.body } : {}) };
    } catch (error) {
      // botbuilder lets a token with a bad signature escape as a plain JsonWebTokenError; every token failure is the caller's.
      if (error instanceof AuthenticationError || TOKEN_ERRORS.has((error as Error)?.name)) {
        throw new UnauthorizedActivityError("The request's token could not be validated.");
      }
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
