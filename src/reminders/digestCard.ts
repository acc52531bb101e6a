import type { Lang } from "../domain/language.js";
import { formatDate } from "../domain/dateFormat.js";
import type { DigestContent } from "../domain/digest.js";
import { escapeMarkdown } from "../domain/markdownText.js";
import { occurrenceWhen } from "./reminderCard.js";
import { occurrenceTitle } from "../domain/occurrenceTitle.js";
import { TEXT } from "../domain/reminderTexts.js";
import { adaptiveCard } from "./adaptiveCard.js";

/** The digest as an Adaptive Card plus its message text; everything typed by users is escaped. */
export function renderDigest(content: DigestContent, lang: Lang): { card: object; text: string } {
  const t = TEXT[lang];
  const line = (text: string) => ({ type: "TextBlock", text, wrap: true, spacing: "Small" });
  const body: object[] = [
    { type: "TextBlock", text: t.digestTitle, size: "Large", weight: "Bolder", style: "heading", wrap: true },
  ];
  if (content.events.length || content.holidays.length) {
    body.push({ type: "TextBlock", text: t.digestEvents, weight: "Bolder", spacing: "Medium" });
    for (const h of content.holidays)
      body.push(line(`${formatDate(new Date(`${h.date}T12:00:00Z`), lang)}: ${t.digestHoliday(h.names[lang])}`));
    for (const { occurrence, holiday } of content.events) {
      const note = holiday ? ` (${t.digestHoliday(holiday.names[lang])})` : "";
      body.push(
        line(`${occurrenceWhen(occurrence, lang)}: ${escapeMarkdown(occurrenceTitle(occurrence, lang))}${note}`),
      );
    }
  }
  if (content.deadlines.length) {
    body.push({ type: "TextBlock", text: t.digestDeadlines, weight: "Bolder", spacing: "Medium" });
    for (const o of content.deadlines)
      body.push(line(`${occurrenceWhen(o, lang)}: ${escapeMarkdown(occurrenceTitle(o, lang))}`));
  }
  if (content.tiltak.length) {
    body.push({ type: "TextBlock", text: t.digestTiltak, weight: "Bolder", spacing: "Medium" });
    for (const tiltak of content.tiltak) body.push(line(escapeMarkdown(tiltak.text)));
  }
  const text = t.digestTitle;
  return {
    card: adaptiveCard(lang, { body }),
    text,
  };
}
