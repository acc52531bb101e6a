import { answerQuestion } from "../../src/qa/index.js";
import { renderAnswer } from "../../src/bot/cards/index.js";
import { seedDirectory } from "../../src/seed/directory.js";
import { quantile } from "./loadGenerator.js";

/** Times understanding a question and rendering its card, as the bot does per message. */
export async function benchAnswering(iterations = 5000) {
  const questions = ["Hvem sitter i Husrådet?", "who sits in the steering group?", "Hvilke grupper sitter Benedikte Paulsen i?", "hvem sitter i eldregruppa"];
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
