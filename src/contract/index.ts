/**
 * The wire contract of /api and of the bot's cards: one zod schema per request body, per card
 * action and per response, and the types inferred from them. The API validates request bodies and
 * path ids with these schemas (`parseInput`), the bot its card actions (`checkInput`); the tab
 * imports the types only (`import type`), so zod never reaches its bundle. Each schema shares its
 * name with its type: `EventCreateBody` is both the schema and the body's type.
 */
export * from "./badRows.js";
export * from "./borgertun.js";
export * from "./directory.js";
export * from "./directoryEdits.js";
export * from "./directoryFile.js";
export * from "./errors.js";
export * from "./events.js";
export * from "./feedback.js";
export * from "./history.js";
export * from "./meeting.js";
export * from "./reminderActions.js";
export * from "./reminders.js";
export * from "./summary.js";
export * from "./tiltak.js";
export * from "./values.js";
export { checkInput, parseInput } from "./parse.js";

/** An entity as the API returns it: the value with its version token. */
export type WithEtag<T> = T & { etag: string };
