import type { PeriodSpec } from "./calendar/period.js";
import type { Lang } from "../domain/language.js";

/** A group or person the question points at. */
export interface EntityRef {
  type: "group" | "person";
  id: string;
}

/** Which part of the cluster description an "about" question asks for. */
export type AboutTopic = "general" | "vision" | "focusAreas" | "established" | "documented" | "unnamedRole";

/** What a follow-up without a named subject asks about its subject ("og hvem leder den?" → leader). */
export type FollowUpWant =
  | "leader"
  | "members"
  | "mandate"
  | "represented"
  | "groups"
  | "contact"
  | "email"
  | "phone"
  | "background"
  | "when"
  | "responsible"
  | "status"
  | "default";

/** How a pronoun refers: to a person ("hun", "she"), a thing ("den", "it") or several ("de", "they"); "none" for "og …?". */
export type ReferenceKind = "personal" | "neutral" | "plural" | "none";

/** Topics the documents say nothing about, asked for often enough to recognise. */
export type UndocumentedTopic = "capacity" | "phone" | "parking" | "price" | "background" | "leader" | "other";

/** Intents whose target can be ambiguous; a clarification keeps the intent and asks for the target. */
export type TargetedIntent = "groupMembers" | "personGroups" | "representedIn" | "mandate";

type NoFields = Record<never, never>;

/**
 * Each intent with its own fields. Closed (a type, not an interface): a new intent is added here,
 * and the compiler then points at every place that must handle it (README, "Adding a question kind").
 */
export type QuestionIntents = {
  /** `personId` when the question asks whether that person sits in the group (yes/no). */
  groupMembers: { groupId: string; personId?: string };
  /** `role` when the person was asked for by title ("Hvem er kommunaldirektør?"). */
  personGroups: { personId: string; role?: string };
  representedIn: { groupId: string };
  mandate: { groupId: string };
  coordinator: NoFields;
  partners: NoFields;
  /** "Er X med i Alrek?": `partner` is the listed partner's name when X is one, else X is not a partner. */
  partnerCheck: { name: string; partner?: string };
  /** Who leads a group: the document's "Ledes av …" and a member whose role is leader. */
  groupLeader: { groupId: string };
  /** How to reach a person: the e-mail the documents give, or that they give none (phone numbers never). */
  personContact: { personId: string; channel: "any" | "email" | "phone" };
  location: NoFields;
  /** `factIds` for "documented" (ClusterFacts.documented), `role` for "unnamedRole". */
  about: { topic: AboutTopic; factIds?: string[]; role?: string };
  forum: NoFields;
  listGroups: NoFields;
  help: NoFields;
  /** "takk", "tusen takk", "thanks". */
  thanks: NoFields;
  /** The next events from now, and the events whose date is not set. */
  upcomingEvents: NoFields;
  /** Events in a month, week or day. */
  eventsInPeriod: { period: PeriodSpec };
  /** The next occurrence of named events (usually one; several when equally named). */
  nextEvent: { eventIds: string[] };
  /** The tiltak of one or more plan areas. */
  tiltakByArea: { areaIds: string[] };
  /** Every tiltak of the current plan, by area: a summary per area, or with `full` the whole list. */
  allTiltak: { full?: boolean };
  /** One or more tiltak by number ("tiltak nummer 1", "det fjerde tiltaket") or by a paraphrase of its text. */
  tiltakDetail: { tiltakIds: string[]; number?: number };
  /** Counts by status and progress per area. */
  tiltakStatus: NoFields;
  /** The tiltak whose due date has passed and that are not done ("forsinket"). */
  overdueTiltak: NoFields;
  /** Who answers for given tiltak (or an area's); with none, the plan's general division of responsibility. */
  tiltakResponsible: { tiltakIds: string[]; areaIds: string[] };
  /**
   * A follow-up whose subject is not named ("og hvem leder den?", "hvordan når jeg henne?"): resolved
   * against the conversation's last subject (qa/followUp.ts), or asked back when there is none.
   */
  needsSubject: { pronoun: string; reference: ReferenceKind; wants: FollowUpWant };
  /** Something the documents do not say (capacity, phone numbers, an unnamed leader); `subject` names what it is about. */
  notInDocuments: { topic: UndocumentedTopic; subject?: string };
  /** No structured answer: the documents' passages that match the question best (ids in the passage index). */
  passage: { passageIds: string[] };
  /** Two or more targets about equally likely. */
  ambiguous: { asked: TargetedIntent; candidates: EntityRef[] };
  /** Nothing matched well enough; `suggestions` are the nearest groups, if any. */
  /** `missing` says what was named and is not in the documents: a person's name or a group. */
  unknown: { suggestions: EntityRef[]; missing?: { type: "person" | "group"; name: string } };
};

/** Name of an intent. */
export type Intent = keyof QuestionIntents;

/**
 * An understood question: the intent, its fields, the language to answer in and the typed text.
 * `elliptic` marks "og Lederforum?", "what about the user panel?": a new subject with the
 * previous question's intent; `refersTo` a pronoun beside a named subject ("Sitter hun i Husrådet?").
 */
export type Question = {
  [K in Intent]: {
    intent: K;
    lang: Lang;
    text: string;
    elliptic?: boolean;
    refersTo?: ReferenceKind;
  } & QuestionIntents[K];
}[Intent];

/** The question of one intent. */
export type QuestionOf<K extends Intent> = Extract<Question, { intent: K }>;

/** Example questions of every intent in one language (qa/i18n): the help shows some, a test parses each back. */
export type QuestionExamples = { readonly [K in Intent]: readonly string[] };
