import type { Directory, Group } from "../domain/directory.js";
import type { Lang } from "../domain/language.js";
import {
  groupLeaderAnswer,
  groupMembersAnswer,
  mandateAnswer,
  personContactAnswer,
  personGroupsAnswer,
  representedAnswer,
} from "./answerGroups.js";
import { needsSubjectAnswer, notInDocumentsAnswer, passageAnswer, thanksAnswer } from "./answerFallback.js";
import { tiltakDetailAnswer } from "./plan/detail.js";
import {
  aboutAnswer,
  coordinatorAnswer,
  forumAnswer,
  listGroupsAnswer,
  locationAnswer,
  partnerCheckAnswer,
  partnersAnswer,
} from "./answerFacts.js";
import type { Answer, AnswerOf } from "./answerTypes.js";
import { nextEventAnswer, periodAnswer, upcomingAnswer } from "./calendar/answers.js";
import { helpAnswer } from "./help.js";
import { qaTexts } from "./i18n/index.js";
import { asKnowledge, type Knowledge } from "./knowledge.js";
import { overdueAnswer } from "./plan/time.js";
import { allTiltakAnswer, tiltakByAreaAnswer, tiltakResponsibleAnswer, tiltakStatusAnswer } from "./plan/answers.js";
import type { EntityRef, Intent, Question, QuestionOf } from "./question.js";
import { choicesFor } from "./views.js";

/** How much of an unrecognised question is echoed back. */
const ECHO_LENGTH = 200;

/** The question as echoed: trimmed, and cut with "…" past ECHO_LENGTH. */
function echoOf(text: string): string {
  const trimmed = text.trim();
  return trimmed.length <= ECHO_LENGTH ? trimmed : `${trimmed.slice(0, ECHO_LENGTH).trimEnd()}…`;
}

function unknownAnswer(
  typed: string,
  suggestions: EntityRef[],
  directory: Directory,
  lang: Lang,
  missing?: QuestionOf<"unknown">["missing"],
): AnswerOf<"unknown"> {
  const tx = qaTexts(lang);
  const query = echoOf(typed);
  const choices = choicesFor("groupMembers", suggestions, directory, lang);
  const hint = choices.length > 0 ? tx.didYouMean(choices.map((c) => c.label).join(", ")) : tx.helpHint;
  if (missing) {
    const lead = missing.type === "person" ? tx.notFoundPerson(echoOf(missing.name)) : tx.notFoundGroup(query);
    return { kind: "unknown", lang, text: `${lead}${hint}`, query, suggestions: choices, lead };
  }
  return { kind: "unknown", lang, text: tx.notFound(query, hint), query, suggestions: choices };
}

/** What every composer is given. */
interface Context {
  knowledge: Knowledge;
  directory: Directory;
  lang: Lang;
  /** The answer for a target that has gone (a group or person no longer in the data). */
  notFound: () => AnswerOf<"unknown">;
}

/** Composes the answer to one intent; a target that has gone answers as unknown, a passage gone as not said. */
type Composer<K extends Intent> = (
  question: QuestionOf<K>,
  c: Context,
) => AnswerOf<K> | AnswerOf<"unknown"> | AnswerOf<"notInDocuments">;

function withGroup<A>(id: string, c: Context, compose: (g: Group) => A): A | AnswerOf<"unknown"> {
  const g = c.directory.groups.find((x) => x.id === id);
  return g ? compose(g) : c.notFound();
}

/**
 * One composer per intent. The type lists every intent, so a new one does not compile until it
 * is composed here (and its answer kind exists in answerTypes.ts).
 */
const COMPOSERS: { readonly [K in Intent]: Composer<K> } = {
  groupMembers: (q, c) => withGroup(q.groupId, c, (g) => groupMembersAnswer(g, c.directory, c.lang, q.personId)),
  representedIn: (q, c) => withGroup(q.groupId, c, (g) => representedAnswer(g, c.directory, c.lang)),
  mandate: (q, c) => withGroup(q.groupId, c, (g) => mandateAnswer(g, c.lang)),
  personGroups: (q, c) => personGroupsAnswer(q.personId, c.directory, c.lang, q.role) ?? c.notFound(),
  coordinator: (_q, c) => coordinatorAnswer(c.directory, c.lang),
  partners: (_q, c) => partnersAnswer(c.directory, c.lang),
  partnerCheck: (q, c) => partnerCheckAnswer(q.name, q.partner, c.directory, c.lang),
  groupLeader: (q, c) => withGroup(q.groupId, c, (g) => groupLeaderAnswer(g, c.directory, c.lang)),
  personContact: (q, c) => personContactAnswer(q.personId, q.channel, c.directory, c.lang) ?? c.notFound(),
  location: (_q, c) => locationAnswer(c.directory, c.lang),
  about: (q, c) => aboutAnswer(q.topic, c.directory, c.lang, { factIds: q.factIds, role: q.role }),
  forum: (_q, c) => forumAnswer(c.directory, c.lang),
  listGroups: (_q, c) => listGroupsAnswer(c.directory, c.lang),
  help: (_q, c) => helpAnswer(c.lang),
  thanks: (_q, c) => thanksAnswer(c.lang),
  upcomingEvents: (_q, c) => upcomingAnswer(c.knowledge, c.lang),
  eventsInPeriod: (q, c) => periodAnswer(q.period, c.knowledge, c.lang),
  nextEvent: (q, c) => nextEventAnswer(q.eventIds, c.knowledge, c.lang) ?? c.notFound(),
  tiltakByArea: (q, c) => tiltakByAreaAnswer(q.areaIds, c.knowledge, c.lang),
  allTiltak: (q, c) => allTiltakAnswer(c.knowledge, c.lang, q.full ?? false),
  tiltakDetail: (q, c) => tiltakDetailAnswer(q.tiltakIds, q.number, c.knowledge, c.lang),
  tiltakStatus: (_q, c) => tiltakStatusAnswer(c.knowledge, c.lang),
  overdueTiltak: (_q, c) => overdueAnswer(c.knowledge, c.lang),
  tiltakResponsible: (q, c) => tiltakResponsibleAnswer(q.tiltakIds, q.areaIds, c.knowledge, c.lang),
  ambiguous: (q, c) => {
    const candidates = choicesFor(q.asked, q.candidates, c.directory, c.lang);
    const text = qaTexts(c.lang).whichOne(candidates.map((x) => x.label).join(", "));
    return { kind: "ambiguous", lang: c.lang, text, asked: q.asked, candidates };
  },
  needsSubject: (q, c) => needsSubjectAnswer(q, c.lang),
  notInDocuments: (q, c) => notInDocumentsAnswer(q, c.lang),
  passage: (q, c) => passageAnswer(q, c.knowledge, c.lang),
  unknown: (q, c) => unknownAnswer(q.text, q.suggestions, c.directory, c.lang, q.missing),
};

// Indexing the registry with the question's own intent keeps the composer and question paired.
function compose<K extends Intent>(question: QuestionOf<K>, c: Context): Answer {
  const composer: Composer<K> = COMPOSERS[question.intent as K];
  return composer(question, c);
}

/**
 * Composes the answer to an understood question, in the question's language (or `lang`), from
 * the directory or the whole knowledge (events, plan, `now`). A target that has gone answers as unknown.
 */
export function answer(question: Question, source: Directory | Knowledge, lang: Lang = question.lang): Answer {
  const knowledge = asKnowledge(source);
  const directory = knowledge.directory;
  const notFound = () => unknownAnswer(question.text, [], directory, lang);
  return compose(question, { knowledge, directory, lang, notFound });
}
