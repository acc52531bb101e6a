/** Who is who on the wire: GET /api/me, /api/groups and /api/facts. */
import { z } from "zod";
import { GROUP_KINDS } from "../domain/directory.js";
import { BadRows } from "./badRows.js";
import { enumOf } from "./text.js";

/** GET /api/me: who the API thinks the caller is and whether they may edit. */
export const Me = z
  .object({
    oid: z.string(),
    tid: z.string(),
    name: z.string(),
    isEditor: z.boolean(),
    mode: z.enum(["local", "entra"]),
  })
  .strict();
export type Me = z.infer<typeof Me>;

/** A person named in the source documents. */
export const Person = z
  .object({
    id: z.string(),
    name: z.string(),
    altNames: z.array(z.string()),
    unit: z.string().optional(),
    title: z.string().optional(),
    email: z.string().optional(),
  })
  .strict();
export type Person = z.infer<typeof Person>;

/** A person's seat in a group. */
const Membership = z
  .object({ personId: z.string(), unit: z.string().optional(), role: z.string().optional() })
  .strict();

/** How a group sits in the cluster's organisation. */
export const GroupKind = enumOf(GROUP_KINDS);
export type GroupKind = z.infer<typeof GroupKind>;

/** A group of Alrek helseklynge (Vedlegg 1), or BEHO's internal Alrekforum. */
export const Group = z
  .object({
    id: z.string(),
    name: z.string(),
    nameEn: z.string(),
    aliases: z.array(z.string()),
    kind: GroupKind,
    mandate: z.string().optional(),
    representation: z.string().optional(),
    behoRepresented: z.boolean(),
    members: z.array(Membership),
    note: z.string().optional(),
    order: z.number(),
    retired: z.boolean().optional(),
  })
  .strict();
export type Group = z.infer<typeof Group>;

/** A group with the version token a change must send back in If-Match. */
export const GroupView = Group.extend({ etag: z.string() });
export type GroupView = z.infer<typeof GroupView>;

/** A person with the version token a change must send back in If-Match. */
export const PersonView = Person.extend({ etag: z.string() });
export type PersonView = z.infer<typeof PersonView>;

/**
 * GET /api/groups: groups in Vedlegg 1 order (retired ones too, marked `retired`), the people
 * they name, and for editors the stored rows that could not be read.
 */
export const GroupsResponse = z
  .object({ groups: z.array(GroupView), people: z.array(PersonView), badRows: BadRows })
  .strict();
export type GroupsResponse = z.infer<typeof GroupsResponse>;

const Partner = z.object({ name: z.string(), shortName: z.string().optional() }).strict();

/** GET /api/facts: the cluster and BEHO's place in it. */
export const ClusterFacts = z
  .object({
    name: z.string(),
    established: z.number(),
    address: z.string(),
    city: z.string(),
    partners: z.array(Partner),
    vision: z.string(),
    focusAreas: z.array(z.string()),
    behoOffice: z.string(),
    meetingRoom: z.object({ name: z.string(), description: z.string() }).strict(),
    forum: z.object({ name: z.string(), established: z.string(), description: z.string() }).strict(),
    coordinator: z
      .object({ personId: z.string(), title: z.string(), email: z.string(), description: z.string() })
      .strict(),
    documented: z
      .array(
        z
          .object({
            id: z.string(),
            title: z.string(),
            keys: z.array(z.array(z.string())),
            cue: z.array(z.string()).optional(),
            quotes: z.array(z.string()),
            source: z.string(),
          })
          .strict(),
      )
      .optional(),
    unnamedRoles: z
      .array(z.object({ role: z.string(), keys: z.array(z.string()), where: z.string(), quote: z.string() }).strict())
      .optional(),
  })
  .strict();
export type ClusterFacts = z.infer<typeof ClusterFacts>;
