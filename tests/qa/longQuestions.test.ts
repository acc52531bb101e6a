import { describe, expect, it } from "vitest";
import {
  answerQuestion,
  createQuestionAnswerer,
  MAX_QUESTION_LENGTH,
  nearestGroups,
  tokenize,
} from "../../src/qa/index.js";
import { seedData } from "../../src/seed/index.js";

const knowledge = {
  directory: seedData.directory,
  events: seedData.events,
  period: seedData.period,
  tiltak: seedData.tiltak,
  now: new Date("2026-11-22T09:00:00Z"),
};
const ask = (text: string, locale = "nb-NO") => answerQuestion(text, { locale, ...knowledge });

/** `text` followed by a connector word (which names nothing) up to exactly `length` characters. */
function padded(text: string, length: number, connector = "og"): string {
  return (text + ` ${connector}`.repeat(length)).slice(0, length);
}

/** Deterministic words of random letters, `length` characters in all. */
function gibberish(length: number, seed = 1): string {
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

describe("the question length cap", () => {
  it("is 2,000 characters", () => expect(MAX_QUESTION_LENGTH).toBe(2000));

  it.each([
    ["a 2,001-character message", padded("Hvem sitter i Husrådet?", 2001), "nb-NO", "nb", /for lang.*2001 tegn.*2000/],
    ["a 28,000-character message", padded("Hvem sitter i Husrådet?", 28_000), "nb-NO", "nb", /for lang.*28000 tegn/],
    [
      "a 100,000-character English message",
      padded("Who sits in the house council?", 100_000, "and"),
      "nb-NO",
      "en",
      /too long.*100000 characters.*2000/,
    ],
    ["a long message from an English locale", "x".repeat(5000), "en-US", "en", /too long/],
  ])("%s gets a short 'too long' answer in the asker's language", (_name, text, locale, lang, pattern) => {
    const a = ask(text, locale);
    expect(a.kind).toBe("tooLong");
    expect(a.lang).toBe(lang);
    expect(a.text).toMatch(pattern);
    expect(a.text.length).toBeLessThan(200);
  });

  it("answers a message of exactly 2,000 characters as a question", () => {
    const a = ask(padded("Hvem sitter i Husrådet?", 2000));
    expect(a.kind).toBe("groupMembers");
    expect(a.text).toContain("Karen Haugvaldstad");
  });

  it.each([1, 2, 3])(
    "answers 2,000 characters of gibberish (seed %i) as not understood, echoing only its start",
    (seed) => {
      const text = gibberish(2000, seed);
      const a = ask(text);
      expect(a.kind).not.toBe("tooLong");
      if (a.kind === "unknown") expect(a.query.length).toBeLessThanOrEqual(201);
      expect(a.text.length).toBeLessThan(600);
    },
  );

  it("never caches a message past the cap", () => {
    const answer = createQuestionAnswerer(2);
    const long = padded("Hvem sitter i Husrådet?", 2001);
    expect(answer(long, { ...knowledge, version: 1 }).answer.kind).toBe("tooLong");
    expect(answer("Hvem sitter i Husrådet?", { ...knowledge, version: 1 }).answer.kind).toBe("groupMembers");
  });
});

describe("did-you-mean suggestions on long messages", () => {
  it("still suggests from the start of a long message", () => {
    const tokens = tokenize(padded("hvem sitter i eldregrupa", 1500));
    expect(nearestGroups(tokens, seedData.directory)[0]).toBe("faggruppe-eldrehelse");
  });
});
