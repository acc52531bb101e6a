/** Edit distances for tolerating typing errors in group and person names. */

/**
 * Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions):
 * "husrdet"→"husradet" is 1, "styringsgrupen"→"styringsgruppen" is 1, "hsuradet" is 1.
 * With a `max`, only the diagonal band |i − j| ≤ max is computed and the result is `max + 1`
 * as soon as the distance must exceed `max`: a question is compared with every name, so each
 * comparison must cost about the length of the name, not its square.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (max >= Math.max(a.length, b.length)) return fullDistance(a, b);
  return bandedDistance(a, b, max);
}

// Three reused rows (two back for transpositions): this runs thousands of times per question.
let rowBuffer = new Int32Array(96);

function rows(width: number): Int32Array {
  if (rowBuffer.length < width * 3) rowBuffer = new Int32Array(width * 6);
  return rowBuffer;
}

function fullDistance(a: string, b: string): number {
  const width = b.length + 1;
  const r = rows(width);
  let prev2 = 0;
  let prev = width;
  let cur = width * 2;
  for (let j = 0; j < width; j++) r[prev + j] = j;
  for (let i = 1; i <= a.length; i++) {
    r[cur] = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(r[prev + j] + 1, r[cur + j - 1] + 1, r[prev + j - 1] + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        d = Math.min(d, r[prev2 + j - 2] + 1);
      r[cur + j] = d;
    }
    const oldest = prev2;
    prev2 = prev;
    prev = cur;
    cur = oldest;
  }
  return r[prev + b.length];
}

/**
 * The same recurrence restricted to the band |i − j| ≤ max (any path leaving it costs more
 * than max). Cells just outside the band hold `max + 1`, so the recurrence needs no edge cases.
 */
function bandedDistance(a: string, b: string, max: number): number {
  const over = max + 1;
  const width = b.length + 1;
  const r = rows(width);
  let prev2 = 0;
  let prev = width;
  let cur = width * 2;
  for (let j = 0; j < width; j++) r[prev + j] = j <= max ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(b.length, i + max);
    r[cur + lo - 1] = lo === 1 ? Math.min(i, over) : over;
    if (hi + 1 < width) r[cur + hi + 1] = over;
    let rowMin = r[cur + lo - 1];
    const ai = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(r[prev + j] + 1, r[cur + j - 1] + 1, r[prev + j - 1] + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        d = Math.min(d, r[prev2 + j - 2] + 1);
      if (d > over) d = over;
      r[cur + j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return over;
    const oldest = prev2;
    prev2 = prev;
    prev = cur;
    cur = oldest;
  }
  return Math.min(r[prev + b.length], over);
}

/**
 * How many wrong letters a key of this length may take. Short keys must match exactly, or
 * ordinary words would turn into names ("kari" is not "karl"). `strict` is for single names.
 */
export function tolerance(length: number, strict = false): number {
  if (strict) return length >= 9 ? 2 : length >= 6 ? 1 : 0;
  return length >= 10 ? 2 : length >= 5 ? 1 : 0;
}

/**
 * Similarity in [0, 1] when `typed` is within tolerance of `key`, else 0. An exact match is 1;
 * each wrong letter costs its share of the key's length.
 */
export function similarity(typed: string, key: string, strict = false): number {
  const max = tolerance(key.length, strict);
  const d = editDistance(typed, key, max);
  return d > max ? 0 : 1 - d / Math.max(key.length, 1);
}
