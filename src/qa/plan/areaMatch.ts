/** Finding the plan areas a question names, by name, English name or short form. */
import type { PlanArea, PlanPeriod } from "../../domain/tiltak.js";
import { SpanIndex } from "../spanIndex.js";
import { tokenize } from "../normalize.js";
import { AREA_ALIASES, PLAN_STOP_WORDS } from "./words.js";

const MIN_KEY = 5;
const CLOSE = 0.9;

const keyCache = new WeakMap<PlanArea, string[]>();

/** Keys of an area: its significant name words, the joined names and its aliases. */
export function areaKeys(a: PlanArea): string[] {
  let keys = keyCache.get(a);
  if (keys) return keys;
  const out = new Set<string>();
  for (const phrase of [a.name, a.nameEn, ...(AREA_ALIASES[a.id] ?? [])]) {
    const words = tokenize(phrase).filter((t) => !PLAN_STOP_WORDS.has(t));
    for (const w of words) out.add(w);
    out.add(words.join(""));
  }
  keys = [...out].filter((k) => k.length >= MIN_KEY);
  keyCache.set(a, keys);
  return keys;
}

/** Single tokens and adjacent pairs joined ("offentlig privat" → "offentligprivat"). */
export function spansOf(tokens: string[]): string[] {
  const content = tokens.filter((t) => !PLAN_STOP_WORDS.has(t));
  const out = [...content];
  for (let i = 0; i + 1 < content.length; i++) out.push(content[i] + content[i + 1]);
  for (let i = 0; i + 2 < content.length; i++) out.push(content[i] + content[i + 1] + content[i + 2]);
  return out;
}

/**
 * Ids of the period's areas the tokens name, best first; several when about equally named
 * ("utdanning og forskning"). A longer key matched counts for more.
 */
export function matchAreas(tokens: string[], period: PlanPeriod | undefined): string[] {
  if (!period) return [];
  const spans = new SpanIndex(spansOf(tokens));
  const scored: { id: string; score: number }[] = [];
  for (const a of period.areas) {
    let best = 0;
    for (const k of areaKeys(a)) best = Math.max(best, spans.bestSimilarity(k) * Math.min(k.length, 13));
    if (best > 0) scored.push({ id: a.id, score: best });
  }
  if (scored.length === 0) return [];
  scored.sort((x, y) => y.score - x.score);
  // Two areas each named outright ("utdanning og forskning") both count.
  return scored.filter((s) => s.score >= scored[0].score * CLOSE || s.score >= 8).map((s) => s.id);
}
