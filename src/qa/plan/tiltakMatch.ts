/** Finding a tiltak by words of its text ("kommunikasjonsplanen" → t01), allowing typing errors. */
import type { Tiltak } from "../../domain/tiltak.js";
import { similarity } from "../fuzzy.js";
import { tokenize } from "../normalize.js";
import { ALL_WORDS, PLAN_STOP_WORDS, RESPONSIBLE_WORDS, STATUS_WORDS, TILTAK_GLOSSARY, TILTAK_WORDS } from "./words.js";

const MIN_KEY = 5;
/** A word found in one tiltak only scores 1; the best must reach this to count as found. */
const FOUND = 0.75;
const CLOSE = 0.9;
const MAX_RESULTS = 3;

interface TiltakIndex {
  keys: string[][];
  /** 1 / number of tiltak the word appears in: rare words tell tiltak apart. */
  weight: Map<string, number>;
}

const indexCache = new WeakMap<readonly Tiltak[], TiltakIndex>();

function indexOf(tiltak: readonly Tiltak[]): TiltakIndex {
  let index = indexCache.get(tiltak);
  if (index) return index;
  const keys = tiltak.map((t) => {
    const text = `${t.text} ${t.examples ?? ""}`;
    // Short terms count only as written in capitals in the text ("VR", "HVL"), so "og" never finds a tiltak.
    const acronyms = tokenize((text.match(/(?<![\p{L}\d])[\p{Lu}\d]{2,4}(?![\p{L}\d])/gu) ?? []).join(" ")).filter(
      (w) => !/^\d+$/.test(w),
    );
    return [...new Set([...tokenize(text).filter((w) => w.length >= MIN_KEY && !PLAN_STOP_WORDS.has(w)), ...acronyms])];
  });
  // A word's spread counts its inflections too ("ansattes" is as common as "ansatte"). Inflections
  // share their first letters, so only words with the same start are compared.
  const byStart = new Map<string, { k: string; i: number }[]>();
  keys.forEach((ks, i) =>
    ks.forEach((k) => {
      const bucket = byStart.get(k.slice(0, 4)) ?? [];
      bucket.push({ k, i });
      byStart.set(k.slice(0, 4), bucket);
    }),
  );
  const weight = new Map<string, number>();
  for (const bucket of byStart.values()) {
    for (const { k } of bucket) {
      if (weight.has(k)) continue;
      const spread = new Set(bucket.filter((o) => o.k === k || similarity(o.k, k) > 0).map((o) => o.i)).size;
      weight.set(k, 1 / Math.max(spread, 1));
    }
  }
  index = { keys, weight };
  indexCache.set(tiltak, index);
  return index;
}

const isCue = (t: string) =>
  PLAN_STOP_WORDS.has(t) || TILTAK_WORDS.has(t) || RESPONSIBLE_WORDS.has(t) || STATUS_WORDS.has(t) || ALL_WORDS.has(t);

/**
 * The question's words to look for, with English words turned into the texts' Norwegian. Cue
 * words still pair up ("communication plan") but never count alone ("planen" is in a text).
 */
function terms(tokens: string[]): string[] {
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    const pair = i + 1 < tokens.length ? t + tokens[i + 1] : "";
    if (pair && TILTAK_GLOSSARY[pair]) out.add(TILTAK_GLOSSARY[pair]);
    if (TILTAK_GLOSSARY[t]) out.add(TILTAK_GLOSSARY[t]);
    if (t.length >= 2 && !isCue(t)) out.add(t);
  });
  return [...out];
}

/**
 * Ids of the tiltak whose text the tokens point at, best first (at most three about equally
 * good), or none when no rare enough word matched. Cue words among the tokens are ignored.
 */
export function matchTiltak(tokens: string[], tiltak: readonly Tiltak[]): string[] {
  const words = terms(tokens);
  if (words.length === 0 || tiltak.length === 0) return [];
  const index = indexOf(tiltak);
  const scored: { id: string; score: number }[] = [];
  tiltak.forEach((t, i) => {
    let score = 0;
    for (const w of words) {
      let best = 0;
      for (const k of index.keys[i]) {
        const sim = similarity(w, k);
        if (sim > 0) best = Math.max(best, sim * (index.weight.get(k) ?? 0));
      }
      score += best;
    }
    if (score > 0) scored.push({ id: t.id, score });
  });
  scored.sort((a, b) => b.score - a.score);
  if (scored.length === 0 || scored[0].score < FOUND) return [];
  return scored
    .filter((s) => s.score >= scored[0].score * CLOSE)
    .slice(0, MAX_RESULTS)
    .map((s) => s.id);
}
