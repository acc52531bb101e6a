import type { Lang } from "./language.js";
import type { Occurrence } from "./events.js";

/** The event title in the reader's language (English falls back to the Norwegian title). */
export function occurrenceTitle(occurrence: Occurrence, lang: Lang): string {
  return lang === "en" ? (occurrence.event.titleEn ?? occurrence.event.title) : occurrence.event.title;
}
