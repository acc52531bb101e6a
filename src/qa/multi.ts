/**
 * Several questions in one message ("Hvem sitter i Husrådet? Og hva er mandatet til Lederforum?",
 * "Hvem leder barn og unge og hvem sitter i registergruppa?"): the message split into its
 * questions, each answered, the first few as sections of one answer and the rest as buttons.
 */
import type { Answer, AnswerOf, Choice } from "./answerTypes.js";
import { qaTexts } from "./i18n/index.js";

/** At most this many questions of one message are answered; the rest are offered as buttons. */
export const MAX_SECTIONS = 3;
/** A message is split into at most this many questions. */
const MAX_PARTS = 6;
const BUTTON_LENGTH = 80;

const QUESTION_WORD =
  "(?:hvem|hva|hvor|hvordan|hvorfor|hvilke|hvilken|hvilket|når|naar|kven|kva|kvar|korleis|kvifor|who|what|where|when|which|how|why)";

/**
 * The questions of a message: split after "?" and "!", at line breaks, and at "og"/"and" (or a
 * comma or semicolon) that opens another question ("… og hva er …"). One question comes back whole.
 */
export function splitQuestions(text: string): string[] {
  const pieces = text
    .split(/(?<=[?!])\s+|\n+/u)
    .flatMap((p) =>
      p.split(
        new RegExp(
          `\\s*(?:,|;)?\\s+(?:og|and|samt)\\s+(?=${QUESTION_WORD}\\b)|\\s*[;]\\s+(?=${QUESTION_WORD}\\b)`,
          "iu",
        ),
      ),
    )
    .map((p) => p.trim())
    .filter((p) => /[\p{L}\p{N}]/u.test(p));
  return pieces.length <= 1 ? [text] : pieces.slice(0, MAX_PARTS);
}

/** Answers that add nothing as a section of their own ("hjelp" beside a real question). */
const QUIET: ReadonlySet<Answer["kind"]> = new Set(["help", "thanks"]);

/**
 * One answer for several: the first MAX_SECTIONS questions as sections, the others as buttons
 * that ask them. A lone real answer among small talk is given alone.
 */
export function combineAnswers(parts: Answer[], unanswered: string[]): Answer {
  const real = parts.filter((a) => !QUIET.has(a.kind));
  const shown = (real.length > 0 ? real : parts).slice(0, MAX_SECTIONS);
  if (shown.length === 1 && unanswered.length === 0) return shown[0];
  const lang = shown[0].lang;
  const offered: Choice[] = unanswered.map((q) => ({
    label: q.length > BUTTON_LENGTH ? `${q.slice(0, BUTTON_LENGTH - 1).trimEnd()}…` : q,
    question: q,
  }));
  const also = offered.length > 0 ? qaTexts(lang).alsoAsked(offered.map((o) => `«${o.label}»`).join(", ")) : "";
  const text = shown.map((a) => a.text).join(" ") + also;
  const multi: AnswerOf<"multi"> = { kind: "multi", lang, text, parts: shown, offered };
  return multi;
}
