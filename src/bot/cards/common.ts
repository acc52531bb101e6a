import type { Choice } from "../../qa/answerTypes.js";

/** An Adaptive Card element or action as plain JSON. */
export type CardElement = Record<string, unknown>;

/** Teams renders Adaptive Cards up to 1.5. */
export const CARD_VERSION = "1.5";
export const CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";

/**
 * Escapes characters TextBlock markdown would interpret, so typed text and document text show
 * as written: emphasis, links, code, headings, tables, and list markers at line start ("3. etasje").
 */
export function escapeMarkdown(text: string): string {
  // Most text has nothing to escape; one scan is cheaper than three replacements on every card.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(MARKDOWN_CHAR, "\\$1").replace(NUMBERED_ITEM, "$1$2\\.$3").replace(BULLET_ITEM, "$1\\$2$3");
}

const MARKDOWN_CHAR = /([\\`*_~[\]<>#|])/g;
const NUMBERED_ITEM = /^(\s*)(\d+)\.(\s)/gm;
const BULLET_ITEM = /^(\s*)([-+])(\s)/gm;
// Any of the three: built from them, so the fast path can never disagree with the escaping.
const NEEDS_ESCAPE = new RegExp([MARKDOWN_CHAR, NUMBERED_ITEM, BULLET_ITEM].map((r) => r.source).join("|"), "m");

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
