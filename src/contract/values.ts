/**
 * One rule per value that arrives from outside, shared by every request body, path parameter and
 * card action: dates within the window of src/domain/dateWindow.ts, times of day without "24:00",
 * lead times within the range the product offers, ids and keys bounded in length and shape.
 * README.md ("Security and reliability") lists these rules.
 */
import { z } from "zod";
import { DATE_WINDOW_MESSAGE, isInDateWindow, startsWithDate } from "../domain/dateWindow.js";
import { leadTimeProblem } from "../domain/leadTime.js";
import { isValidLocal, isValidLocalDate } from "../domain/time.js";

/** Adds the window issue to a text that starts with a date outside it; other texts are left to the format rule. */
function checkWindow(text: string, ctx: z.RefinementCtx): void {
  if (startsWithDate(text) && !isInDateWindow(text))
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: DATE_WINDOW_MESSAGE });
}

/**
 * A text whose date, when it has one, lies in the window. For fields whose format the domain
 * checks with the whole entity (an event's start may be a date or a date-time, or "").
 */
export const windowedText = (typeMessage?: string) =>
  z.string(typeMessage ? { invalid_type_error: typeMessage } : {}).superRefine(checkWindow);

const DATE_MESSAGE = "must be a date YYYY-MM-DD";
const LOCAL_MESSAGE = "must be a local date and time YYYY-MM-DDTHH:mm";

/** A text of a format (`isValid`), then within the window: one issue at most. */
function windowed(isValid: (text: string) => boolean, message: string) {
  return z.string().superRefine((text, ctx) => {
    if (text === "") ctx.addIssue({ code: z.ZodIssueCode.custom, message: "is required" });
    else if (!isValid(text)) ctx.addIssue({ code: z.ZodIssueCode.custom, message });
    else checkWindow(text, ctx);
  });
}

/** A real calendar date "YYYY-MM-DD" within the window. */
export const LocalDate = windowed(isValidLocalDate, DATE_MESSAGE);

/** A real local date-time "YYYY-MM-DDTHH:mm" (hours 00–23) within the window. */
export const LocalDateTime = windowed(isValidLocal, LOCAL_MESSAGE);

const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
const HALF_HOUR_MESSAGE = "must be a time HH:mm on the hour or half hour, from 00:00 to 23:30";

/**
 * A booking's time of day: "HH:mm" on the hour or half hour, 00:00–23:30. "24:00" is refused, as
 * in every local time of the app (hours 00–23): a booking ends by 23:30, and the bookable hours
 * (`openFrom`, `openTo`) follow the same rule, so no end of day ever reaches the slot arithmetic,
 * the event an approved booking shows as, or the views.
 */
export const HalfHour = z.string().superRefine((text, ctx) => {
  if (text === "") ctx.addIssue({ code: z.ZodIssueCode.custom, message: "is required" });
  else if (!TIME_RE.test(text) || !(text.endsWith(":00") || text.endsWith(":30")))
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: HALF_HOUR_MESSAGE });
});

/** A reminder lead time of the one grammar, within the range the product offers (src/domain/leadTime.ts). */
export const LeadTime = z.string().superRefine((text, ctx) => {
  const message = leadTimeProblem(text);
  if (message) ctx.addIssue({ code: z.ZodIssueCode.custom, message });
});

/** Longest id the app makes (event ids are at most 47 characters, booking ids 17, booking events 27). */
const MAX_ID_CHARS = 100;
const ID_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const ID_MESSAGE = `must be an id of at most ${MAX_ID_CHARS} letters, digits, dots, hyphens or underscores`;

/** An event or booking id: the app's own ids are slugs; anything else cannot name a stored row. */
export const EntityId = z.string().refine((text) => text.length <= MAX_ID_CHARS && ID_RE.test(text), ID_MESSAGE);

const OCCURRENCE_MESSAGE = "must be a local start YYYY-MM-DDTHH:mm";

/** An occurrence key: the occurrence's original local start "YYYY-MM-DDTHH:mm". */
export const OccurrenceKey = z.string().refine(isValidLocal, OCCURRENCE_MESSAGE);

// Teams conversation ids are about 100–200 characters, message ids shorter; a delivery id
// (event|occurrence|lead|conversation) stays well under this. Table Storage keys end at 1 KiB.
const MAX_KEY_CHARS = 512;
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const KEY_MESSAGE = `must be a key of at most ${MAX_KEY_CHARS} characters without control characters`;

/** A key Teams or the app made (a message id, a card's source delivery): bounded, one line, no control characters. */
export const OpaqueKey = z
  .string()
  .refine((text) => text.length >= 1 && text.length <= MAX_KEY_CHARS && !CONTROL.test(text), KEY_MESSAGE);
