import type { Directory } from "../domain/directory.js";
import { groupMembersAnswer, mandateAnswer, personGroupsAnswer, representedAnswer } from "./answerGroups.js";
import { aboutAnswer, coordinatorAnswer, forumAnswer, listGroupsAnswer, locationAnswer, partnersAnswer } from "./answerFacts.js";
import type { Answer, AnswerOf } from "./answerTypes.js";
import { nextEventAnswer, periodAnswer, upcomingAnswer } from "./calendar/answers.js";
import { helpAnswer } from "./help.js";
import { asKnowledge, type Knowledge } from "./knowledge.js";
import { allTiltakAnswer, tiltakByAreaAnswer, tiltakResponsibleAnswer, tiltakStatusAnswer } from "./plan/answers.js";
import type { Lang } from "./language.js";
import type { EntityRef, Question } from "./question.js";
import { choicesFor } from "./views.js";

/** How much of an unrecognised question is echoed back. */
const ECHO_LENGTH = 200;

/** The question as echoed: trimmed, and cut with "…" past ECHO_LENGTH. */
function echoOf(text: string): string {
  const trimmed = text.trim();
  return trimmed.length <= ECHO_LENGTH ? trimmed : `${trimmed.slice(0, ECHO_LENGTH).trimEnd()}…`;
}

function unknownAnswer(typed: string, suggestions: EntityRef[], directory: Directory, lang: Lang): AnswerOf<"unknown"> {
  const query = echoOf(typed);
  const choices = choicesFor("groupMembers", suggestions, directory, lang);
  const hint = choices.length > 0
    ? (lang === "en" ? ` Did you mean: ${choices.map((c) => c.label).join(", ")}?` : ` Mente du: ${choices.map((c) => c.label).join(", ")}?`)
    : (lang === "en" ? " Type «help» for examples." : " Skriv «hjelp» for eksempler.");
  const text = lang === "en"
    ? `I found no group or person matching «${query}».${hint}`
    : `Jeg fant ingen gruppe eller person som passer til «${query}».${hint}`;
  return { kind: "unknown", lang, text, query, suggestions: choices };
}

/**
 * Composes the answer to an understood question, in bokmål or English, from the directory or
 * the whole knowledge (events, plan, `now`). A target that has gone answers as unknown.
 */
export function answer(question: Question, source: Directory | Knowledge, lang: Lang = question.lang): Answer {
  const knowledge = asKnowledge(source);
  const directory = knowledge.directory;
  const group = (id: string) => directory.groups.find((g) => g.id === id);
  const notFound = () => unknownAnswer(question.text, [], directory, lang);
  switch (question.intent) {
    case "groupMembers": {
      const g = group(question.groupId);
      return g ? groupMembersAnswer(g, directory, lang) : notFound();
    }
    case "representedIn": {
      const g = group(question.groupId);
      return g ? representedAnswer(g, directory, lang) : notFound();
    }
    case "mandate": {
      const g = group(question.groupId);
      return g ? mandateAnswer(g, lang) : notFound();
    }
    case "personGroups":
      return personGroupsAnswer(question.personId, directory, lang) ?? notFound();
    case "coordinator":
      return coordinatorAnswer(directory, lang);
    case "partners":
      return partnersAnswer(directory, lang);
    case "location":
      return locationAnswer(directory, lang);
    case "about":
      return aboutAnswer(question.topic, directory, lang);
    case "forum":
      return forumAnswer(directory, lang);
    case "listGroups":
      return listGroupsAnswer(directory, lang);
    case "help":
      return helpAnswer(lang);
    case "upcomingEvents":
      return upcomingAnswer(knowledge, lang);
    case "eventsInPeriod":
      return periodAnswer(question.period, knowledge, lang);
    case "nextEvent":
      return nextEventAnswer(question.eventIds, knowledge, lang) ?? notFound();
    case "tiltakByArea":
      return tiltakByAreaAnswer(question.areaIds, knowledge, lang);
    case "allTiltak":
      return allTiltakAnswer(knowledge, lang);
    case "tiltakStatus":
      return tiltakStatusAnswer(knowledge, lang);
    case "tiltakResponsible":
      return tiltakResponsibleAnswer(question.tiltakIds, question.areaIds, knowledge, lang);
    case "ambiguous": {
      const candidates = choicesFor(question.asked, question.candidates, directory, lang);
      const text = lang === "en"
        ? `Which one do you mean? ${candidates.map((c) => c.label).join(", ")}.`
        : `Hvilken mener du? ${candidates.map((c) => c.label).join(", ")}.`;
      return { kind: "ambiguous", lang, text, asked: question.asked, candidates };
    }
    case "unknown":
      return unknownAnswer(question.text, question.suggestions, directory, lang);
    default:
      // An intent added by a later module that has no composer here.
      return notFound();
  }
}
