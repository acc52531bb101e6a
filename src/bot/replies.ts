import { ActivityTypes, CardFactory, type Activity } from "botbuilder";
import { escapeMarkdown, type CardElement } from "./cards/common.js";

/** How much of the text the notification preview and the card's fallback carry. */
const SUMMARY_LENGTH = 200;

/** The summary as a preview: whole, or cut at a word with "…". */
function summaryOf(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= SUMMARY_LENGTH) return flat;
  const cut = flat.slice(0, SUMMARY_LENGTH - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > SUMMARY_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * Every message the bot sends in a turn: one reply, shown once. With a card the card is the
 * whole reply (no `text`, which Teams would show above the card as a second copy); the short
 * summary goes where Teams and screen readers look for it: the activity's `summary`
 * (notifications) and the card's `fallbackText` and `speak`. These are plain text, so they
 * stay unescaped; cards escape their own text (cards/common.ts). Without a card the text is
 * the reply, and Teams renders it as markdown: it often carries what people typed (a question
 * echoed, an event title from the form), so it is escaped here, the one way out: a typed
 * `[Logg inn](https://…)` shows as written, never as a link.
 */
export function botMessage(text: string, card?: CardElement): Partial<Activity> {
  if (!card) return { type: ActivityTypes.Message, text: escapeMarkdown(text) };
  const summary = summaryOf(text);
  return {
    type: ActivityTypes.Message,
    summary,
    attachments: [CardFactory.adaptiveCard({ ...card, fallbackText: summary, speak: summary })],
  };
}
