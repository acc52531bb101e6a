import type { TurnContext } from "botbuilder";
import { DomainError, UnavailableError } from "../domain/errors.js";
import type { Logger } from "../logger.js";
import { langFromLocale } from "../domain/language.js";
import { botTexts } from "./i18n/index.js";
import { botMessage } from "./replies.js";

// Node's network error codes: the reply could not reach the serviceUrl the activity named.
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
  "REQUEST_SEND_ERROR",
]);

/**
 * Failures caused by what the caller sent rather than by the bot: a rule broken (a domain
 * error other than "unavailable", which is the service's own trouble), or a connector that refused or could not be reached at the activity's
 * serviceUrl. They get one warning line without a stack; anything else is a bug and is logged
 * with its stack.
 */
function callerCaused(error: unknown): { status?: number; code?: string } | undefined {
  if (error instanceof DomainError) return error instanceof UnavailableError ? undefined : { code: error.code };
  const e = (error ?? {}) as { name?: string; statusCode?: unknown; code?: unknown };
  const code = typeof e.code === "string" ? e.code : undefined;
  if (code && NETWORK_CODES.has(code)) return { code };
  if (e.name === "RestError" && typeof e.statusCode === "number")
    return { status: e.statusCode, ...(code ? { code } : {}) };
  return undefined;
}

/**
 * The one place a failed turn ends up. The user gets a short apology in their language when
 * the connector can still be reached; the details go to the log only, never into the chat.
 */
export async function handleTurnError(context: TurnContext, error: Error, log: Logger): Promise<void> {
  const activityType = context.activity?.type;
  const caused = callerCaused(error);
  if (caused && !(error instanceof DomainError)) {
    // The connector itself failed: an apology would fail the same way, and log a second line.
    log.warn("turn failed: the reply could not be delivered", {
      ...caused,
      error: String(error?.message).slice(0, 200),
      activityType,
    });
    return;
  }
  if (caused)
    log.warn("turn failed on the caller's input", {
      ...caused,
      error: String(error.message).slice(0, 200),
      activityType,
    });
  else
    log.error("turn failed", {
      error: error?.message,
      stack: error?.stack,
      activityType,
      conversationId: context.activity?.conversation?.id,
    });
  const text = botTexts(langFromLocale(context.activity?.locale)).turnFailed;
  try {
    if (activityType === "message") await context.sendActivity(botMessage(text));
  } catch (sendError) {
    log.warn("could not tell the user about the failed turn", {
      error: String((sendError as Error)?.message).slice(0, 200),
    });
  }
}
