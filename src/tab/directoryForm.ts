/**
 * The directory editor's forms without React: form values from a group or person, the body that
 * sends only what changed, the door's limits checked before asking the server (it decides), and
 * the server's field messages placed next to their fields.
 */
import type {
  FieldIssue,
  Group,
  GroupCreateBody,
  GroupKind,
  GroupPatchBody,
  Person,
  PersonCreateBody,
  PersonPatchBody,
} from "./apiTypes.js";
import { DIRECTORY_LIMITS as L } from "../contract/limits.js";
import type { DirectoryTranslate } from "./i18n/directory/index.js";

/** One seat as the form holds it. */
export interface SeatValues {
  personId: string;
  unit: string;
  role: string;
}

/** A group as its form holds it: text fields as typed, other names one per line. */
export interface GroupFormValues {
  name: string;
  nameEn: string;
  kind: GroupKind;
  aliases: string;
  notRepresented: boolean;
  representation: string;
  mandate: string;
  note: string;
  members: SeatValues[];
}

/** A form field of the group form. */
export type GroupField = keyof GroupFormValues;

/** A person as their form holds them. */
export interface PersonFormValues {
  name: string;
  altNames: string;
  unit: string;
  title: string;
  email: string;
}

/** A form field of the person form. */
export type PersonField = keyof PersonFormValues;

/** Lines of a "one per line" field, trimmed, blank ones dropped. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** The group's values in its form; an empty form (kind faggruppe) for a new group. */
export function groupFormValues(g?: Group): GroupFormValues {
  return {
    name: g?.name ?? "",
    // The English name equal to the name was filled in by the server: the form shows it as empty.
    nameEn: g && g.nameEn !== g.name ? g.nameEn : "",
    kind: g?.kind ?? "professional",
    aliases: (g?.aliases ?? []).join("\n"),
    notRepresented: g ? !g.behoRepresented : false,
    representation: g?.representation ?? "",
    mandate: g?.mandate ?? "",
    note: g?.note ?? "",
    members: (g?.members ?? []).map((m) => ({ personId: m.personId, unit: m.unit ?? "", role: m.role ?? "" })),
  };
}

const seats = (members: SeatValues[]) =>
  members.map((m) => ({
    personId: m.personId,
    ...(m.unit.trim() ? { unit: m.unit.trim() } : {}),
    ...(m.role.trim() ? { role: m.role.trim() } : {}),
  }));

/** Every field of the group form as the API takes it. */
function groupBody(v: GroupFormValues): Required<GroupCreateBody> {
  return {
    name: v.name.trim(),
    nameEn: v.nameEn.trim() || null,
    kind: v.kind,
    aliases: linesOf(v.aliases),
    behoRepresented: !v.notRepresented,
    representation: v.representation.trim() || null,
    mandate: v.mandate.trim() || null,
    note: v.note.trim() || null,
    members: seats(v.members),
    order: 0,
  };
}

/** POST /api/groups body of a new group's form. */
export function groupCreateBody(v: GroupFormValues): GroupCreateBody {
  const { order: _order, ...body } = groupBody(v);
  return body;
}

/**
 * PATCH body with only the fields whose value changed since the form opened, so that saving
 * again after a conflict keeps what the other editor changed in the fields this one left alone.
 */
export function groupPatch(initial: GroupFormValues, current: GroupFormValues): GroupPatchBody {
  const before = groupBody(initial);
  const after = groupBody(current);
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof typeof after)[])
    if (key !== "order" && JSON.stringify(before[key]) !== JSON.stringify(after[key])) patch[key] = after[key];
  return patch as GroupPatchBody;
}

/** The person's values in their form. */
export function personFormValues(p?: Person): PersonFormValues {
  return {
    name: p?.name ?? "",
    altNames: (p?.altNames ?? []).join("\n"),
    unit: p?.unit ?? "",
    title: p?.title ?? "",
    email: p?.email ?? "",
  };
}

function personBody(v: PersonFormValues): Required<PersonCreateBody> {
  return {
    name: v.name.trim(),
    altNames: linesOf(v.altNames),
    unit: v.unit.trim() || null,
    title: v.title.trim() || null,
    email: v.email.trim() || null,
  };
}

