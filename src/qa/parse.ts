import type { Directory } from "../domain/directory.js";
import { cuedCalendarQuestion, namedEventQuestion } from "./calendar/parse.js";
import type { Knowledge } from "./knowledge.js";
import type { Lang } from "../domain/language.js";
import { detectLanguage } from "./language.js";
import { planQuestion } from "./plan/parse.js";
import { contentTokens, nearestGroups, resolveGroup, resolvePerson, scorePeople, type Resolution } from "./match.js";
import { matchDocumented, matchTitle, matchUnnamedRole } from "./documentedMatch.js";
import { matchTiltak } from "./plan/tiltakMatch.js";
import { isKnownWord, unknownFullName } from "./unknownName.js";
import { processTerm, type PassageHit } from "./passages/search.js";
import { tokenize } from "./normalize.js";
import type { AboutTopic, EntityRef, FollowUpWant, Question, TargetedIntent } from "./question.js";
import { findReference, isElliptic, wantOf, type Reference } from "./followUp.js";
import { matchPartner, partnerNamedIn, partnerQuestionName, typedName } from "./partners.js";
import { undocumentedTopic } from "./undocumented.js";
import { askedNumber, tiltakByNumber } from "./plan/tiltakNumber.js";
import { matchEvents } from "./calendar/eventMatch.js";
import { indexFor } from "./passages/index.js";
import { isHelpRequest, isThanks } from "./smallTalk.js";
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

