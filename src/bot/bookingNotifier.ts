import type { Booking, BookingLang } from "../domain/booking.js";
import type { ConversationTarget, ConversationTargetRepository } from "../domain/conversations.js";
import { escapeMarkdown } from "../domain/markdownText.js";
import type { ReminderSender } from "../domain/reminderSender.js";
import type { BookingNews, BookingNotifier } from "../services/bookingService.js";
import { bookingHandlerCard, bookingNoticeCard, requesterActions } from "./cards/bookingCards.js";
import { BOOKING_TEXTS, slotText } from "./cards/bookingTexts.js";

/**
 * Posts Borgertun news proactively, with the sender the reminders use: to each handler's personal
 * chat with the bot (found among the installed conversations by Entra object id), and to the
 * conversation the requester asked from (their personal chat when the bot knows it). Names and
 * reasons are typed by people: the cards escape them, and so does the message text here.
 */
export function createBookingNotifier(deps: {
  targets: ConversationTargetRepository;
  sender: ReminderSender;
  handlerObjectIds: () => string[];
}): BookingNotifier {
  const handlerTargets = async (): Promise<ConversationTarget[]> => {
    const ids = new Set(deps.handlerObjectIds().map((id) => id.toLowerCase()));
    return (await deps.targets.list()).filter(
      (t) =>
        t.status === "active" &&
        t.conversationType === "personal" &&
        !!t.userAadObjectId &&
        ids.has(t.userAadObjectId.toLowerCase()),
    );
  };
  const langOf = (t: ConversationTarget): BookingLang => t.lang ?? "nb";
  return {
    async toHandlers(b: Booking, news: BookingNews) {
      for (const target of await handlerTargets()) {
        const lang = langOf(target);
        const x = BOOKING_TEXTS[lang];
        if (news === "cancelledByRequester") {
          const text = x.cancelledByRequester(b.requester.name, slotText(b, lang));
          await deps.sender.send(target, bookingNoticeCard(lang, text, b), escapeMarkdown(text));
        } else {
          await deps.sender.send(
            target,
            bookingHandlerCard(b, lang),
            escapeMarkdown(x.newRequest(b.requester.name, slotText(b, lang))),
          );
        }
      }
    },
    async toRequester(b: Booking, news: BookingNews) {
      const target = b.replyTargetId ? await deps.targets.get(b.replyTargetId) : undefined;
      if (!target || target.status !== "active") return;
      const text = requesterText(b, news);
      await deps.sender.send(target, bookingNoticeCard(b.lang, text, b, requesterActions(b)), escapeMarkdown(text));
    },
  };
}

/** What the requester is told, in the language they asked in. */
export function requesterText(b: Booking, news: BookingNews): string {
  const x = BOOKING_TEXTS[b.lang];
  const when = slotText(b, b.lang);
  switch (news) {
    case "approved":
      return x.approved(when);
    case "declined":
      return x.declined(when, b.reason ?? "");
    case "proposed":
      return x.proposed(when, b.proposal ? slotText(b.proposal, b.lang) : "");
    case "cancelledByHandler":
      return x.cancelledByHandler(when);
    case "cancelledByRequester":
      return x.cancelled(when);
    case "requested":
      return x.pending(when);
  }
}