/** POST /api/people body of a new person's form. */
export function personCreateBody(v: PersonFormValues): PersonCreateBody {
  return personBody(v);
}

/** PATCH body with only the fields that changed since the form opened. */
export function personPatch(initial: PersonFormValues, current: PersonFormValues): PersonPatchBody {
  const before = personBody(initial);
  const after = personBody(current);
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof typeof after)[])
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) patch[key] = after[key];
  return patch as PersonPatchBody;
}

type Problems<F extends string> = Partial<Record<F, string>>;

function lengthProblem(text: string, max: number, d: DirectoryTranslate): string | undefined {
  return text.trim().length > max ? d("tooLong", { max }) : undefined;
}

function linesProblem(text: string, maxLines: number, d: DirectoryTranslate): string | undefined {
  const lines = linesOf(text);
  if (lines.length > maxLines) return d("tooMany", { max: maxLines });
  const long = lines.find((line) => line.length > L.aliasChars);
  if (long) return `${d("tooLong", { max: L.aliasChars })} (${long.slice(0, 30)}…)`;
  const seen = new Set<string>();
  for (const line of lines) {
    const key = line.toLowerCase().replace(/\s+/g, " ");
    if (seen.has(key)) return d("listedTwice", { name: line });
    seen.add(key);
  }
  return undefined;
}

const defined = <F extends string>(problems: Record<F, string | undefined>): Problems<F> =>
  Object.fromEntries(Object.entries(problems).filter(([, v]) => v !== undefined)) as Problems<F>;

/** The door's limits, checked in the form before saving (the server checks again and decides). */
export function checkGroupValues(v: GroupFormValues, d: DirectoryTranslate): Problems<GroupField> {
  const seat = v.members.find((m) => m.unit.trim().length > L.unitChars || m.role.trim().length > L.roleChars);
  return defined<GroupField>({
    name: v.name.trim() === "" ? d("required") : lengthProblem(v.name, L.nameChars, d),
    nameEn: lengthProblem(v.nameEn, L.nameChars, d),
    kind: undefined,
    aliases: linesProblem(v.aliases, L.aliasesPerGroup, d),
    notRepresented: undefined,
    representation: lengthProblem(v.representation, L.representationChars, d),
    mandate: lengthProblem(v.mandate, L.mandateChars, d),
    note: lengthProblem(v.note, L.noteChars, d),
    members: seat ? d("tooLong", { max: L.unitChars }) : undefined,
  });
}

const EMAIL_RE = /^[A-Za-z0-9._+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

/** The door's limits for a person, checked before saving. */
export function checkPersonValues(v: PersonFormValues, d: DirectoryTranslate): Problems<PersonField> {
  return defined<PersonField>({
    name: v.name.trim() === "" ? d("required") : lengthProblem(v.name, L.nameChars, d),
    altNames: linesProblem(v.altNames, L.altNamesPerPerson, d),
    unit: lengthProblem(v.unit, L.unitChars, d),
    title: lengthProblem(v.title, L.roleChars, d),
    email: v.email.trim() && !EMAIL_RE.test(v.email.trim()) ? d("badEmail") : lengthProblem(v.email, L.emailChars, d),
  });
}

/** The form field a server issue is about ("aliases[2]" → aliases, "behoRepresented" → notRepresented), else general. */
export function placeIssues<F extends string>(
  issues: readonly FieldIssue[],
  fields: readonly F[],
): { byField: Problems<F>; general: string[] } {
  const byField: Problems<F> = {};
  const general: string[] = [];
  for (const issue of issues) {
    const top = issue.field.replace(/[[.].*$/, "");
    const name = (top === "behoRepresented" ? "notRepresented" : top) as F;
    if (fields.includes(name)) byField[name] = byField[name] ? `${byField[name]} ${issue.message}` : issue.message;
    else general.push(`${issue.field}: ${issue.message}`);
  }
  return { byField, general };
}

/** The fields of `after` that differ from `before`: what another editor changed meanwhile. */
export function changedFields<T extends object>(before: T, after: T): string[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  return [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (k) => k !== "etag" && JSON.stringify(b[k]) !== JSON.stringify(a[k]),
  );
}
