import type { Booking, BookingLang } from "../domain/booking.js";
import { bookingInstants } from "../domain/bookingReminder.js";
import { BOOKING_CANCEL_VERB } from "../domain/cardActions.js";
import { formatRange } from "../domain/dateFormat.js";
import { escapeMarkdown } from "../domain/markdownText.js";
import { TEXT } from "../domain/reminderTexts.js";
import { adaptiveCard } from "./adaptiveCard.js";

/**
 * The reminder card and its message text, in the language the booking was asked in: when, the
 * purpose and organisation (typed by the requester, so escaped), and the card's cancel button,
 * the same action as on the approval notice.
 */
export function renderBookingReminder(booking: Booking): { card: object; text: string } {
  const lang: BookingLang = booking.lang;
  const t = TEXT[lang];
  const { start, end } = bookingInstants(booking);
  const sentence = t.bookingReminder(
    formatRange(start, end, lang),
    escapeMarkdown(booking.purpose),
    escapeMarkdown(booking.organisation),
  );
  const block = (text: string, extra: object = {}) => ({ type: "TextBlock", text, wrap: true, ...extra });
  return {
    card: adaptiveCard(lang, {
      body: [
        block(t.bookingReminderTitle, { size: "Large", weight: "Bolder", style: "heading" }),
        block(sentence),
        block(t.bookingReminderCancel(t.bookingCancel), { spacing: "Small", isSubtle: true }),
      ],
      actions: [
        {
          type: "Action.Submit",
          title: t.bookingCancel,
          data: { verb: BOOKING_CANCEL_VERB, bookingId: booking.id, lang },
        },
      ],
    }),
    text: sentence,
  };
}
