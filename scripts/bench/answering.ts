import { answerQuestion, answerTurn, createQuestionAnswerer } from "../../src/qa/index.js";
import { renderAnswer } from "../../src/bot/cards/index.js";
import { seedDirectory } from "../../src/seed/directory.js";
import { seedData } from "../../src/seed/index.js";
import { seedDocuments } from "../../src/seed/documents.js";
import { quantile } from "./loadGenerator.js";

/** Times understanding a question and rendering its card, as the bot does per message. */
export async function benchAnswering(iterations = 5000) {
  const questions = [
    "Hvem sitter i Husrådet?",
    "who sits in the steering group?",
    "Hvilke grupper sitter Benedikte Paulsen i?",
    "hvem sitter i eldregruppa",
  ];
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const text = questions[i % questions.length];
    const started = performance.now();
    renderAnswer(answerQuestion(text, { locale: "nb-NO", directory: seedDirectory }));
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { question: questions[0], iterations, p50: quantile(times, 0.5), p99: quantile(times, 0.99) };
}

/** The whole knowledge as the bot answers from it, with the documents' passages. */
const KNOWLEDGE = {
  locale: "nb-NO",
  directory: seedData.directory,
  events: seedData.events,
  period: seedData.period,
  tiltak: seedData.tiltak,
  documents: seedDocuments,
  now: new Date("2026-11-10T10:00:00Z"),
  version: 1,
};

/** Structured answers of every new kind, and follow-ups, as the bot answers them (parse cache and card). */
const STRUCTURED = [
  "Hvem sitter i Husrådet?",
  "Er UiB med i Alrek?",
  "Er Helse Vest med i Alrek?",
  "Hvem leder Faggruppe for barn og unge?",
  "Hvordan kontakter jeg Karen Haugvaldstad?",
  "Hva er tiltak nummer 6?",
  "det fjerde tiltaket",
  "Hva skjer 1. juledag?",
  "Kva skjer etter påske?",
  "Hvor mange er det plass til i Borgertun?",
  "tusen takk",
  "Hvem sitter i Husrådet og hva er mandatet til Lederforum?",
  "What is Karen's background?",
  "Vis alle tiltak",
];

/**
 * In-service time of structured answers (the kinds of issue 21 among them) and of follow-ups
 * resolved against a kept subject: understanding through the bot's parse cache, composing and the
 * card, as the question handler does per message (storage round trips not included).
 */
export function benchStructured(iterations = 4000) {
  const answer = createQuestionAnswerer();
  const context = {
    subject: { type: "group" as const, id: "husradet" },
    intent: "groupMembers",
    at: KNOWLEDGE.now.toISOString(),
  };
  const times: number[] = [];
  for (let i = 0; i < iterations + 200; i++) {
    const followUp = i % 5 === 4;
    const text = followUp ? "og hvem leder den?" : STRUCTURED[i % STRUCTURED.length];
    const started = performance.now();
    renderAnswer(answer(text, { ...KNOWLEDGE, ...(followUp ? { context } : {}) }).answer);
    if (i >= 200) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { kinds: STRUCTURED.length, iterations, p50: quantile(times, 0.5), p99: quantile(times, 0.99) };
}

/** Questions only a passage of the documents answers, each new to the parse cache (so the search runs every time). */
const PASSAGE_QUESTIONS = [
  "Når kommer mikrofonene i Borgertun?",
  "Hvem rapporterer Husrådet til?",
  "Hva er Samhandlingsreformen?",
  "Kva seier dokumenta om mikrofonane?",
  "Hva er wifi-passordet?",
  "Kan partnere låne Borgertun?",
  "What does the document say about Covid-19?",
  "Hva sa Ingelin Søraas om Alreksamarbeidet?",
];

/** In-service time of answers that need the full-text search (a hit or "the documents do not say"), uncached. */
export function benchPassages(iterations = 2000) {
  const times: number[] = [];
  for (let i = 0; i < iterations + 100; i++) {
    // Without the bot's parse cache: every answer parses and searches afresh.
    const text = PASSAGE_QUESTIONS[i % PASSAGE_QUESTIONS.length];
    const started = performance.now();
    renderAnswer(answerTurn(text, KNOWLEDGE).answer);
    if (i >= 100) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { questions: PASSAGE_QUESTIONS.length, iterations, p50: quantile(times, 0.5), p99: quantile(times, 0.99) };
}

/** Words of random letters, `length` characters in all: no name matches, so every matcher runs its full course. */
function gibberish(length: number, seed: number): string {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  let out = "";
  while (out.length < length) {
    const n = 3 + Math.floor(next() * 9);
    for (let i = 0; i < n; i++) out += String.fromCharCode(97 + Math.floor(next() * 26));
    out += " ";
  }
  return out.slice(0, length);
}

/**
 * The in-service time of the longest message still read as a question (2,000 characters,
 * MAX_QUESTION_LENGTH) and of a 28,000-character one (Teams' limit), as the bot answers them:
 * understanding against the whole seed (groups, people, events, tiltak) and the card. Each
 * message is different, so no parse is reused; the first few warm the JIT and are not counted.
 */
export async function benchLongMessages(iterations = 200) {
  const knowledge = { ...KNOWLEDGE, version: undefined };
  const time = (length: number) => {
    const times: number[] = [];
    for (let i = 0; i < iterations + 10; i++) {
      const text = gibberish(length, i + 1);
      const started = performance.now();
      renderAnswer(answerQuestion(text, knowledge));
      if (i >= 10) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return { p50: quantile(times, 0.5), p99: quantile(times, 0.99), max: times[times.length - 1] };
  };
  return { iterations, maxLength: time(2000), teamsLength: time(28_000) };
}
