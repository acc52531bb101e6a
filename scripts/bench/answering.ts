import { answerQuestion } from "../../src/qa/index.js";
import { renderAnswer } from "../../src/bot/cards/index.js";
import { seedDirectory } from "../../src/seed/directory.js";
import { seedData } from "../../src/seed/index.js";
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
  const knowledge = {
    locale: "nb-NO",
    directory: seedData.directory,
    events: seedData.events,
    period: seedData.period,
    tiltak: seedData.tiltak,
    now: new Date(),
  };
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
