/**
 * "Ansvar og oppfølging" in the action plan (Del 2 of "Aktivt med"): who answers for the plan.
 * Each language's catalogue holds it: bokmål in the document's wording, English as a faithful summary.
 */
import type { Lang } from "../../domain/language.js";
import { qaTexts } from "../i18n/index.js";

/** The plan's general division of responsibility, in the answer language. */
export function generalResponsibility(lang: Lang): string[] {
  return [...qaTexts(lang).planResponsibility];
}
