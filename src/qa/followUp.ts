/**
 * Follow-ups in a conversation: "og hvem leder den?", "hvilke grupper sitter hun i?", "hvordan når
 * jeg henne?", "og Lederforum?", "and who leads it?". Parsing marks a question that refers back
 * (needsSubject, `elliptic`, `refersTo`); resolving puts the conversation's last subject in, or
 * leaves the question to ask back. Pure: the subject is passed in (the bot keeps it in storage).
 */
import type { ConversationSubject, SubjectRef } from "../domain/conversationContext.js";
import type { Directory } from "../domain/directory.js";
import type { Lang } from "../domain/language.js";
import type { FollowUpWant, Intent, Question, QuestionOf, ReferenceKind } from "./question.js";
import * as W from "./intentWords.js";
import {
  LEADER_WORDS,
  CONTACT_WORDS,
  EMAIL_WORDS,
  PHONE_WORDS,
  BACKGROUND_WORDS,
  GROUPS_ASKED,
  WHEN_ASKED,
  HOW_WORDS,
  STATUS_ASKED,
  RESPONSIBLE_ASKED,
} from "./followUpWords.js";

/** A pronoun (or "og …?") that points back, as found in a question. */
export interface Reference {
  word: string;
  kind: ReferenceKind;
}

const PERSONAL = new Set(["hun", "han", "henne", "ham", "hennes", "hans", "ho", "honom", "hennar", "hanses"]);
const PERSONAL_EN = new Set(["she", "he", "her", "him", "his", "hers"]);
/** Pronouns that point at a thing only when they stand alone (end of question, or before "gruppa"). */
const NEUTRAL = new Set(["den", "denne", "dette", "dens", "it", "its", "this", "that"]);
/** "det" is mostly a filler ("hvordan går det"): it points back only after a preposition ("ansvar for det"). */
const NEUTRAL_AFTER_PREPOSITION = new Set(["det"]);
const PLURAL = new Set(["de", "dem", "dei", "deira", "deres", "they", "them", "their"]);
const REFERENCE_NOUNS = new Set([
  "gruppa",
  "gruppen",
  "gruppe",
  "group",
  "tiltaket",
  "tiltak",
  "measure",
  "arrangementet",
  "hendinga",
  "hendelsen",
  "event",
  "forumet",
  "panelet",
  "komiteen",
  "one",
]);
/** Nouns that alone point back ("hvem leder gruppa?"), when no group is named. */
const BARE_REFERENCE_NOUNS = new Set(["gruppa", "gruppen", "tiltaket", "arrangementet", "hendinga", "hendelsen"]);
const PREPOSITIONS = new Set([
  "i",
  "for",
  "med",
  "til",
  "pa",
  "om",
  "in",
  "of",
  "on",
  "about",
  "with",
  "to",
  "av",
  "fra",
]);
const ELLIPTIC_OPENERS: string[][] = [
  ["og"],
  ["and"],
  ["hva", "med"],
  ["kva", "med"],
  ["what", "about"],
  ["how", "about"],
  ["enn"],
  ["og", "hva", "med"],
  ["og", "kva", "med"],
  ["and", "what", "about"],
];

/** Whether the question opens like "og …?", "hva med …?", "what about …?". */
export function isElliptic(tokens: string[]): boolean {
  return ELLIPTIC_OPENERS.some((o) => o.length < tokens.length && o.every((w, i) => tokens[i] === w));
}

