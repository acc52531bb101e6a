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
    case "status":
      return {
        who,
        what: `${isStatus(record.oldValue) ? statusLabel(record.oldValue, t) : value(record.oldValue)} → ${
          isStatus(record.newValue) ? statusLabel(record.newValue, t) : value(record.newValue)
        }`,
      };
    case "notes":
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
