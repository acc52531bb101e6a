/** Words for one recorded change: "Karen Haugvaldstad: Planlagt → Fullført" (no internal codes). */
import type { ChangeRecord, TiltakStatus } from "./apiTypes.js";
import type { Translate } from "./i18n/index.js";
import { STATUSES, statusLabel } from "./labels.js";

/** Who did it and what, both as plain text. */
export interface ChangeText {
  who: string;
  what: string;
}

const isStatus = (v: string | null): v is TiltakStatus => STATUSES.includes(v as TiltakStatus);

/** Describes a change of a tiltak field; unknown fields are named by a readable label, never the code alone. */
export function describeChange(record: ChangeRecord, t: Translate): ChangeText {
  const who = record.by.name || t("someone");
  const value = (v: string | null) => (v === null || v === "" ? t("empty") : v);
  switch (record.field) {
    case "carriedFrom": {
      // "2024-2025:t06": the period and the tiltak it came from.
      const period = (record.newValue ?? "").split(":")[0].replace("-", "–");
      return { who, what: t("changeCarried", { period }) };
    }
    case "decision": {
      const m = record.meeting;
      const date = m ? new Date(m.start).toLocaleDateString("nb-NO", { timeZone: "Europe/Oslo" }) : "";
      return { who, what: t("changeDecision", { meeting: m ? `${m.title} ${date}` : "Alrekforum" }) };
    }
    case "status":
      if (record.oldValue === null && isStatus(record.newValue))
        return { who, what: t("changeCarriedStatus", { value: statusLabel(record.newValue, t) }) };
      return {
        who,
        what: `${isStatus(record.oldValue) ? statusLabel(record.oldValue, t) : value(record.oldValue)} → ${
          isStatus(record.newValue) ? statusLabel(record.newValue, t) : value(record.newValue)
        }`,
      };
    case "notes":
      if (record.oldValue === null && record.newValue) return { who, what: t("changeCarriedNotes") };
      return { who, what: record.newValue ? t("changeNotes") : t("changeNotesCleared") };
    case "responsible":
      return { who, what: t("changeResponsible", { value: value(record.newValue) }) };
    case "dueDate":
      return {
        who,
        what: record.newValue ? t("changeDueDate", { value: record.newValue }) : t("changeDueDateCleared"),
      };
    case "milestone":
      return {
        who,
        what: record.newValue ? t("changeMilestone", { value: record.newValue }) : t("changeMilestoneCleared"),
      };
    default:
      return { who, what: t("changeOther") };
  }
}
