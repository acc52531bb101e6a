import type { Subscription } from "../../domain/conversations.js";
import { EVENT_KINDS, type EventKind } from "../../domain/events.js";
import { DEFAULT_LEAD_TIMES } from "../../domain/reminderSchedule.js";
import { TEXT, type TextLang } from "../../domain/reminderTexts.js";
import { CARD_SCHEMA, CARD_VERSION, textBlock, type CardElement } from "./common.js";

/** Verb of the settings card's save button. */
export const SAVE_SETTINGS_VERB = "saveSettings";

/**
 * "innstillinger": the conversation's kinds, its lead times per kind and the weekly digest in
 * one card, saved with one Action.Execute (its inputs arrive in the action's data).
 */
export function settingsCard(subscription: Subscription, lang: TextLang, note?: string): CardElement {
  const t = TEXT[lang];
  const chosen = subscription.kinds.length ? subscription.kinds : EVENT_KINDS;
  const body: CardElement[] = [
    { type: "TextBlock", text: t.settingsTitle, size: "Large", weight: "Bolder", style: "heading", wrap: true },
  ];
  if (note) body.push(textBlock(note, { weight: "Bolder", color: "Good" }));
  body.push({
    type: "Input.ChoiceSet",
    id: "kinds",
    label: t.settingsKinds,
    isMultiSelect: true,
    style: "expanded",
    value: chosen.join(","),
    choices: EVENT_KINDS.map((kind) => ({ title: t.kindsPlural[kind], value: kind })),
  });
  for (const kind of EVENT_KINDS) {
    body.push({
      type: "Input.Text",
      id: `lead_${kind}`,
      label: t.settingsLeadTimes(t.kindsPlural[kind as EventKind]),
      value: subscription.leadTimes?.[kind]?.join(", ") ?? "",
      placeholder: DEFAULT_LEAD_TIMES[kind].join(", "),
      maxLength: 120,
    });
  }
  body.push(textBlock(t.settingsLeadHelp, { isSubtle: true, size: "Small" }));
  body.push({
    type: "Input.ChoiceSet",
    id: "digest",
    label: t.settingsDigest,
    style: "expanded",
    value: subscription.digest ?? "off",
    choices: [
      { title: t.digestOff, value: "off" },
      { title: t.digestAlso, value: "also" },
      { title: t.digestOnly, value: "only" },
    ],
  });
  return {
    type: "AdaptiveCard",
    $schema: CARD_SCHEMA,
    version: CARD_VERSION,
    body,
    actions: [{ type: "Action.Execute", title: t.save, verb: SAVE_SETTINGS_VERB, data: { lang } }],
  };
}
