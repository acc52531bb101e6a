import type { PeriodSpec } from "./calendar/period.js";
import type { Lang } from "../domain/language.js";

/** A group or person the question points at. */
export interface EntityRef {
  type: "group" | "person";
  id: string;
}

/** Which part of the cluster description an "about" question asks for. */
export type AboutTopic = "general" | "vision" | "focusAreas" | "established" | "documented" | "unnamedRole";

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
  location: NoFields;
  /** `factIds` for "documented" (ClusterFacts.documented), `role` for "unnamedRole". */
  about: { topic: AboutTopic; factIds?: string[]; role?: string };
  forum: NoFields;
  listGroups: NoFields;
  help: NoFields;
  /** The next events from now, and the events whose date is not set. */
  upcomingEvents: NoFields;
  /** Events in a month, week or day. */
  eventsInPeriod: { period: PeriodSpec };
  /** The next occurrence of named events (usually one; several when equally named). */
  nextEvent: { eventIds: string[] };
  /** The tiltak of one or more plan areas. */
  tiltakByArea: { areaIds: string[] };
  /** Every tiltak of the current plan, by area. */
  allTiltak: NoFields;
  /** Counts by status and progress per area. */
  tiltakStatus: NoFields;
  /** The tiltak whose due date has passed and that are not done ("forsinket"). */
  overdueTiltak: NoFields;
  /** Who answers for given tiltak (or an area's); with none, the plan's general division of responsibility. */
  tiltakResponsible: { tiltakIds: string[]; areaIds: string[] };
  /** Two or more targets about equally likely. */
  ambiguous: { asked: TargetedIntent; candidates: EntityRef[] };
  /** Nothing matched well enough; `suggestions` are the nearest groups, if any. */
  /** `missing` says what was named and is not in the documents: a person's name or a group. */
  unknown: { suggestions: EntityRef[]; missing?: { type: "person" | "group"; name: string } };
};

/** Name of an intent. */
export type Intent = keyof QuestionIntents;

/** An understood question: the intent, its fields, the language to answer in and the typed text. */
export type Question = {
  [K in Intent]: { intent: K; lang: Lang; text: string } & QuestionIntents[K];
}[Intent];

/** The question of one intent. */
export type QuestionOf<K extends Intent> = Extract<Question, { intent: K }>;

/** Example questions of every intent in one language (qa/i18n): the help shows some, a test parses each back. */
export type QuestionExamples = { readonly [K in Intent]: readonly string[] };
