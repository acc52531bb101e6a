import type { Choice } from "../../qa/answerTypes.js";
import { escapeMarkdown } from "../../domain/markdownText.js";

export { escapeMarkdown };

/** An Adaptive Card element or action as plain JSON. */
export type CardElement = Record<string, unknown>;

/** Teams renders Adaptive Cards up to 1.5. */
export const CARD_VERSION = "1.5";
export const CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";

/** A wrapping TextBlock; `text` is escaped here, so callers pass raw text. */
export function textBlock(text: string, extra: CardElement = {}): CardElement {
  return { type: "TextBlock", text: escapeMarkdown(text), wrap: true, ...extra };
}

/** A heading TextBlock. */
export function heading(text: string): CardElement {
  return textBlock(text, { size: "Large", weight: "Bolder", style: "heading" });
}

/** A FactSet; titles and values are escaped. */
export function factSet(facts: { title: string; value: string }[]): CardElement {
  return {
    type: "FactSet",
    facts: facts.map((f) => ({ title: escapeMarkdown(f.title), value: escapeMarkdown(f.value) })),
  };
}

/** A button that sends `question` as if the user typed it (Teams imBack). */
export function questionButton(choice: Choice): CardElement {
  return {
    type: "Action.Submit",
    title: choice.label,
    data: { msteams: { type: "imBack", value: choice.question } },
  };
}

/** Buttons in rows of five, so long lists stay readable in Teams. */
export function buttonRows(choices: Choice[]): CardElement[] {
  const rows: CardElement[] = [];
  for (let i = 0; i < choices.length; i += 5) {
    rows.push({ type: "ActionSet", actions: choices.slice(i, i + 5).map(questionButton) });
  }
  return rows;
}

/** A complete card. */
export function adaptiveCard(body: CardElement[], actions: CardElement[] = []): CardElement {
  return {
    type: "AdaptiveCard",
    $schema: CARD_SCHEMA,
    version: CARD_VERSION,
    body,
    ...(actions.length > 0 ? { actions } : {}),
  };
}
