/**
 * The years a date that people enter may fall in. A typo such as 0202 for 2026, or 9999 meaning
 * "forever", is refused where it arrives (the wire contract, src/contract/values.ts) instead of
 * reaching every view and reminder tick: Date and Intl arithmetic near year 10000 throws, and
 * no meeting, deadline or booking of this app is planned before 2000 or after 2100.
 */

/** First and last year of the window (plan periods use the same). */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

/** First and last date of the window, "YYYY-MM-DD". */
export const FIRST_DATE = `${FIRST_YEAR}-01-01`;
export const LAST_DATE = `${LAST_YEAR}-12-31`;

/** The issue message for a date outside the window (the bot and the tab translate it). */
export const DATE_WINDOW_MESSAGE = `must be between ${FIRST_DATE} and ${LAST_DATE}`;

const DATE_PREFIX = /^\d{4}-\d{2}-\d{2}/;

/** True when `text` starts with a date "YYYY-MM-DD" (a date or a local date-time). */
export function startsWithDate(text: string): boolean {
  return DATE_PREFIX.test(text);
}

/**
 * True when the date at the start of `text` ("YYYY-MM-DD" or "YYYY-MM-DDTHH:mm") is within the
 * window. Compared as text, which is exact for four-digit years; no Date is built.
 */
export function isInDateWindow(text: string): boolean {
  const date = text.slice(0, 10);
  return startsWithDate(text) && date >= FIRST_DATE && date <= LAST_DATE;
}
