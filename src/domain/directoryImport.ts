/**
 * What importing a directory file would do, decided before anything is written: which groups and
 * people it adds, changes or retires, which rows it leaves alone, and which it must not touch
 * because they were changed in the app after the file was exported (the file carries each row's
 * ETag from the export; a row whose ETag moved on and whose values differ is a conflict, so a
 * year-old file never undoes this year's edits). A group missing from the file is left alone and
 * listed: retiring takes the file's "retired" value, never an absent row.
 */
import type { Group, Person } from "./directory.js";
import { DIRECTORY_LIMITS } from "./directoryLimits.js";
import {
  canonicalGroup,
  groupChanges,
  memberIssues,
  newGroup,
  newPerson,
  personChanges,
  type FieldChange,
  type GroupInput,
  type PersonInput,
} from "./directoryRules.js";
import type { Versioned } from "./repositories.js";

/** A group row of an import file, in shape: the group's fields, its id, and the ETag it was exported with. */
type GroupFileRow = GroupInput & { id: string; etag?: string };

/** A person row of an import file. */
type PersonFileRow = PersonInput & { id: string; etag?: string };

/** The rows of an import file (ids unique per kind: the contract checks). */
export interface DirectoryFileRows {
  groups: GroupFileRow[];
  people: PersonFileRow[];
}

/** One row of the plan as shown: which entity, its name, and the fields that differ. */
export interface ImportItem {
  type: "group" | "person";
  id: string;
  name: string;
  fields?: string[];
}

/** One write of the plan: a new row, or a conditional update of the row as it was when planned. */
export type ImportStep =
  | { op: "create"; type: "person"; value: Person }
  | { op: "create"; type: "group"; value: Group }
  | { op: "update"; type: "person"; value: Person; etag: string; changes: FieldChange[] }
  | { op: "update"; type: "group"; value: Group; etag: string; changes: FieldChange[] };

/** The whole plan: what each category holds, the writes in order (people before the groups that seat them), and the problems. */
export interface ImportPlan {
  added: ImportItem[];
  changed: ImportItem[];
  retired: ImportItem[];
  conflicts: ImportItem[];
  notInFile: ImportItem[];
  unchanged: number;
  steps: ImportStep[];
  issues: { field: string; message: string }[];
}

type Current = { groups: Versioned<Group>[]; people: Versioned<Person>[] };

const item = (type: ImportItem["type"], v: { id: string; name: string }, changes?: FieldChange[]): ImportItem => ({
  type,
  id: v.id,
  name: v.name,
  ...(changes ? { fields: changes.map((c) => c.field) } : {}),
});

/** Plans an import of `file` over the directory as it is now (`current`, with ETags). */
export function planImport(current: Current, file: DirectoryFileRows): ImportPlan {
  const plan: ImportPlan = {
    added: [],
    changed: [],
    retired: [],
    conflicts: [],
    notInFile: [],
    unchanged: 0,
    steps: [],
    issues: [],
  };
  planPeople(current.people, file.people, plan);
  planGroups(current, file, plan);
  return plan;
}

function planPeople(current: Versioned<Person>[], rows: PersonFileRow[], plan: ImportPlan): void {
  const byId = new Map(current.map((v) => [v.value.id, v]));
  const inFile = new Set(rows.map((r) => r.id));
  rows.forEach((row) => {
    const value = newPerson(row.id, row);
    const stored = byId.get(row.id);
    if (!stored) {
      plan.added.push(item("person", value));
      plan.steps.push({ op: "create", type: "person", value });
      return;
    }
    const changes = personChanges(stored.value, value);
    if (changes.length === 0) plan.unchanged++;
    else if (row.etag !== undefined && row.etag !== stored.etag) plan.conflicts.push(item("person", value, changes));
    else {
      plan.changed.push(item("person", value, changes));
      plan.steps.push({ op: "update", type: "person", value, etag: stored.etag, changes });
    }
  });
  for (const v of current) if (!inFile.has(v.value.id)) plan.notInFile.push(item("person", v.value));
  const people = current.length + plan.added.filter((i) => i.type === "person").length;
  if (people > DIRECTORY_LIMITS.people)
    plan.issues.push({
      field: "people",
      message: `the directory would hold more than ${DIRECTORY_LIMITS.people} people`,
    });
}

function planGroups(current: Current, file: DirectoryFileRows, plan: ImportPlan): void {
  const byId = new Map(current.groups.map((v) => [v.value.id, v]));
  const inFile = new Set(file.groups.map((r) => r.id));
  const personIds = new Set([...current.people.map((v) => v.value.id), ...file.people.map((r) => r.id)]);
  let nextOrder = Math.max(0, ...current.groups.map((v) => v.value.order)) + 1;
  const after = new Map(current.groups.map((v) => [v.value.id, canonicalGroup(v.value)]));
  file.groups.forEach((row, i) => {
    plan.issues.push(...memberIssues(row.members ?? [], personIds, `groups[${i}].`));
    const stored = byId.get(row.id);
    if (!stored) {
      const value = newGroup(row.id, row, row.order ?? nextOrder++);
      after.set(value.id, value);
      plan.added.push(item("group", value));
      plan.steps.push({ op: "create", type: "group", value });
      return;
    }
    const value = newGroup(row.id, row, row.order ?? stored.value.order);
    const changes = groupChanges(stored.value, value);
    if (changes.length === 0) plan.unchanged++;
    else if (row.etag !== undefined && row.etag !== stored.etag) plan.conflicts.push(item("group", value, changes));
    else {
      after.set(value.id, value);
      const retiring = value.retired === true && !stored.value.retired;
      (retiring ? plan.retired : plan.changed).push(item("group", value, changes));
      plan.steps.push({ op: "update", type: "group", value, etag: stored.etag, changes });
    }
  });
  for (const v of current.groups) if (!inFile.has(v.value.id)) plan.notInFile.push(item("group", v.value));
  const groups = [...after.values()];
  if (groups.length > DIRECTORY_LIMITS.groups)
    plan.issues.push({
      field: "groups",
      message: `the directory would hold more than ${DIRECTORY_LIMITS.groups} groups`,
    });
  const currentGroups = groups.filter((g) => !g.retired).length;
  if (currentGroups > DIRECTORY_LIMITS.currentGroups)
    plan.issues.push({
      field: "groups",
      message: `at most ${DIRECTORY_LIMITS.currentGroups} groups can be current; the file would make ${currentGroups} current`,
    });
}
