import type { Directory } from "../domain/directory.js";
import { cuedCalendarQuestion, namedEventQuestion } from "./calendar/parse.js";
import type { Knowledge } from "./knowledge.js";
import type { Lang } from "../domain/language.js";
import { detectLanguage } from "./language.js";
import { planQuestion } from "./plan/parse.js";
import { contentTokens, nearestGroups, resolveGroup, resolvePerson, scorePeople, type Resolution } from "./match.js";
import { matchDocumented, matchTitle, matchUnnamedRole } from "./documentedMatch.js";
import { matchTiltak } from "./plan/tiltakMatch.js";
import { unknownFullName } from "./unknownName.js";
import { tokenize } from "./normalize.js";
import type { EntityRef, FollowUpWant, Question, TargetedIntent } from "./question.js";
import { findReference, isElliptic, wantOf, type Reference } from "./followUp.js";
import { partnerNamedIn } from "./partners.js";
import { askedNumber, tiltakByNumber } from "./plan/tiltakNumber.js";
import { matchEvents } from "./calendar/eventMatch.js";
import { indexFor } from "./passages/index.js";
import { isHelpRequest, isThanks } from "./smallTalk.js";
import { factIntent } from "./factIntent.js";
import { looksLikeQuestion, passageQuestion, preferPassage } from "./passages/passageQuestion.js";
import { specificQuestion } from "./specificQuestion.js";
import * as W from "./intentWords.js";

const has = (tokens: string[], words: Set<string>): boolean => tokens.some((t) => words.has(t));

/** The targeted intent the cue words ask for, when the target is a group. */
function groupIntent(tokens: string[]): Exclude<TargetedIntent, "personGroups"> {
  if (has(tokens, W.MANDATE_WORDS)) return "mandate";
  // "Hvem representerer BEHO i ..." asks for the people, not yes or no.
  if (has(tokens, W.REPRESENTED_WORDS) && !has(tokens, W.WHO_WORDS)) return "representedIn";
  return "groupMembers";
}

function refs(type: EntityRef["type"], ids: string[]): EntityRef[] {
  return ids.map((id) => ({ type, id }));
}

/** Groups of the kind a generic word names ("faggruppe" → every faggruppe), when all that was typed is such a word. */
function genericGroups(content: string[], directory: Directory): string[] {
  if (content.length === 0) return [];
  for (const g of W.GENERIC_GROUP_WORDS) {
    if (!content.every((t) => g.words.includes(t))) continue;
    return directory.groups
      .filter((grp) => {
        const names = tokenize(`${grp.name} ${grp.nameEn}`).join(" ");
        return (g.kinds?.includes(grp.kind) ?? false) || (g.nameIncludes?.some((n) => names.includes(n)) ?? false);
      })
      .map((grp) => grp.id);
  }
  return [];
}

/** Words asking who has a seat: with an unknown name, a group that is not in the documents. */
const SEAT_WORDS = new Set([
  "sitter",
  "sit",
  "sits",
  "medlemmer",
  "medlemmene",
  "medlemer",
  "medlemene",
  "members",
  "member",
]);

/** "Sitter X i Y?", "Er BEHO med i Y?": a yes/no question opens with a verb, not a question word. */
function isYesNo(tokens: string[]): boolean {
  return tokens.length > 1 && W.YES_NO_WORDS.has(tokens[0]);
}

/** Whether a generic group word ("faggruppe", "panel") is in the question. */
function namesGroupKind(tokens: string[]): boolean {
  return W.GENERIC_GROUP_WORDS.some((g) => tokens.some((t) => g.words.includes(t)));
}

/** Wants that ask something of a subject itself: with "og …?" alone they refer back ("og mandatet?"). */
const ATTRIBUTE_WANTS: ReadonlySet<FollowUpWant> = new Set([
  "leader",
  "mandate",
  "represented",
  "contact",
  "email",
  "phone",
  "background",
  "responsible",
  "members",
  "groups",
]);

/** Chooses between a group and a person when the question names both. */
function preferPerson(tokens: string[], group: Resolution, person: Resolution): boolean {
  if (person.kind === "none") return false;
  if (group.kind === "none") return true;
  return has(tokens, W.PERSON_GROUPS_WORDS) && !has(tokens, W.MANDATE_WORDS) && !has(tokens, W.REPRESENTED_WORDS);
}

