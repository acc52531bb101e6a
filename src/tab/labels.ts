/** Translated labels for enum values of the domain. */
import type { EventKind, TiltakStatus } from "./apiTypes.js";
import type { Translate } from "./i18n/index.js";

export const STATUSES: readonly TiltakStatus[] = ["planned", "in_progress", "done", "stopped"];
export const KINDS: readonly EventKind[] = ["meeting", "conference", "presentation", "workshop", "deadline"];

/** "Pågår" / "In progress". */
export function statusLabel(status: TiltakStatus, t: Translate): string {
  return t(`status_${status}`);
}

/** "Møte" / "Meeting". */
export function kindLabel(kind: EventKind, t: Translate): string {
  return t(`kind_${kind}`);
}

/**
 * A shape per status, shown before the word so the pills differ without colour too
 * (○ planned, ◐ in progress, ✓ done, ■ stopped). Decoration only: the word carries the meaning.
 */
export const STATUS_GLYPH: Readonly<Record<TiltakStatus, string>> = {
  planned: "○",
  in_progress: "◐",
  done: "✓",
  stopped: "■",
};
