/**
 * Cheap filters in front of the edit distance, for comparing every name the bot knows with
 * every span of a long message: lengths, letter sets and letter counts rule out most pairs
 * before a distance table is built.
 */
import { similarity, tolerance } from "./fuzzy.js";

/**
 * Which letters occur in `text`, one bit each (digits share six bits: that only makes the
 * filter below let more through). Each edit removes at most one letter from a string's set.
 */
export function letterMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) mask |= 1 << (c - 97);
    else if (c >= 48 && c <= 57) mask |= 1 << (26 + ((c - 48) % 6));
  }
  return mask;
}

/** Letter counts (a–z, then the digits) for {@link bagDistance}. */
export function letterCounts(text: string): Int16Array {
  const counts = new Int16Array(36);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) counts[c - 97]++;
    else if (c >= 48 && c <= 57) counts[c - 22]++;
  }
  return counts;
}

/**
 * A lower bound of the edit distance from letter counts alone: each edit adds or removes at
 * most one letter on either side, a transposition none. Costs 36 steps, not a table.
 */
export function bagDistance(a: Int16Array, b: Int16Array): number {
  let extraA = 0;
  let extraB = 0;
  for (let i = 0; i < 36; i++) {
    const d = a[i] - b[i];
    if (d > 0) extraA += d;
    else extraB -= d;
  }
  return Math.max(extraA, extraB);
}

function bitCount(n: number): number {
  n -= (n >>> 1) & 0x55555555;
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * The distinct spans of a question by length, with their letter sets. A key can only be within
 * `max` edits of a span whose length differs by at most `max` and which lacks at most `max` of
 * the key's letters (and the other way round), so it is compared with those alone: most of a
 * long message is passed over without computing a distance.
 */
export class SpanIndex {
  private readonly byLength = new Map<number, { spans: string[]; masks: number[] }>();

  constructor(spans: Iterable<string>) {
    const seen = new Set<string>();
    for (const s of spans) {
      if (seen.has(s)) continue;
      seen.add(s);
      let bucket = this.byLength.get(s.length);
      if (!bucket) this.byLength.set(s.length, (bucket = { spans: [], masks: [] }));
      bucket.spans.push(s);
      bucket.masks.push(letterMask(s));
    }
  }

  /** Spans that may be within `max(span)` edits of `key`; `max` is given the span's length. */
  candidates(key: string, minLength: number, maxLength: number, max: (length: number) => number): string[] {
    const keyMask = letterMask(key);
    const out: string[] = [];
    for (let length = Math.max(0, minLength); length <= maxLength; length++) {
      const bucket = this.byLength.get(length);
      if (!bucket) continue;
      const limit = max(length);
      for (let i = 0; i < bucket.spans.length; i++) {
        const m = bucket.masks[i];
        if (bitCount(keyMask & ~m) <= limit && bitCount(m & ~keyMask) <= limit) out.push(bucket.spans[i]);
      }
    }
    return out;
  }

  /**
   * The best `similarity` of any span to `key` (0 when none is within tolerance). With `sameStart`
   * a span that is not exact must begin with the key's letter: a word missing its start is another
   * word ("helse" is not "e-helse"), not a typo.
   */
  bestSimilarity(key: string, strict = false, sameStart = false): number {
    const t = tolerance(key.length, strict);
    let best = 0;
    for (const s of this.candidates(key, key.length - t, key.length + t, () => t)) {
      if (sameStart && s[0] !== key[0]) continue;
      const sim = similarity(s, key, strict);
      if (sim > best) best = sim;
      if (best === 1) break;
    }
    return best;
  }
}
