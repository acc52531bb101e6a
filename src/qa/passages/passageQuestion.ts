/**
 * Questions the documents' passages answer: when nothing structured fits, and when a general
 * answer (a group's members, the partners) would leave the question's own words unanswered.
 */
import type { Directory } from "../../domain/directory.js";
import type { Lang } from "../../domain/language.js";
import type { Knowledge } from "../knowledge.js";
import type { Question } from "../question.js";
import { isKnownWord } from "../unknownName.js";
import { indexFor } from "./index.js";
import { processTerm, type PassageHit } from "./search.js";

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
export function preferPassage(
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
export function passageQuestion(
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

/** A real question (a question mark, or opening with a question word) with some content of its own. */
export function looksLikeQuestion(text: string, tokens: string[]): boolean {
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
