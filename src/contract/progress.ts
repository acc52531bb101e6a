/**
 * The plan's progress rule (domain/progress.ts) for the tab: the tab imports only its own code and
 * the contract, and its figures must be the bot's and the API's to the percent.
 */
export { summarizeStatuses, type StatusSummary } from "../domain/progress.js";
