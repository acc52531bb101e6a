/** The stage's "Neste hendelser" by the one holiday rule (domain/holidayRule.ts); no React here. */
import { nextHeldPerEvent } from "../contract/holidayRule.js";
import type { OccurrenceDto } from "./apiTypes.js";

/** The next held occurrence of each of the next `count` events, with the holiday dates it passes over. */
export function nextEvents(
  upcoming: readonly OccurrenceDto[],
  count: number,
): { next: OccurrenceDto; skipped: OccurrenceDto[] }[] {
  return nextHeldPerEvent(upcoming, count);
}
