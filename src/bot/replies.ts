import { ActivityTypes, CardFactory, type Activity } from "botbuilder";
import { escapeMarkdown, type CardElement } from "./cards/common.js";

/**
 * Every message the bot sends in a turn. Teams renders a message's `text` as markdown, and the
 * text often carries what people typed (a question echoed, an event title from the form), so
 * it is escaped here, the one way out: a typed `[Logg inn](https://…)` shows as written, never
 * as a link. Cards escape their own text (cards/common.ts). `summary` is the notification
 * preview, which Teams shows as plain text, so it stays unescaped.
 */
export function botMessage(text: string, card?: CardElement): Partial<Activity> {
  return {
    type: ActivityTypes.Message,
    text: escapeMarkdown(text),
    ...(card ? { summary: text.slice(0, 200), attachments: [CardFactory.adaptiveCard(card)] } : {}),
  };
}
