import { describe, expect, it } from "vitest";
import { editDistance, similarity, tolerance } from "../../src/qa/fuzzy.js";
import { bagDistance, letterCounts, letterMask, SpanIndex } from "../../src/qa/spanIndex.js";

/** Deterministic pseudo-random strings over a small alphabet, so near pairs are common. */
function strings(count: number, seed: number, alphabet = "abcdeor"): string[] {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  return Array.from({ length: count }, () => {
    const length = Math.floor(next() * 14);
    let out = "";
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
    return out;
  });
}

const A = strings(60, 5);
const B = strings(60, 6);
const PAIRS = A.map((a, i) => [a, B[i]] as const).concat([
  ["styringsgruppen", "styringsgrupen"],
  ["husradet", "hsuradet"],
  ["a1b2", "b2a1"],
]);

describe("the filters never rule out a pair within the distance", () => {
  it.each(PAIRS)("%j vs %j: letter counts and letter sets never exceed the distance", (a, b) => {
    const d = editDistance(a, b);
    expect(bagDistance(letterCounts(a), letterCounts(b))).toBeLessThanOrEqual(d);
    const missing = (x: number, y: number) => (x & ~y).toString(2).replace(/0/g, "").length;
    expect(missing(letterMask(a), letterMask(b))).toBeLessThanOrEqual(d);
    expect(missing(letterMask(b), letterMask(a))).toBeLessThanOrEqual(d);
  });
});

describe("SpanIndex", () => {
  const spans = strings(300, 3);
  const index = new SpanIndex(spans);
  it.each(strings(40, 4).filter((k) => k.length > 0))(
    "finds the same best similarity for %j as comparing every span",
    (key) => {
      for (const strict of [false, true]) {
        const brute = Math.max(0, ...spans.map((s) => similarity(s, key, strict)));
        expect(index.bestSimilarity(key, strict)).toBe(brute);
      }
    },
  );

  it("lists as candidates every span within the bound", () => {
    const key = "abcdeor";
    const max = tolerance(key.length);
    const candidates = new Set(index.candidates(key, key.length - max, key.length + max, () => max));
    for (const s of spans) if (editDistance(s, key, max) <= max) expect(candidates.has(s)).toBe(true);
  });
});
