/** Turning plan data into what answers show, in bokmål or English. */
import type { PlanArea, Tiltak, TiltakStatus } from "../../domain/tiltak.js";
import type { Choice } from "../answerTypes.js";
import type { Lang } from "../language.js";
import type { AreaView, TiltakView } from "./types.js";

const STATUS_LABELS: Record<TiltakStatus, Record<Lang, string>> = {
  planned: { nb: "Planlagt", en: "Planned" },
  in_progress: { nb: "Pågår", en: "In progress" },
  done: { nb: "Fullført", en: "Done" },
  stopped: { nb: "Stoppet", en: "Stopped" },
};

/** "Pågår" / "In progress". */
export function statusLabel(status: TiltakStatus, lang: Lang): string {
  return STATUS_LABELS[status]?.[lang] ?? status;
}

/** An area's name in the answer language: English with the document name in brackets. */
export function areaView(a: PlanArea, lang: Lang): AreaView {
  const label = lang === "en" && a.nameEn ? `${a.nameEn} (${a.name})` : a.name;
  return { id: a.id, name: a.name, nameEn: a.nameEn, label };
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
  };
}

/** The button that lists every tiltak; its question parses back to `allTiltak`. */
export function showAllTiltakChoice(lang: Lang): Choice {
  return lang === "en" ? { label: "Show all measures", question: "Show all measures" } : { label: "Vis alle tiltak", question: "Vis alle tiltak" };
}

/** The button that shows the plan's status; its question parses back to `tiltakStatus`. */
export function planStatusChoice(lang: Lang): Choice {
  return lang === "en"
    ? { label: "Status of the plan", question: "What is the status of the measures?" }
    : { label: "Status for planen", question: "Hva er status på tiltakene?" };
}

/** "t01 Utvikle en …: Planlagt (BEHO (alle medarbeidere og ledere))" for the plain-text summary. */
export function tiltakLine(t: TiltakView, lang: Lang): string {
  const who = lang === "en" ? "responsible" : "ansvar";
  return `${t.text} – ${t.statusLabel}; ${who}: ${t.responsible}`;
}
