import { describe, expect, it } from "vitest";
import { editDistance, similarity } from "../../src/qa/fuzzy.js";
import { detectLanguage } from "../../src/qa/language.js";
import { fold, tokenize } from "../../src/qa/normalize.js";

describe("fold", () => {
  it.each(["Søråas", "Soraas", "Søraas", "soeraas", "SØRÅAS"])("%s folds to soras", (s) =>
    expect(fold(s)).toBe("soras"),
  );
  it.each([
    ["Husrådet", "husradet"],
    ["husraadet", "husradet"],
    ["Lærings", "larings"],
    ["laerings", "larings"],
    ["Engtrø", "engtro"],
  ])("%s → %s", (a, b) => expect(fold(a)).toBe(b));
});

describe("tokenize", () => {
  it("drops mentions and punctuation and splits hyphens", () => {
    expect(tokenize("<at>Alrek bot</at> Hvem er Alrek-koordinator?")).toEqual(["hvem", "er", "alrek", "koordinator"]);
  });
});

describe("editDistance", () => {
  it.each([
    ["husrdet", "husradet", 1],
    ["hsuradet", "husradet", 1],
    ["styringsgrupen", "styringsgruppen", 1],
    ["abc", "abc", 0],
    ["kitten", "sitting", 3],
  ] as const)("%s vs %s = %i", (a, b, d) => expect(editDistance(a, b)).toBe(d));
  it("refuses short words with a wrong letter", () => expect(similarity("karl", "kari")).toBe(0));
  it("accepts two wrong letters in long words", () =>
    expect(similarity("styringsgrpen", "styringsgruppen")).toBeGreaterThan(0));
});

describe("detectLanguage", () => {
  it.each([
    ["Hvem sitter i Husrådet?", undefined, "nb"],
    ["who sits in Husrådet?", undefined, "en"],
    ["husrådet", "en-US", "en"],
    ["husrådet", undefined, "nb"],
    ["Er BEHO representert?", "en-GB", "nb"],
    ["Is BEHO represented?", "nb-NO", "en"],
  ] as const)("%s (%s) → %s", (text, locale, lang) => expect(detectLanguage(text, locale)).toBe(lang));
});
