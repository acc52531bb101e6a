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

/** Badge colour per status, so status reads at a glance on a shared screen. */
export function statusColor(status: TiltakStatus): "informative" | "warning" | "success" | "danger" {
  switch (status) {
    case "in_progress":
      return "warning";
    case "done":
      return "success";
    case "stopped":
      return "danger";
    default:
      return "informative";
  }
}
