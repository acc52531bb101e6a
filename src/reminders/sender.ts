export { DeliveryError, parseRetryAfter, type PostedActivity, type ReminderSender } from "../domain/reminderSender.js";
