/**
 * The holiday rule (domain/holidayRule.ts) for the tab: the tab imports only its own code and the
 * contract, and must mark and skip the same holiday dates as the bot, the feed and the reminders.
 */
export { firstHeld, holidayState, isHeld, nextHeldPerEvent, type HolidayState } from "../domain/holidayRule.js";
