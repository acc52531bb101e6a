/** Words for one recorded change of a group or person: "Karen Haugvaldstad: medlemmer: Kari → Ola". */
import type { ChangeRecord, Person } from "./apiTypes.js";
import type { ChangeText } from "./changeText.js";
import type { DirectoryTextKey, DirectoryTranslate } from "./i18n/directory/index.js";
import type { Translate } from "./i18n/index.js";

const FIELD_KEYS = [
  "name",
  "nameEn",
  "aliases",
  "kind",
  "mandate",
  "representation",
  "behoRepresented",
  "members",
  "note",
  "order",
  "retired",
  "altNames",
  "unit",
  "title",
  "email",
] as const;

/** A history value shown in a line: long texts cut, so one change never fills the dialog. */
const MAX_SHOWN = 160;

function shown(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

function parsed(value: string | null): unknown {
  if (value === null) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** The field's name in words; a field this version does not know is named as stored. */
export function fieldLabel(field: string, d: DirectoryTranslate): string {
  return (FIELD_KEYS as readonly string[]).includes(field) ? d(`field_${field}` as DirectoryTextKey) : field;
}

/** Seats as names ("Kari Nordmann, Ola Nordmann"); a seat of a person no longer listed shows the id. */
function seatNames(value: string | null, people: ReadonlyMap<string, Person>, d: DirectoryTranslate): string {
  const seats = parsed(value);
  if (!Array.isArray(seats) || seats.length === 0) return d("historyNone");
  return seats
    .map((s: { personId?: unknown }) => {
      const id = typeof s?.personId === "string" ? s.personId : "?";
      return people.get(id)?.name ?? id;
    })
    .join(", ");
}

/** Describes a change of a group or person field in the tab's language. */
export function describeDirectoryChange(
  record: ChangeRecord,
  t: Translate,
  d: DirectoryTranslate,
  people: ReadonlyMap<string, Person>,
): ChangeText {
  const who = record.by.name || t("someone");
  const field = fieldLabel(record.field, d);
  switch (record.field) {
    case "created":
      return { who, what: d("historyCreated", { name: shown(record.newValue ?? "") }) };
    case "members":
      return {
        who,
        what: d("historyMembers", {
          old: shown(seatNames(record.oldValue, people, d)),
          new: shown(seatNames(record.newValue, people, d)),
        }),
      };
    case "retired":
      return { who, what: record.newValue === "true" ? d("historyRetired") : d("historyRestored") };
    case "behoRepresented":
      return { who, what: record.newValue === "false" ? d("historyNotRepresented") : d("historyRepresented") };
    case "aliases":
    case "altNames": {
      const list = parsed(record.newValue);
      const text = Array.isArray(list) && list.length > 0 ? list.join(", ") : d("historyNone");
      return { who, what: d("historySet", { field, value: shown(text) }) };
    }
    default:
      if (record.newValue === null || record.newValue === "") return { who, what: d("historyCleared", { field }) };
      return { who, what: d("historySet", { field, value: shown(record.newValue) }) };
  }
}