/** The pronoun in the question that points back, if any; English personal pronouns only in English. */
export function findReference(tokens: string[], lang: Lang): Reference | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    const last = i === tokens.length - 1;
    // "hvem sitter i den?", "kva grupper sit dei i?": alone, or before a closing preposition.
    const alone = last || (PREPOSITIONS.has(next) && i + 2 === tokens.length);
    if (PERSONAL.has(t) || (lang === "en" && PERSONAL_EN.has(t))) return { word: t, kind: "personal" };
    if (NEUTRAL.has(t) && (alone || REFERENCE_NOUNS.has(next))) return { word: t, kind: "neutral" };
    if (NEUTRAL_AFTER_PREPOSITION.has(t) && last && PREPOSITIONS.has(tokens[i - 1] ?? ""))
      return { word: t, kind: "neutral" };
    if (PLURAL.has(t) && (alone || t === "dem" || t === "them" || t === "their" || t === "deira" || t === "deres"))
      return { word: t, kind: "plural" };
    if (BARE_REFERENCE_NOUNS.has(t) && alone) return { word: t, kind: "neutral" };
  }
  return undefined;
}

/** What the question asks about its subject, from its cue words. */
export function wantOf(words: string[]): FollowUpWant {
  // "e-post" and "e-mail" are tokenized apart.
  const tokens = words.flatMap((t, i) =>
    t === "e" && /^(post|mail)/.test(words[i + 1] ?? "")
      ? []
      : i > 0 && words[i - 1] === "e" && /^(post|mail)/.test(t)
        ? ["e" + t]
        : [t],
  );
  const has = (s: Set<string>) => tokens.some((t) => s.has(t));
  if (has(PHONE_WORDS)) return "phone";
  if (has(EMAIL_WORDS)) return "email";
  // "hvordan når jeg henne?": "når" after "hvordan" is reaching someone, not a time.
  if (has(CONTACT_WORDS) || tokens.some((t, i) => t === "nar" && HOW_WORDS.has(tokens[i - 1] ?? ""))) return "contact";
  if (has(LEADER_WORDS)) return "leader";
  if (has(W.MANDATE_WORDS)) return "mandate";
  if (has(RESPONSIBLE_ASKED)) return "responsible";
  if (has(BACKGROUND_WORDS)) return "background";
  if (has(W.REPRESENTED_WORDS)) return "represented";
  if (has(GROUPS_ASKED)) return "groups";
  if (has(WHEN_ASKED)) return "when";
  if (has(STATUS_ASKED)) return "status";
  if (has(W.MEMBERSHIP_WORDS)) return "members";
  return "default";
}

/** Whether the pronoun may point at the subject: "hun" at a person, "den" at a thing, "de" at a group. */
function fits(reference: ReferenceKind, subject: SubjectRef): boolean {
  if (reference === "none") return true;
  if (reference === "personal") return subject.type === "person";
  if (reference === "plural") return subject.type === "group";
  return subject.type !== "person";
}

type Base = { lang: Lang; text: string };

/** The question a want asks of a subject, or undefined when it asks nothing that subject has. */
function questionFor(want: FollowUpWant, subject: SubjectRef, base: Base, directory: Directory): Question | undefined {
  switch (subject.type) {
    case "group": {
      const groupId = subject.id;
      if (want === "leader") return { ...base, intent: "groupLeader", groupId };
      if (want === "mandate") return { ...base, intent: "mandate", groupId };
      if (want === "represented") return { ...base, intent: "representedIn", groupId };
      if (want === "phone")
        return { ...base, intent: "notInDocuments", topic: "phone", subject: groupName(groupId, directory) };
      return { ...base, intent: "groupMembers", groupId };
    }
    case "person": {
      const personId = subject.id;
      if (want === "contact" || want === "email")
        return { ...base, intent: "personContact", personId, channel: want === "email" ? "email" : "any" };
      if (want === "phone") return { ...base, intent: "personContact", personId, channel: "phone" };
      if (want === "background") {
        if (personId === directory.facts.coordinator.personId)
          return { ...base, intent: "about", topic: "documented", factIds: ["koordinator-bakgrunn"] };
        return { ...base, intent: "notInDocuments", topic: "background", subject: personName(personId, directory) };
      }
      return { ...base, intent: "personGroups", personId };
    }
    case "event":
      return { ...base, intent: "nextEvent", eventIds: [subject.id] };
    case "tiltak":
      if (want === "responsible") return { ...base, intent: "tiltakResponsible", tiltakIds: [subject.id], areaIds: [] };
      return { ...base, intent: "tiltakDetail", tiltakIds: [subject.id] };
  }
}

