/**
 * Answering against the largest directory the door lets in (src/domain/directoryLimits.ts): 40
 * current groups with 30 other names of 100 characters, 30 seats each, 500 people with 10 other
 * spellings each. Every name is compared with each question, so this is where editors' data could
 * slow the bot; the figures sit beside those for the seed (benchAnswering, benchLongMessages).
 */
import { answerQuestion } from "../../src/qa/index.js";
import { renderAnswer } from "../../src/bot/cards/index.js";
import type { Directory, Group, Person } from "../../src/domain/directory.js";
import { DIRECTORY_LIMITS as L } from "../../src/domain/directoryLimits.js";
import { seedDirectory } from "../../src/seed/directory.js";
import { quantile } from "./loadGenerator.js";

/** Pseudo-random words (no real name), `length` characters in all. */
function words(length: number, seed: number): string {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  let out = "";
  while (out.length < length) {
    const n = 3 + Math.floor(next() * 9);
    for (let i = 0; i < n; i++) out += String.fromCharCode(97 + Math.floor(next() * 26));
    out += " ";
  }
  return out.slice(0, length).trim();
}

/** The largest directory the door takes, with Husrådet as its first group so a real question has an answer. */
export function largestDirectory(): Directory {
  const people: Person[] = Array.from({ length: L.people }, (_, i) => ({
    id: `p${i}`,
    name: i === 0 ? "Karen Haugvaldstad" : words(L.nameChars, 10_000 + i),
    altNames: Array.from({ length: L.altNamesPerPerson }, (_, j) => words(L.aliasChars, 20_000 + i * 100 + j)),
    unit: words(L.unitChars, 30_000 + i),
    title: words(L.roleChars, 40_000 + i),
  }));
  const groups: Group[] = Array.from({ length: L.currentGroups }, (_, i) => ({
    id: `g${i}`,
    name: i === 0 ? "Husrådet" : words(L.nameChars, 50_000 + i),
    nameEn: words(L.nameChars, 60_000 + i),
    aliases: Array.from({ length: L.aliasesPerGroup }, (_, j) => words(L.aliasChars, 70_000 + i * 100 + j)),
    kind: "committee",
    mandate: words(L.mandateChars, 80_000 + i),
    representation: words(L.representationChars, 90_000 + i),
    behoRepresented: true,
    members: Array.from({ length: L.membersPerGroup }, (_, j) => ({
      personId: `p${(i * 7 + j) % L.people}`,
      unit: words(L.unitChars, 1_000 + j),
      role: words(L.roleChars, 2_000 + j),
    })),
    order: i + 1,
  }));
  return { groups, people, facts: seedDirectory.facts };
}

/** p50/p99/max in ms of understanding and rendering `texts` (each different, so no parse is reused) against `directory`. */
function time(directory: Directory, texts: (i: number) => string, iterations: number) {
  const times: number[] = [];
  for (let i = 0; i < iterations + 10; i++) {
    const started = performance.now();
    renderAnswer(answerQuestion(texts(i), { locale: "nb-NO", directory }));
    if (i >= 10) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: quantile(times, 0.5), p99: quantile(times, 0.99), max: times[times.length - 1] };
}

/** The figures: a representation question, and the longest message still read as a question. */
export function benchLargestDirectory(iterations = 200) {
  const directory = largestDirectory();
  return {
    question: time(directory, (i) => `Hvem sitter i Husrådet? ${"x".repeat(i % 3)}`, iterations),
    longest: time(directory, (i) => words(2000, i + 1), iterations),
  };
}
