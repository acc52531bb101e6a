/** Edit distances for tolerating typing errors in group and person names. */

/**
 * Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions):
 * "husrdet"→"husradet" is 1, "styringsgrupen"→"styringsgruppen" is 1, "hsuradet" is 1.
 * Stops early and returns `max + 1` once the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three reused rows (two back for transpositions): this runs thousands of times per question.
  const width = b.length + 1;
  if (rowBuffer.length < width * 3) rowBuffer = new Int32Array(width * 6);
  let prev2 = 0;
  let prev = width;
  let cur = width * 2;
  for (let j = 0; j < width; j++) rowBuffer[prev + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rowBuffer[cur] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(rowBuffer[prev + j] + 1, rowBuffer[cur + j - 1] + 1, rowBuffer[prev + j - 1] + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, rowBuffer[prev2 + j - 2] + 1);
      rowBuffer[cur + j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const oldest = prev2;
    prev2 = prev;
    prev = cur;
    cur = oldest;
  }
  return rowBuffer[prev + b.length];
}

let rowBuffer = new Int32Array(96);

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