const groupName = (id: string, d: Directory) => d.groups.find((g) => g.id === id)?.name;
const personName = (id: string, d: Directory) => d.people.find((p) => p.id === id)?.name;

/** Intents that answer about a group, and about a person: "og Lederforum?" keeps the first kind's intent. */
const GROUP_INTENTS: ReadonlySet<Intent> = new Set(["groupMembers", "mandate", "representedIn", "groupLeader"]);
const PERSON_INTENTS: ReadonlySet<Intent> = new Set(["personGroups", "personContact"]);

/**
 * The question with the conversation's subject put in where it refers back, or as parsed when it
 * does not (or when there is nothing fitting to refer to: then needsSubject asks back).
 */
export function resolveFollowUp(
  question: Question,
  context: ConversationSubject | undefined,
  directory: Directory,
): Question {
  if (!context) return question;
  const base = { lang: question.lang, text: question.text };
  if (question.intent === "needsSubject") {
    if (!fits(question.reference, context.subject)) return question;
    return questionFor(question.wants, context.subject, base, directory) ?? question;
  }
  // "Sitter hun i Husrådet?": the person from the conversation, the group from the question.
  if (question.intent === "groupMembers" && question.refersTo === "personal" && context.subject.type === "person")
    return { ...question, personId: context.subject.id };
  // "og Lederforum?" after "Hva er mandatet til Husrådet?": the same question about the new subject.
  const previous = context.intent as Intent | undefined;
  if (question.elliptic && previous) {
    if (question.intent === "groupMembers" && GROUP_INTENTS.has(previous)) return retarget(question, previous, base);
    if (question.intent === "personGroups" && PERSON_INTENTS.has(previous) && previous === "personContact")
      return { ...base, intent: "personContact", personId: question.personId, channel: "any" };
  }
  return question;
}

function retarget(question: QuestionOf<"groupMembers">, intent: Intent, base: Base): Question {
  const groupId = question.groupId;
  if (intent === "mandate") return { ...base, intent, groupId };
  if (intent === "representedIn") return { ...base, intent, groupId };
  if (intent === "groupLeader") return { ...base, intent, groupId };
  return question;
}

/**
 * The subject a question is about, to be kept for follow-ups: a named group, person, event or
 * tiltak, with the intent (for "og …?"). Undefined when it is about none (then the old one stays).
 */
export function subjectOf(question: Question, directory: Directory): Omit<ConversationSubject, "at"> | undefined {
  const keep = (subject: SubjectRef) => ({ subject, intent: question.intent, lang: question.lang });
  const coordinator = { type: "person" as const, id: directory.facts.coordinator.personId };
  switch (question.intent) {
    case "groupMembers":
      // "Sitter X i Y?" is about X: "og i Husrådet?", "hvordan når jeg henne?" follow X.
      return keep(
        question.personId ? { type: "person", id: question.personId } : { type: "group", id: question.groupId },
      );
    case "representedIn":
    case "mandate":
    case "groupLeader":
      return keep({ type: "group", id: question.groupId });
    case "personGroups":
    case "personContact":
      return keep({ type: "person", id: question.personId });
    case "nextEvent":
      return question.eventIds.length === 1 ? keep({ type: "event", id: question.eventIds[0] }) : undefined;
    case "tiltakDetail":
    case "tiltakResponsible":
      return question.tiltakIds.length === 1 ? keep({ type: "tiltak", id: question.tiltakIds[0] }) : undefined;
    case "coordinator":
      return keep(coordinator);
    case "about":
      return question.factIds?.some((id) => id.startsWith("koordinator")) ? keep(coordinator) : undefined;
    default:
      return undefined;
  }
}
