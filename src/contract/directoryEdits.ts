/**
 * Changing the directory on the wire: the bodies of POST and PATCH /api/groups and /api/people.
 * Every value is bounded here (DIRECTORY_LIMITS): lengths, list sizes, no control characters, one
 * line where the field is one line, a person at most once per group, a name at most once per list.
 * The rules that need other rows (a seat names a stored person, how many groups may be current)
 * are in src/domain/directoryRules.ts and src/services/directoryService.ts.
 */
import { z } from "zod";
import { DIRECTORY_LIMITS as L } from "../domain/directoryLimits.js";
import { GROUP_EDITABLE_FIELDS, PERSON_EDITABLE_FIELDS } from "../domain/directoryRules.js";
import { GroupKind } from "./directory.js";
import { line, multiLine, requiredLine } from "./text.js";
import { EntityId } from "./values.js";

const listed = (fields: readonly string[]) => fields.join(", ").replace(/, (?=[^,]*$)/, " and ");

/** A name as compared for duplicates: case and spacing aside ("husraadet" beside "husrådet" is a spelling the bot may need). */
const nameKey = (name: string) => name.toLowerCase().replace(/\s+/g, " ").trim();

/** A list of other names: each one line, not blank, at most `max`, none twice. */
function nameList(max: number) {
  return z
    .array(requiredLine(L.aliasChars))
    .max(max)
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((name, i) => {
        const key = nameKey(name);
        if (seen.has(key)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [i], message: "is listed twice" });
        seen.add(key);
      });
    });
}

/** A seat in a group: a person by id, and what the seat is (unit, role) where that is known. */
const MemberBody = z
  .object({
    personId: EntityId,
    unit: line(L.unitChars).optional(),
    role: line(L.roleChars).optional(),
  })
  .strict("is not a known seat field (personId, unit and role)");

const members = z
  .array(MemberBody)
  .max(L.membersPerGroup)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((m, i) => {
      if (seen.has(m.personId))
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: [i, "personId"], message: "is listed twice" });
      seen.add(m.personId);
    });
  });

const ORDER_MESSAGE = `must be a whole number from 0 to ${L.maxOrder}`;
const order = z
  .number({ invalid_type_error: ORDER_MESSAGE })
  .int(ORDER_MESSAGE)
  .min(0, ORDER_MESSAGE)
  .max(L.maxOrder, ORDER_MESSAGE);

// Plain addresses only: the bot's card makes a mailto: link of it, so nothing that could add a query or a second address.
const EMAIL_RE = /^[A-Za-z0-9._+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
const email = line(L.emailChars).refine((text) => text.trim() === "" || EMAIL_RE.test(text.trim()), {
  message: "must be an e-mail address such as navn@bergen.kommune.no",
});

/** Every editable group field as the door takes it; null or "" clears an optional text. */
export const groupFields = {
  name: requiredLine(L.nameChars),
  nameEn: line(L.nameChars).nullable(),
  aliases: nameList(L.aliasesPerGroup),
  kind: GroupKind,
  mandate: multiLine(L.mandateChars).nullable(),
  representation: multiLine(L.representationChars).nullable(),
  behoRepresented: z.boolean(),
  members,
  note: multiLine(L.noteChars).nullable(),
  order,
  retired: z.boolean(),
} satisfies Record<(typeof GROUP_EDITABLE_FIELDS)[number], z.ZodTypeAny>;

/** Every editable person field as the door takes it. */
export const personFields = {
  name: requiredLine(L.nameChars),
  altNames: nameList(L.altNamesPerPerson),
  unit: line(L.unitChars).nullable(),
  title: line(L.roleChars).nullable(),
  email: email.nullable(),
} satisfies Record<(typeof PERSON_EDITABLE_FIELDS)[number], z.ZodTypeAny>;

const { retired: _retired, ...newGroupFields } = groupFields;

/** POST /api/groups: a new, current group; only the name is required. */
export const GroupCreateBody = z
  .object(newGroupFields)
  .partial()
  .required({ name: true })
  .strict(`is not a known group field (${listed(Object.keys(newGroupFields))})`);
export type GroupCreateBody = z.infer<typeof GroupCreateBody>;

/** PATCH /api/groups/:id (If-Match): any editable field, nothing else; `retired: true` retires the group. */
export const GroupPatchBody = z
  .object(groupFields)
  .partial()
  .strict(`cannot be changed (only ${listed(GROUP_EDITABLE_FIELDS)})`);
export type GroupPatchBody = z.infer<typeof GroupPatchBody>;

/** POST /api/people: a new person; only the name is required. */
export const PersonCreateBody = z
  .object(personFields)
  .partial()
  .required({ name: true })
  .strict(`is not a known person field (${listed(PERSON_EDITABLE_FIELDS)})`);
export type PersonCreateBody = z.infer<typeof PersonCreateBody>;

/** PATCH /api/people/:id (If-Match): any editable field, nothing else. */
export const PersonPatchBody = z
  .object(personFields)
  .partial()
  .strict(`cannot be changed (only ${listed(PERSON_EDITABLE_FIELDS)})`);
export type PersonPatchBody = z.infer<typeof PersonPatchBody>;
