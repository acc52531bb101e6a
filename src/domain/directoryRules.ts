/**
 * Rules for changing the directory: groups and people as editors write them. Values arrive in
 * shape (lengths, bounded lists, control characters, duplicates are the contract's; see
 * src/contract/directory.ts); here they are trimmed, emptied optional fields left out, and the
 * result compared field by field for the history. Text is kept as typed, never read as markup.
 */
import type { Directory, Group, GroupKind, Membership, Person } from "./directory.js";
import { DIRECTORY_LIMITS } from "./directoryLimits.js";
import { diffFields, type FieldChange } from "./eventRules.js";

export type { FieldChange } from "./eventRules.js";

/** The fields of a group an editor may change (everything but the id); the API's bodies are built from this list. */
export const GROUP_EDITABLE_FIELDS = [
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
] as const;

/** The fields of a person an editor may change (everything but the id). */
export const PERSON_EDITABLE_FIELDS = ["name", "altNames", "unit", "title", "email"] as const;

/** A new group's kind when none is given: most groups are faggrupper. */
const DEFAULT_GROUP_KIND: GroupKind = "professional";

/**
 * An editor's change to a group, in shape: any editable field; null or "" clears an optional text
 * (an empty English name falls back to the name).
 */
export interface GroupEdit {
  name?: string;
  nameEn?: string | null;
  aliases?: string[];
  kind?: GroupKind;
  mandate?: string | null;
  representation?: string | null;
  behoRepresented?: boolean;
  members?: Membership[];
  note?: string | null;
  order?: number;
  retired?: boolean;
}

/** A new group: a name, and any other editable field. */
export type GroupInput = GroupEdit & { name: string };

/** An editor's change to a person; null or "" clears an optional text. */
export interface PersonEdit {
  name?: string;
  altNames?: string[];
  unit?: string | null;
  title?: string | null;
  email?: string | null;
}

/** A new person: a name, and any other editable field. */
export type PersonInput = PersonEdit & { name: string };

type Issue = { field: string; message: string };

