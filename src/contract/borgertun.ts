/**
 * Borgertun on the wire: the request (POST /api/borgertun/bookings, the bot's form and chat), the
 * rules (PUT /api/borgertun/rules) and the data of the booking cards' buttons. Each field's rule is
 * here; the booking rules that need the clock, the stored rules or the room's calendar (past, how
 * far ahead, length, weekday, hours, collisions) are in src/domain/bookingRules.ts, and the rules'
 * cross-field checks (open before close) in src/domain/bookingInput.ts.
 */
import { z } from "zod";
import type { BookingRequest, BookingRules } from "../domain/booking.js";
import { requiredLine } from "./text.js";
import { EntityId, HalfHour, LocalDate } from "./values.js";

const trimmed = (schema: z.ZodType<string>) => schema.transform((text) => text.trim());

const PEOPLE_MESSAGE = "must be a whole number from 1 to 500";

/** Expected people: a whole number 1–500 (a number, or its digits from a card's Input.Number); "" = not given. */
const ExpectedPeople = z
  .union([z.number(), z.string()], { errorMap: () => ({ message: PEOPLE_MESSAGE }) })
  .nullable()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value === null || value === "") return undefined;
    const n = typeof value === "string" ? Number(value) : value;
    if (Number.isInteger(n) && n >= 1 && n <= 500) return n;
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: PEOPLE_MESSAGE });
    return z.NEVER;
  });

/** Microphones wanted: true or false (a card's Input.Toggle sends "true" / "false"); absent = false. */
const Microphones = z
  .union([z.boolean(), z.enum(["true", "false"])], { errorMap: () => ({ message: "must be true or false" }) })
  .optional()
  .transform((value) => value === true || value === "true");

/** The time asked for: a date in the years 2000–2100, from and to on the hour or half hour (never "24:00"). */
const BookingSlotBody = z.object({ date: LocalDate, from: HalfHour, to: HalfHour });

/** POST /api/borgertun/bookings, and what the bot's form and chat request become. */
export const BookingRequestBody = BookingSlotBody.extend({
  purpose: trimmed(requiredLine(200)),
  organisation: trimmed(requiredLine(120)),
  expectedPeople: ExpectedPeople,
  microphones: Microphones,
  /** The language replies and reminders use; bokmål when absent. */
  lang: z.enum(["nb", "nn", "en"]).optional(),
})
  .strict("is not a known booking field")
  .transform(({ expectedPeople, lang, ...rest }): BookingRequest & { lang?: "nb" | "nn" | "en" } => ({
    ...rest,
    ...(expectedPeople ? { expectedPeople } : {}),
    ...(lang ? { lang } : {}),
  }));
export type BookingRequestBody = z.input<typeof BookingRequestBody>;

const WEEKDAY_MESSAGE = "must be a list of ISO weekdays 1–7";
const weekday = z.number({ invalid_type_error: WEEKDAY_MESSAGE }).int(WEEKDAY_MESSAGE).min(1, WEEKDAY_MESSAGE);
const wholeNumber = (min: number, max: number) => {
  const message = `must be a whole number from ${min} to ${max}`;
  return z.number({ invalid_type_error: message }).int(message).min(min, message).max(max, message);
};

/**
 * PUT /api/borgertun/rules: any of the rules; a missing one keeps its stored value. The bookable
 * hours are half hours from 00:00 to 23:30, like the bookings themselves.
 */
export const BookingRulesBody = z
  .object({
    weekdays: z.array(weekday.max(7, WEEKDAY_MESSAGE)).max(7, WEEKDAY_MESSAGE),
    openFrom: HalfHour,
    openTo: HalfHour,
    maxDaysAhead: wholeNumber(1, 730),
    maxMinutes: wholeNumber(30, 1440).refine((n) => n % 30 === 0, "must be a multiple of 30"),
    closedDates: z.array(LocalDate).max(1000, "must list at most 1000 dates"),
    closedOnPublicHolidays: z.boolean(),
  } satisfies Record<keyof BookingRules, z.ZodTypeAny>)
  .partial()
  .strict("is not a known rule field");
export type BookingRulesBody = z.infer<typeof BookingRulesBody>;

/** The data of a booking card's cancel and accept buttons (the card's other inputs ride along and are ignored). */
export const BookingIdAction = z.object({ bookingId: EntityId, asHandler: z.boolean().optional() });
export type BookingIdAction = z.infer<typeof BookingIdAction>;

/** The coordinator's decision buttons: approve, decline with a reason, or propose another time. */
export const BookingDecisionAction = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("approve"), bookingId: EntityId }),
  // The reason is what the coordinator typed; the service keeps its first 500 characters.
  z.object({ decision: z.literal("decline"), bookingId: EntityId, reason: z.string().optional() }),
  BookingSlotBody.extend({ decision: z.literal("propose"), bookingId: EntityId }),
]);
export type BookingDecisionAction = z.infer<typeof BookingDecisionAction>;
