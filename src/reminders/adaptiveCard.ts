/** Body and actions of a proactive card; the envelope is added by {@link adaptiveCard}. */
export interface CardParts {
  body: object[];
  actions?: object[];
}

/** The Adaptive Card envelope every proactive card uses: schema 1.5 (Teams' newest), in the card's language. */
export function adaptiveCard<P extends CardParts>(
  lang: string,
  parts: P,
): { type: "AdaptiveCard"; $schema: string; version: "1.5"; lang: string } & P {
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    lang,
    ...parts,
  };
}