function aboutTopic(tokens: string[]): AboutTopic {
  if (has(tokens, W.VISION_WORDS)) return "vision";
  if (has(tokens, W.FOCUS_WORDS)) return "focusAreas";
  if (has(tokens, W.ESTABLISHED_WORDS)) return "established";
  return "general";
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

/** Words asking what someone takes part in. */
const PARTICIPATION_WORDS = new Set([
  "deltar",
  "delta",
  "deltek",
  "involvert",
  "involved",
  "participate",
  "participates",
  "part",
  "grupper",
  "gruppene",
  "groups",
  "organer",
  "sitter",
  "sit",
  "sits",
]);

/** Words asking where something is, besides the meeting room's names. */
const PLACE_WORDS = new Set([...W.LOCATION_WORDS].filter((w) => !W.ROOM_WORDS.has(w)));

/** Intents without a named target, from cue words; undefined when none applies. */
function factIntent(
  tokens: string[],
  content: string[],
  base: { lang: Lang; text: string },
  directory: Directory,
): Question | undefined {
  if (has(tokens, W.FORUM_WORDS) || tokens.join(" ").includes("alrek forum")) return { ...base, intent: "forum" };
  if (has(tokens, W.COORDINATOR_WORDS)) {
    // "Hva deltar koordinatoren i?": her seats (and her project), not her contact card.
    if (has(tokens, PARTICIPATION_WORDS))
      return { ...base, intent: "personGroups", personId: directory.facts.coordinator.personId };
    return { ...base, intent: "coordinator" };
  }
  if (has(tokens, W.PARTNER_WORDS)) return { ...base, intent: "partners" };
  if (has(tokens, PLACE_WORDS)) return { ...base, intent: "location" };
  // "Hvor er Borgertun?", "Hva er Borgertun?"; "Når kommer mikrofonene i Borgertun?" is for the documents.
  if (
    has(tokens, W.ROOM_WORDS) &&
    (has(tokens, W.WHERE_WORDS) || content.every((t) => W.ROOM_WORDS.has(t) || W.CLUSTER_WORDS.has(t)))
  )
    return { ...base, intent: "location" };
  if (has(tokens, W.WHERE_WORDS) && (content.length === 0 || content.every((t) => W.CLUSTER_WORDS.has(t)))) {
    return { ...base, intent: "location" };
  }
  if (has(tokens, W.VISION_WORDS) || has(tokens, W.FOCUS_WORDS) || has(tokens, W.ESTABLISHED_WORDS)) {
    return { ...base, intent: "about", topic: aboutTopic(tokens) };
  }
  if (has(tokens, W.GROUPS_WORDS) && (has(tokens, W.LIST_WORDS) || content.every((t) => W.GROUPS_WORDS.has(t)))) {
    return { ...base, intent: "listGroups" };
  }
  if (content.length > 0 && content.every((t) => W.CLUSTER_WORDS.has(t)))
    return { ...base, intent: "about", topic: "general" };
  if (content.length === 0 || content.every((t) => W.HELP_WORDS.has(t))) return { ...base, intent: "help" };
  return undefined;
}

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

/** Answers that name no more than they were asked by: a passage that explains more words of the question wins. */
const GENERAL_INTENTS: ReadonlySet<Question["intent"]> = new Set([
  "groupMembers",
  "personGroups",
  "partners",
  "location",
  "coordinator",
  "forum",
  "listGroups",
  "upcomingEvents",
  "allTiltak",
  "tiltakStatus",
]);

/**
 * "Hvem rapporterer Husrådet til?", "Kan partnere låne Borgertun?": a general answer about what is
 * named (the members, the partners) leaves the question's own words unanswered. When the question
 * has words the bot does not know and a passage of the documents holds them, the passage is the answer.
 */
function preferPassage(
  question: Question,
  tokens: string[],
  directory: Directory,
  knowledge: Omit<Knowledge, "directory" | "now">,
): Question {
  if (!knowledge.documents || !GENERAL_INTENTS.has(question.intent)) return question;
  if (question.intent === "groupMembers" && question.personId) return question;
  const unexplained = tokens
    .filter((t) => !isKnownWord(t, directory) && !/^\d+$/.test(t))
    .map(processTerm)
    .filter((t): t is string => t !== null);
  if (unexplained.length === 0) return question;
  const hits = indexFor({ documents: knowledge.documents, directory })?.search(question.text) ?? [];
  if (hits.length === 0 || !unexplained.some((t) => hits[0].matched.includes(t))) return question;
  return passageQuestion(hits, { lang: question.lang, text: question.text }, knowledge);
}

/** The passage question for hits, or the tiltak when the best passage is one. */
function passageQuestion(
  hits: PassageHit[],
  base: { lang: Lang; text: string },
  knowledge: Omit<Knowledge, "directory" | "now">,
): Question {
  const tiltak = (knowledge.tiltak ?? []).find((t) => t.text === hits[0].text || t.examples === hits[0].text);
  if (tiltak) return { ...base, intent: "tiltakDetail", tiltakIds: [tiltak.id] };
  // The best sentence, and the next one of the same paragraph when it scores about as well.
  const [best, second] = hits;
  const passageIds =
    second && second.passageId === best.passageId && second.score >= best.score * 0.85
      ? [best.id, second.id].sort()
      : [best.id];
  return { ...base, intent: "passage", passageIds };
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

  // Partners are facts: "Er UiB med i Alrek?" is yes, "Er Helse Vest med i Alrek?" is no.
  const asked = partnerQuestionName(text, tokens, directory);
  if (asked) {
    const partner = matchPartner(asked, directory);
    return {
      ...base,
      intent: "partnerCheck",
      name: typedName(text, asked),
      ...(partner ? { partner: partner.name } : {}),
    };
  }
  const namedPartner = partnerNamedIn(tokens, directory);
  if (namedPartner && group.kind === "none" && person.kind === "none" && !has(tokens, W.PARTNER_WORDS))
    return {
      ...base,
      intent: "partnerCheck",
      name: namedPartner.shortName ?? namedPartner.name,
      partner: namedPartner.name,
    };

  // What the documents do not say: capacity, phone numbers, parking, prices.
  const topic = undocumentedTopic(tokens);
  if (topic === "phone" && (person.kind === "one" || has(tokens, W.COORDINATOR_WORDS)))
    return {
      ...base,
      intent: "personContact",
      personId: person.kind === "one" ? person.id : directory.facts.coordinator.personId,
      channel: "phone",
    };
  if (topic) {
    const subject =
      topic === "capacity" && tokens.includes("borgertun")
        ? directory.facts.meetingRoom.name
        : group.kind === "one"
          ? directory.groups.find((g) => g.id === group.id)?.name
          : person.kind === "one"
            ? directory.people.find((p) => p.id === person.id)?.name
            : undefined;
    return { ...base, intent: "notInDocuments", topic, ...(subject ? { subject } : {}) };
  }

  // A person named with what is asked of them: how to reach them, their background.
  if (person.kind === "one" && group.kind === "none") {
    if (want === "contact" || want === "email")
      return { ...base, intent: "personContact", personId: person.id, channel: want === "email" ? "email" : "any" };
    if (want === "background" && person.id !== directory.facts.coordinator.personId) {
      const name = directory.people.find((p) => p.id === person.id)?.name;
      return { ...base, intent: "notInDocuments", topic: "background", ...(name ? { subject: name } : {}) };
    }
  }
  // "Hvem leder Husrådet?": the document's "Ledes av …", or that it does not say.
  if (want === "leader" && group.kind === "one" && person.kind === "none")
    return { ...base, intent: "groupLeader", groupId: group.id };

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

/** A real question (a question mark, or opening with a question word) with some content of its own. */
function looksLikeQuestion(text: string, tokens: string[]): boolean {
  return tokens.length >= 2 && (text.includes("?") || QUESTION_OPENERS.has(tokens[0]));
}

const QUESTION_OPENERS = new Set([
  "hva",
  "hvem",
  "hvor",
  "hvordan",
  "hvorfor",
  "hvilke",
  "hvilken",
  "hvilket",
  "nar",
  "kva",
  "kven",
  "kvar",
  "korleis",
  "kvifor",
  "kor",
  "what",
  "who",
  "where",
  "how",
  "why",
  "which",
  "when",
  "er",
  "har",
  "kan",
  "is",
  "are",
  "does",
  "do",
  "can",
]);
