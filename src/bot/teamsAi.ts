/**
 * The parts of @microsoft/teams-ai this bot uses, imported from their own modules (internal
 * `lib/` paths, on purpose). The package's only public entry is its index, and that also loads
 * the OpenAI client and GPT tokenizer tables (about 25 MB and a second of start-up) that a bot
 * without a language model never needs. The one place these paths are named.
 */
export { Application } from "@microsoft/teams-ai/lib/Application.js";
export { TeamsAdapter } from "@microsoft/teams-ai/lib/TeamsAdapter.js";
export { TurnState } from "@microsoft/teams-ai/lib/TurnState.js";
