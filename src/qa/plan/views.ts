/** Turning plan data into what answers show, in bokmål or English. */
import type { PlanArea, Tiltak, TiltakStatus } from "../../domain/tiltak.js";
import type { Choice } from "../answerTypes.js";
import type { Lang } from "../../domain/language.js";
import { qaTexts } from "../i18n/index.js";
import type { AreaView, TiltakView } from "./types.js";

/** "Pågår" / "In progress"; a status the catalogue does not know (stored by a newer version) as stored. */
export function statusLabel(status: TiltakStatus, lang: Lang): string {
  return qaTexts(lang).tiltakStatus[status] ?? status;
}

/** An area's name in the answer language (in English: the English name with the document name in brackets). */
export function areaView(a: PlanArea, lang: Lang): AreaView {
  return { id: a.id, name: a.name, nameEn: a.nameEn, label: qaTexts(lang).areaLabel(a) };
}

/** A tiltak as shown. */
export function tiltakView(t: Tiltak, lang: Lang): TiltakView {
  return {
    id: t.id,
    order: t.order,
    areaId: t.areaId,
    text: t.text,
    ...(t.examples ? { examples: t.examples } : {}),
    status: t.status,
    statusLabel: statusLabel(t.status, lang),
    responsible: t.responsible,
    ...(t.notes ? { notes: t.notes } : {}),
    ...(t.dueDate ? { dueDate: t.dueDate } : {}),
    ...(t.milestone ? { milestone: t.milestone } : {}),
  };
}

/** The button that lists every tiltak; its question parses back to `allTiltak`. */
export function showAllTiltakChoice(lang: Lang): Choice {
  return { ...qaTexts(lang).showAllTiltak };
}

/** The button that shows the plan's status; its question parses back to `tiltakStatus`. */
export function planStatusChoice(lang: Lang): Choice {
  return { ...qaTexts(lang).planStatusChoice };
}

/** "t01 Utvikle en …: Planlagt (BEHO (alle medarbeidere og ledere))" for the plain-text summary. */
export function tiltakLine(t: TiltakView, lang: Lang): string {
  return qaTexts(lang).tiltakLine(t.text, t.statusLabel, t.responsible);
}