/**
 * Understands a question about the groups and people of Alrek helseklynge, its events and the
 * action plan. Targets must match a name or alias within a small number of wrong letters;
 * otherwise the result is `unknown`, so an unrelated group is never answered. Near-equal targets
 * give `ambiguous` with the candidates. `knowledge` (events, plan) lets event names, areas and
 * tiltak be recognised; without it those questions still parse, only unnamed.
 */
export function parseQuestion(
  text: string,
  locale: string | undefined,
  directory: Directory,
  knowledge: Omit<Knowledge, "directory" | "now"> = {},
): Question {
  const lang = detectLanguage(text, locale);
  const base = { lang, text };
  const tokens = tokenize(text);
  const question = preferPassage(understand(text, tokens, base, directory, knowledge), tokens, directory, knowledge);
  // Marks for resolving follow-ups (qa/followUp.ts): "og Lederforum?", "Sitter hun i Husrådet?".
  const reference = findReference(tokens, lang);
  // "og Lederforum?" asks the previous question again; "og hvem sitter i Lederforum?" asks its own.
  const elliptic = isElliptic(tokens) && wantOf(tokens) === "default";
  if (question.intent === "needsSubject" || (!elliptic && !reference)) return question;
  return {
    ...question,
    ...(elliptic ? { elliptic: true } : {}),
    ...(reference ? { refersTo: reference.kind } : {}),
  };
}

