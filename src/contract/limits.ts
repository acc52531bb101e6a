/**
 * The door's limits as plain values, for the tab: the same rules the contract's schemas apply
 * (src/contract/values.ts), without zod, so the tab's bundle stays small. The tab checks them
 * before asking the server and offers only what they allow; the server decides.
 */
export { FIRST_DATE, FIRST_YEAR, isInDateWindow, LAST_DATE, LAST_YEAR, startsWithDate } from "../domain/dateWindow.js";
export { MAX_LEAD_DAYS } from "../domain/leadTime.js";
export { DIRECTORY_LIMITS } from "../domain/directoryLimits.js";
export { GROUP_KINDS } from "../domain/directory.js";
