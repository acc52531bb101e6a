import type { TurnContext } from "botbuilder";
import type { Logger } from "../logger.js";
import { languageOf } from "./language.js";

/**
 * The one place a failed turn ends up. The user gets a short apology in their language;
 * the details go to the log only, never into the chat.
 */
export async function handleTurnError(context: TurnContext, error: Error, log: Logger): Promise<void> {
  log.error("turn failed", {
    error: error.message,
    stack: error.stack,
    activityType: context.activity?.type,
    conversationId: context.activity?.conversation?.id,
  });
  const lang = languageOf(context.activity?.locale);
  const text =
    lang === "en"
      ? "Sorry, something went wrong on my side. Please try again in a moment."
      : "Beklager, noe gikk galt hos meg. Prøv igjen om litt.";
  try {
    if (context.activity?.type === "message") await context.sendActivity(text);
  } catch (sendError) {
    log.error("could not tell the user about the failed turn", { error: (sendError as Error).message });
  }
}