/** Trimmed text, or undefined for null, undefined and blank. */
function present(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Trimmed, blank ones dropped. */
function names(list: readonly string[] | undefined): string[] {
  return (list ?? []).map((n) => n.trim()).filter((n) => n !== "");
}

function seat(m: Membership): Membership {
  const unit = present(m.unit);
  const role = present(m.role);
  return { personId: m.personId, ...(unit ? { unit } : {}), ...(role ? { role } : {}) };
}

/**
 * A group with its fields in one order and only meaningful optional fields, so that two equal
 * groups compare equal as JSON (history diffs, import plans) however their rows were written.
 */
export function canonicalGroup(g: Group): Group {
  const nameEn = present(g.nameEn) ?? g.name;
  const mandate = present(g.mandate);
  const representation = present(g.representation);
  const note = present(g.note);
  return {
    id: g.id,
    name: g.name,
    nameEn,
    aliases: names(g.aliases),
    kind: g.kind,
    ...(mandate ? { mandate } : {}),
    ...(representation ? { representation } : {}),
    behoRepresented: g.behoRepresented,
    members: (g.members ?? []).map(seat),
    ...(note ? { note } : {}),
    order: g.order,
    ...(g.retired ? { retired: true } : {}),
  };
}

/** A person in one field order with only meaningful optional fields (see {@link canonicalGroup}). */
function canonicalPerson(p: Person): Person {
  const unit = present(p.unit);
  const title = present(p.title);
  const email = present(p.email);
  return {
    id: p.id,
    name: p.name,
    altNames: names(p.altNames),
    ...(unit ? { unit } : {}),
    ...(title ? { title } : {}),
    ...(email ? { email } : {}),
  };
}

/** `edit` laid over `base`: the fields it names replace, null or "" clears. */
function editedGroup(base: Group, edit: GroupEdit): Group {
  const next: Group = { ...base };
  if (edit.name !== undefined) next.name = edit.name.trim();
  if (edit.nameEn !== undefined) next.nameEn = edit.nameEn ?? "";
  if (edit.aliases !== undefined) next.aliases = edit.aliases;
  if (edit.kind !== undefined) next.kind = edit.kind;
  if (edit.mandate !== undefined) next.mandate = edit.mandate ?? undefined;
  if (edit.representation !== undefined) next.representation = edit.representation ?? undefined;
  if (edit.behoRepresented !== undefined) next.behoRepresented = edit.behoRepresented;
  if (edit.members !== undefined) next.members = edit.members;
  if (edit.note !== undefined) next.note = edit.note ?? undefined;
  if (edit.order !== undefined) next.order = edit.order;
  if (edit.retired !== undefined) next.retired = edit.retired;
  return canonicalGroup(next);
}

/** A new group from an editor's input; `order` places it when the input does not. */
export function newGroup(id: string, input: GroupInput, order: number): Group {
  return editedGroup(
    {
      id,
      name: input.name,
      nameEn: "",
      aliases: [],
      kind: DEFAULT_GROUP_KIND,
      behoRepresented: true,
      members: [],
      order,
    },
    input,
  );
}

/** Applies an editor's change; the changed fields (none when nothing changed) are the history. */
export function applyGroupEdit(existing: Group, edit: GroupEdit): { group: Group; changes: FieldChange[] } {
  const before = canonicalGroup(existing);
  const group = editedGroup(before, edit);
  const changes = diffFields(before, group);
  return { group: changes.length > 0 ? group : existing, changes };
}

function editedPerson(base: Person, edit: PersonEdit): Person {
  const next: Person = { ...base };
  if (edit.name !== undefined) next.name = edit.name.trim();
  if (edit.altNames !== undefined) next.altNames = edit.altNames;
  if (edit.unit !== undefined) next.unit = edit.unit ?? undefined;
  if (edit.title !== undefined) next.title = edit.title ?? undefined;
  if (edit.email !== undefined) next.email = edit.email ?? undefined;
  return canonicalPerson(next);
}

/** A new person from an editor's input. */
export function newPerson(id: string, input: PersonInput): Person {
  return editedPerson({ id, name: input.name, altNames: [] }, input);
}

/** Applies an editor's change to a person; the changed fields are the history. */
export function applyPersonEdit(existing: Person, edit: PersonEdit): { person: Person; changes: FieldChange[] } {
  const before = canonicalPerson(existing);
  const person = editedPerson(before, edit);
  const changes = diffFields(before, person);
  return { person: changes.length > 0 ? person : existing, changes };
}

/** Each seat must name a stored person (the contract has already refused a person twice in one group). */
export function memberIssues(members: readonly Membership[], personIds: ReadonlySet<string>, prefix = ""): Issue[] {
  return members.flatMap((m, i) =>
    personIds.has(m.personId) ? [] : [{ field: `${prefix}members[${i}].personId`, message: `no person ${m.personId}` }],
  );
}

/** Why one more current group (a new one, or one restored) cannot be added, or undefined. */
export function currentGroupsIssue(currentGroups: number, field: string): Issue | undefined {
  return currentGroups >= DIRECTORY_LIMITS.currentGroups
    ? { field, message: `at most ${DIRECTORY_LIMITS.currentGroups} groups can be current; retire one first` }
    : undefined;
}

/** The directory as the bot answers from it: retired groups are history, not current. */
export function currentDirectory(directory: Directory): Directory {
  return directory.groups.some((g) => g.retired)
    ? { ...directory, groups: directory.groups.filter((g) => !g.retired) }
    : directory;
}

/** The changes that make a new entity's history: "created" with its name. */
export function createdChange(name: string): FieldChange[] {
  return [{ field: "created", oldValue: null, newValue: name }];
}

/** Changes between two versions of a group, for an import's plan (the same rule as an edit's). */
export function groupChanges(before: Group, after: Group): FieldChange[] {
  return diffFields(canonicalGroup(before), canonicalGroup(after));
}

/** Changes between two versions of a person. */
export function personChanges(before: Person, after: Person): FieldChange[] {
  return diffFields(canonicalPerson(before), canonicalPerson(after));
}
