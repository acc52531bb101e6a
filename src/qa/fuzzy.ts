/** Edit distances for tolerating typing errors in group and person names. */

/**
 * Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions):
 * "husrdet"→"husradet" is 1, "styringsgrupen"→"styringsgruppen" is 1, "hsuradet" is 1.
 * Stops early and returns `max + 1` once the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push(new Array<number>(b.length + 1).fill(0));
    rows[i][0] = i;
  }
  for (let j = 0; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
  }
  return rows[a.length][b.length];
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
