import { describe, expect, it } from "vitest";
import { editDistance } from "../../src/qa/fuzzy.js";

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

const A = strings(60, 1);
const B = strings(60, 2);
const PAIRS = A.map((a, i) => [a, B[i]] as const).concat([
  ["styringsgruppen", "styringsgrupen"],
  ["husradet", "hsuradet"],
  ["", "abc"],
  ["abc", ""],
]);

describe("editDistance with a bound", () => {
  // The unbounded distance is the reference; the banded one must agree whenever it is within the bound.
  it.each(PAIRS)("%j vs %j: the banded distance agrees with the full one for every bound", (a, b) => {
    const full = editDistance(a, b);
    for (const max of [0, 1, 2, 3, 5]) {
      const bounded = editDistance(a, b, max);
      if (full <= max) expect(bounded).toBe(full);
      else expect(bounded).toBe(max + 1);
    }
  });
});
