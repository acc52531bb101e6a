import { BOOKING_ROWS, reasonOf, type BadRowReporter } from "../domain/badRows.js";
import type { Clock } from "../domain/clock.js";
import type { Booking, BookingLang } from "../domain/booking.js";
import type { BookingRepository } from "../domain/bookingRepository.js";
import {
  bookingInstants,
  bookingReminderId,
  bookingReminderPlan,
  type BookingReminderPlan,
} from "../domain/bookingReminder.js";
import { BOOKING_CANCEL_VERB } from "../domain/cardActions.js";
import { formatRange } from "../domain/dateFormat.js";
import { escapeMarkdown } from "../domain/markdownText.js";
import { TEXT } from "../domain/reminderTexts.js";
import type { Logger } from "../logger.js";
import type { OnceContent, OnceOutcome, OnceSender } from "./onceSender.js";
import { adaptiveCard } from "./adaptiveCard.js";

/** The once-send partition of the requesters' Borgertun reminders. */
export const BOOKING_REMINDER_GROUP = "borgertun";

/**
 * The requester's reminder of an approved Borgertun booking, the day before at 09:00 (the rule:
 * src/domain/bookingReminder.ts), in their personal chat with the bot: the conversation the
 * approval notice went to (`replyTargetId`), when that is a personal chat. Each reminder is sent
 * once across instances through the once-send table (insert-if-absent claim, lease, send slots),
 * and the booking is read again right before the post, so one cancelled or moved since is skipped.
 */
export class BookingReminderRunner {
  /** Bookings already logged as having no conversation (once per process, not every tick). */
  private readonly noTargetLogged = new Set<string>();

  constructor(
    private readonly o: {
      bookings: Pick<BookingRepository, "list" | "get">;
      once: OnceSender;
      clock: Clock;
      log: Logger;
      badRows?: BadRowReporter;
    },
  ) {}

  async tick(): Promise<{ sent: number; skipped: number }> {
    const report = { sent: 0, skipped: 0 };
    const now = this.o.clock();
    const due: { booking: Booking; dueAt: Date }[] = [];
    for (const { value } of await this.o.bookings.list()) {
      const plan = this.planOf(value, now);
      if (plan?.send === "now") due.push({ booking: value, dueAt: plan.dueAt });
    }
    for (const { booking, dueAt } of due) {
      try {
        const outcome = await this.remind(booking, dueAt);
        if (outcome === "sent") report.sent++;
        if (outcome === "skipped") report.skipped++;
      } catch (error) {
        // One booking's trouble (storage, a bad row) must not hold up the others; the next tick retries.
        this.o.log.warn("borgertun reminder failed", { bookingId: booking.id, error: String(error).slice(0, 300) });
      }
    }
    return report;
  }

  private async remind(booking: Booking, dueAt: Date): Promise<OnceOutcome | undefined> {
    if (!booking.replyTargetId) {
      // Asked through the API: the approval notice had nowhere to go either.
      if (!this.noTargetLogged.has(booking.id))
        this.o.log.debug("borgertun reminder skipped: no conversation with the requester", { bookingId: booking.id });
      this.noTargetLogged.add(booking.id);
      return undefined;
    }
    const claimed = await this.o.once.claimNew({
      group: BOOKING_REMINDER_GROUP,
      id: bookingReminderId(booking),
      targetId: booking.replyTargetId,
      bookingId: booking.id,
      dueAt: dueAt.toISOString(),
      status: "claimed",
      attempts: 0,
    });
    if (!claimed) return undefined;
    return this.o.once.deliver(claimed, async (target) => {
      if (target.conversationType !== "personal") {
        this.o.log.debug("borgertun reminder skipped: the requester asked outside a personal chat", {
          bookingId: booking.id,
          conversationType: target.conversationType,
        });
        return undefined;
      }
      // The send-time check: still approved, still at the time this row is for, and not about to begin.
      const fresh = (await this.o.bookings.get(booking.id))?.value;
      if (!fresh || bookingReminderId(fresh) !== bookingReminderId(booking)) return undefined;
      if (this.planOf(fresh, this.o.clock())?.send !== "now") return undefined;
      return renderBookingReminder(fresh);
    });
  }

  /** The plan, or undefined (the row reported) for a stored booking whose date or time cannot be read. */
  private planOf(booking: Booking, now: Date): BookingReminderPlan | undefined {
    try {
      return bookingReminderPlan(booking, now);
    } catch (error) {
      this.o.badRows?.bad({ table: BOOKING_ROWS, id: booking.id, reason: reasonOf(error), found: "use" });
      return undefined;
    }
  }
}

/**
 * The reminder card and its message text, in the language the booking was asked in: when, the
 * purpose and organisation (typed by the requester, so escaped), and the card's cancel button,
 * the same action as on the approval notice.
 */
export function renderBookingReminder(booking: Booking): NonNullable<OnceContent> {
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
