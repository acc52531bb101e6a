/**
 * Tiltak asked for by number or ordinal: "tiltak nummer 1", "tiltak 3", "det fjerde tiltaket",
 * "measure number 2", "the third measure", "det andre tiltaket under utdanning" (the second of that
 * area). The number counts in plan order, or within the area when one is named.
 */
import type { PlanPeriod, Tiltak } from "../../domain/tiltak.js";
import { matchAreas } from "./areaMatch.js";

const ORDINALS: Readonly<Record<string, number>> = {
  forste: 1,
  fyrste: 1,
  first: 1,
  andre: 2,
  second: 2,
  tredje: 3,
  third: 3,
  fjerde: 4,
  fourth: 4,
  femte: 5,
  fifth: 5,
  sjette: 6,
  sixth: 6,
  sjuende: 7,
  syvende: 7,
  sjuande: 7,
  seventh: 7,
  attende: 8,
  attande: 8,
  eighth: 8,
  niende: 9,
  niande: 9,
  ninth: 9,
  tiende: 10,
  tiande: 10,
  tenth: 10,
  ellevte: 11,
  eleventh: 11,
  tolvte: 12,
  twelfth: 12,
  trettende: 13,
  trettande: 13,
  thirteenth: 13,
  fjortende: 14,
  fjortande: 14,
  fourteenth: 14,
  femtende: 15,
  femtande: 15,
  fifteenth: 15,
  sekstende: 16,
  sekstande: 16,
  sixteenth: 16,
  siste: -1,
  last: -1,
};
const TILTAK_NOUNS = new Set([
  "tiltak",
  "tiltaket",
  "tiltaka",
  "tiltakene",
  "tiltakane",
  "measure",
  "measures",
  "tilltak",
]);
const NUMBER_WORDS = new Set(["nr", "nummer", "number", "no", "num"]);

/** The number asked for (−1 for "siste"/"last"), or undefined when no tiltak is asked for by number. */
export function askedNumber(tokens: string[]): number | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (!TILTAK_NOUNS.has(tokens[i])) continue;
    // "tiltak nummer 1", "tiltak nr 3", "tiltak 3", "measure number 2".
    let j = i + 1;
    if (NUMBER_WORDS.has(tokens[j] ?? "")) j++;
    if (/^\d{1,2}$/.test(tokens[j] ?? "")) return Number(tokens[j]);
    // "det fjerde tiltaket", "the third measure", "3. tiltak", "siste tiltak".
    const before = tokens[i - 1] ?? "";
    if (before in ORDINALS) return ORDINALS[before];
    if (/^\d{1,2}$/.test(before) && !NUMBER_WORDS.has(tokens[i - 2] ?? "")) return Number(before);
  }
  return undefined;
}

/**
 * The tiltak a number picks: in plan order, or within the area named in `rest` (the question's
 * other words). `[]` when the plan has no tiltak of that number.
 */
export function tiltakByNumber(
  number: number,
  rest: string[],
  period: PlanPeriod | undefined,
  tiltak: readonly Tiltak[],
): { ids: string[]; areaId?: string } {
  if (!period) return { ids: [] };
  const own = tiltak.filter((t) => t.periodId === period.id).sort((a, b) => a.order - b.order);
  const areaId = matchAreas(rest, period)[0];
  const pool = areaId ? own.filter((t) => t.areaId === areaId) : own;
  const index = number === -1 ? pool.length - 1 : number - 1;
  const picked = pool[index];
  return { ids: picked ? [picked.id] : [], ...(areaId ? { areaId } : {}) };
}
