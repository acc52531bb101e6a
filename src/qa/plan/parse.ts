/** Recognising questions about the action plan: an area's tiltak, all tiltak, status, responsibility. */
import type { PlanPeriod, Tiltak } from "../../domain/tiltak.js";
import type { Lang } from "../../domain/language.js";
import type { Question } from "../question.js";
import { matchAreas } from "./areaMatch.js";
import { matchTiltak } from "./tiltakMatch.js";
import * as W from "./words.js";

type Base = { lang: Lang; text: string };
const has = (tokens: string[], words: Set<string>) => tokens.some((t) => words.has(t));

/** Words naming one tiltak ("tiltaket om …", "the measure on …"). */
const SINGULAR_WORDS = new Set(["tiltaket", "measure", "initiative"]);

/** Words asking for the whole list rather than a summary per area ("hele lista", "full list"). */
const FULL_WORDS = new Set(["hele", "heile", "full", "fullstendig", "fullstendige", "complete", "entire", "16"]);

// "plan" and "action" alone are ordinary words: they count only when no group was named.
const WEAK_PLAN_WORDS = new Set(["plan", "planen", "planens", "action", "actions"]);

/** What the plan knows, for matching areas and tiltak. */
export interface PlanKnowledge {
  period?: PlanPeriod;
  tiltak?: readonly Tiltak[];
}

/**
 * A question about the plan, or undefined. `content` is the tokens without filler words;
 * `groupNamed` is true when a group or person matched, so representation questions keep winning
 * unless the question plainly names the plan ("tiltak", "handlingsplan").
 */
export function planQuestion(
  tokens: string[],
  content: string[],
  base: Base,
  plan: PlanKnowledge,
  groupNamed: boolean,
): Question | undefined {
  const strong =
    tokens.some((t) => W.TILTAK_WORDS.has(t) && !WEAK_PLAN_WORDS.has(t)) ||
    tokens.some((t, i) => t === "action" && tokens[i + 1]?.startsWith("plan"));
  const planCue = strong || (!groupNamed && has(tokens, WEAK_PLAN_WORDS));
  const responsible = has(tokens, W.RESPONSIBLE_WORDS);
  const status = has(tokens, W.STATUS_WORDS);
  const overdue = has(tokens, W.OVERDUE_WORDS) || (strong && has(tokens, W.DUE_WORDS));
  const rest = content.filter(
    (t) =>
      !W.TILTAK_WORDS.has(t) &&
      !W.STATUS_WORDS.has(t) &&
      !W.ALL_WORDS.has(t) &&
      !W.RESPONSIBLE_WORDS.has(t) &&
      !W.PLAN_STOP_WORDS.has(t) &&
      !W.OVERDUE_WORDS.has(t) &&
      !W.DUE_WORDS.has(t),
  );
  if (!planCue && groupNamed) return undefined;
  // "Hvilke tiltak er forsinket?", or "forsinket?" alone; "frist" beside an event's name is a calendar question.
  if (overdue && (planCue || rest.every((t) => W.VAGUE_WORDS.has(t)))) return { ...base, intent: "overdueTiltak" };

  if (responsible) {
    const tiltakIds = matchTiltak(content, plan.tiltak ?? []);
    if (tiltakIds.length > 0) return { ...base, intent: "tiltakResponsible", tiltakIds, areaIds: [] };
    const areaIds = matchAreas(rest, plan.period);
    if (areaIds.length > 0) return { ...base, intent: "tiltakResponsible", tiltakIds: [], areaIds };
    // "hvem har ansvar?" alone: the plan's general division of responsibility.
    if (planCue || rest.length === 0) return { ...base, intent: "tiltakResponsible", tiltakIds: [], areaIds: [] };
    return undefined;
  }
  const areaIds = matchAreas(rest, plan.period);
  // "tiltaket om …", "the measure about …": one tiltak, when its words find one.
  if (tokens.some((t) => SINGULAR_WORDS.has(t))) {
    const tiltakIds = matchTiltak(content, plan.tiltak ?? []);
    if (tiltakIds.length > 0) return { ...base, intent: "tiltakDetail", tiltakIds };
  }
  if (planCue) {
    if (areaIds.length > 0) return { ...base, intent: "tiltakByArea", areaIds };
    if (status) return { ...base, intent: "tiltakStatus" };
    if (has(tokens, W.ALL_WORDS) || rest.length === 0) {
      // "handlingsplanen" alone asks how the plan goes; "tiltak" alone asks for the list.
      return tokens.some((t) => t.startsWith("handlingsplan")) && !has(tokens, W.ALL_WORDS)
        ? { ...base, intent: "tiltakStatus" }
        : { ...base, intent: "allTiltak", ...(has(tokens, FULL_WORDS) ? { full: true } : {}) };
    }
    const tiltakIds = matchTiltak(content, plan.tiltak ?? []);
    if (tiltakIds.length > 0) return { ...base, intent: "tiltakDetail", tiltakIds };
    return { ...base, intent: "allTiltak", ...(has(tokens, FULL_WORDS) ? { full: true } : {}) };
  }
  // Without a plan word: "status" or "fremdrift" alone, or an area named alone ("kommunikasjon").
  if (rest.length === 0 && content.length > 0 && content.every((t) => W.STATUS_WORDS.has(t)))
    return { ...base, intent: "tiltakStatus" };
  if (areaIds.length > 0 && rest.every((t) => matchAreas([t], plan.period).length > 0))
    return { ...base, intent: "tiltakByArea", areaIds };
  return undefined;
}
