/**
 * The sender port lives in the domain (src/domain/reminderSender.ts), so that the bot can
 * implement it without importing reminders/; re-exported here for the reminders code.
 */
export { DeliveryError, parseRetryAfter, type ReminderSender } from "../domain/reminderSender.js";
