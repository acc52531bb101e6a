import { CANCELLED, type CardState } from "../domain/cardUpdate.js";
import type { Lang } from "../domain/language.js";
import type { Occurrence } from "../domain/events.js";
import { occurrenceWhen } from "./reminderCard.js";
import { TEXT } from "../domain/reminderTexts.js";
import { adaptiveCard } from "./adaptiveCard.js";

/** Renders a reminder card for an occurrence (the runner's renderer). */
export type RenderCard = (occurrence: Occurrence, lang: Lang) => object;

/** The posted card once the occurrence is cancelled: "Avlyst" first, no buttons (nothing to answer or add). */
export function cancelledCard(occurrence: Occurrence | undefined, lang: Lang, render: RenderCard): object {
  const t = TEXT[lang];
  const banner = {
    type: "TextBlock",
    text: t.cancelledHeading,
    size: "Large",
    weight: "Bolder",
    color: "Attention",
    wrap: true,
  };
  if (!occurrence) {
    return adaptiveCard(lang, { body: [banner, { type: "TextBlock", text: t.cancelledBody, wrap: true }] });
  }
  const card = render(occurrence, lang) as { body: Record<string, unknown>[] } & Record<string, unknown>;
  const body = card.body.filter((b) => b.type !== "ActionSet");
  const { refresh: _refresh, ...rest } = card;
  return { ...rest, body: [banner, ...body], actions: [] };
}

/** The short thread reply (and the updated message's text): what changed. `title` is already escaped. */
export function changeReply(to: CardState, title: string, occurrence: Occurrence | undefined, lang: Lang): string {
  const t = TEXT[lang];
  if (to === CANCELLED || !occurrence) return t.cancelledReply(title);
  return t.movedReply(title, occurrenceWhen(occurrence, lang));
}