function understand(
  text: string,
  tokens: string[],
  base: { lang: Lang; text: string },
  directory: Directory,
  knowledge: Omit<Knowledge, "directory" | "now">,
): Question {
  const content = contentTokens(tokens.filter((t) => !W.FILLER.has(t)));

  // Small talk: "takk", "tusen takk"; "Kva kan eg spørje om?", "what can I ask?".
  if (isThanks(tokens)) return { ...base, intent: "thanks" };
  if (isHelpRequest(tokens)) return { ...base, intent: "help" };

  const group = resolveGroup(content, directory);
  const person = resolvePerson(content, directory);
  const events = knowledge.events ?? [];
  const number = askedNumber(tokens);
  const want = wantOf(tokens);

  // A follow-up that names no subject: "og hvem leder den?", "hvordan når jeg henne?", "og mandatet?".
  const reference: Reference | undefined =
    findReference(tokens, base.lang) ??
    (isElliptic(tokens) && ATTRIBUTE_WANTS.has(want) ? { word: tokens[0], kind: "none" } : undefined);
  const namesSubject = () =>
    group.kind !== "none" ||
    person.kind !== "none" ||
    number !== undefined ||
    matchEvents(content, events).ids.length > 0 ||
    matchTiltak(content, knowledge.tiltak ?? []).length > 0 ||
    partnerNamedIn(tokens, directory) !== undefined;
  if (reference && !namesSubject())
    return { ...base, intent: "needsSubject", pronoun: reference.word, reference: reference.kind, wants: want };

  // Partners as facts, what the documents do not say, what is asked of a person or a group.
  const specific = specificQuestion({ text, tokens, base, directory, group, person, want });
  if (specific) return specific;

  // "tiltak nummer 1", "det fjerde tiltaket", "measure number 2".
  if (number !== undefined) {
    const picked = tiltakByNumber(number, content, knowledge.period, knowledge.tiltak ?? []);
    if (want === "responsible" && picked.ids.length > 0)
      return { ...base, intent: "tiltakResponsible", tiltakIds: picked.ids, areaIds: [] };
    return { ...base, intent: "tiltakDetail", tiltakIds: picked.ids, number };
  }

  // Statements the documents make about history, the previous period and the coordinator.
  const documented = matchDocumented(tokens, directory);
  if (documented.length > 0)
    return { ...base, intent: "about", topic: "documented", factIds: documented.map((f) => f.id) };

  // Plan and calendar cues come first; each yields to a named group or person unless the
  // question plainly asks about the plan or about time.
  const plan = planQuestion(tokens, content, base, knowledge, group.kind !== "none" || person.kind !== "none");
  if (plan) return plan;
  const calendar = cuedCalendarQuestion(tokens, content, base, events);
  if (calendar) return calendar;

  // A full name not in the documents is said to be unknown, never answered as someone who shares a part of it.
  const fullNameMatched = scorePeople(content, directory).some((s) => s.specificity >= 100);
  const stranger = namesGroupKind(tokens) ? undefined : unknownFullName(text, content, directory, fullNameMatched);
  if (
    stranger &&
    (stranger.sharing.length > 0 || (stranger.capitalised && group.kind === "none" && has(tokens, W.PERSON_CUE_WORDS)))
  ) {
    return {
      ...base,
      intent: "unknown",
      suggestions: refs("person", stranger.sharing),
      missing: { type: "person", name: stranger.name },
    };
  }

  // "Sitter X i Y?": whether that person has a seat there.
  if (isYesNo(tokens) && person.kind === "one" && group.kind === "one" && !has(tokens, W.MANDATE_WORDS)) {
    return { ...base, intent: "groupMembers", groupId: group.id, personId: person.id };
  }
  if (preferPerson(tokens, group, person)) {
    if (person.kind === "one") return { ...base, intent: "personGroups", personId: person.id };
    if (person.kind === "ambiguous")
      return { ...base, intent: "ambiguous", asked: "personGroups", candidates: refs("person", person.ids) };
  }
  if (group.kind === "one") {
    // "Er BEHO med i Y?", "Is BEHO in Y?": yes or no, then who.
    const intent =
      isYesNo(tokens) && has(tokens, W.BEHO_WORDS) && !has(tokens, W.MANDATE_WORDS)
        ? "representedIn"
        : groupIntent(tokens);
    if (group.id === "alrekforum-beho" && intent === "groupMembers" && !has(tokens, W.MEMBERSHIP_WORDS)) {
      return { ...base, intent: "forum" };
    }
    return { ...base, intent, groupId: group.id };
  }
  if (group.kind === "ambiguous") {
    return { ...base, intent: "ambiguous", asked: groupIntent(tokens), candidates: refs("group", group.ids) };
  }

  // A role: named in the documents ("kommunaldirektør" → Kjell Wolff), or mentioned without a name.
  if (person.kind === "none") {
    const unnamed = matchUnnamedRole(tokens, directory);
    if (unnamed) return { ...base, intent: "about", topic: "unnamedRole", role: unnamed.role };
    const titled = has(tokens, W.WHO_WORDS) ? matchTitle(tokens, directory) : undefined;
    if (titled?.ids.length === 1)
      return { ...base, intent: "personGroups", personId: titled.ids[0], role: titled.role };
    if (titled) return { ...base, intent: "ambiguous", asked: "personGroups", candidates: refs("person", titled.ids) };
  }

  const named = namedEventQuestion(content, base, events);
  if (named) return named;

  const fact = factIntent(tokens, content, base, directory);
  if (fact) return fact;

  const generic = genericGroups(content, directory);
  if (generic.length > 1)
    return { ...base, intent: "ambiguous", asked: groupIntent(tokens), candidates: refs("group", generic) };
  if (generic.length === 1) return { ...base, intent: groupIntent(tokens), groupId: generic[0] };

  const suggestions = refs("group", nearestGroups(content, directory));
  // "faggruppe for folkehelse": a group that is not in the documents, with the nearest as suggestions.
  if (namesGroupKind(tokens))
    return { ...base, intent: "unknown", suggestions, missing: { type: "group", name: text.trim() } };

  // Nothing structured fits: a passage of the documents that answers it, quoted as written; a
  // passage that is a tiltak (or its examples) is answered as that tiltak.
  const hits = indexFor({ documents: knowledge.documents, directory })?.search(text) ?? [];
  if (hits.length > 0) return passageQuestion(hits, base, knowledge);
  // A paraphrase or a short topic word of a tiltak ("VR") finds it.
  const tiltakIds = matchTiltak(content, knowledge.tiltak ?? []);
  if (tiltakIds.length > 0) return { ...base, intent: "tiltakDetail", tiltakIds };

  // "Hvem sitter i fotballaget?": a group that is not there; other questions: the documents do not say.
  const asksSeat =
    has(tokens, SEAT_WORDS) || (has(tokens, W.WHO_WORDS) && (tokens.includes("i") || tokens.includes("in")));
  if (suggestions.length > 0 || asksSeat || !knowledge.documents || !looksLikeQuestion(text, tokens))
    return { ...base, intent: "unknown", suggestions };
  return { ...base, intent: "notInDocuments", topic: "other" };
}
