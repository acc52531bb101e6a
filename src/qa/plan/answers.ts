/** Composing answers about the action plan's tiltak from the snapshot's period and tiltak. */
import type { PlanPeriod, Tiltak } from "../../domain/tiltak.js";
import { TILTAK_STATUSES } from "../../domain/tiltak.js";
import { summarizePlan, type StatusSummary } from "../../domain/tiltakRules.js";
import type { AnswerOf } from "../answerTypes.js";
import type { Knowledge } from "../knowledge.js";
import type { Lang } from "../../domain/language.js";
import { qaTexts } from "../i18n/index.js";
import { upcomingChoice } from "../calendar/views.js";
import { generalResponsibility } from "./responsibility.js";
import { planTiltak } from "./detail.js";
import { noticeField, withNotice } from "./time.js";
import type { AreaTiltakView, StatusCount } from "./types.js";
import { areaView, planStatusChoice, showAllTiltakChoice, statusLabel, tiltakLine, tiltakView } from "./views.js";

const noPlanText = (lang: Lang) => qaTexts(lang).noPlan;

/** The given areas (all when `areaIds` is undefined) with their tiltak, in area order. */
function byArea(period: PlanPeriod, tiltak: Tiltak[], lang: Lang, areaIds?: string[]): AreaTiltakView[] {
  return [...period.areas]
    .filter((a) => !areaIds || areaIds.includes(a.id))
    .sort((a, b) => a.order - b.order)
    .map((a) => ({
      area: areaView(a, lang),
      tiltak: tiltak.filter((t) => t.areaId === a.id).map((t) => tiltakView(t, lang)),
    }));
}

const periodTitle = (k: Knowledge) => (k.period ? { periodTitle: k.period.title } : {});

/** The tiltak of the areas asked for, each with status and responsible. */
export function tiltakByAreaAnswer(areaIds: string[], k: Knowledge, lang: Lang): AnswerOf<"tiltakByArea"> {
  const areas = k.period ? byArea(k.period, planTiltak(k), lang, areaIds) : [];
  const tx = qaTexts(lang);
  const text =
    areas.length === 0
      ? noPlanText(lang)
      : areas
          .map(({ area, tiltak }) => {
            const list = tiltak.map((t, i) => `${i + 1}) ${tiltakLine(t, lang)}`).join(" ");
            return tx.measuresFor(area.label, list || tx.noMeasures);
          })
          .join(" ");
  const notice = noticeField(k, lang);
  return {
    kind: "tiltakByArea",
    lang,
    text: withNotice(text, notice.periodNotice),
    ...periodTitle(k),
    ...notice,
    areas,
    actions: [showAllTiltakChoice(lang), planStatusChoice(lang)],
  };
}

/**
 * Every tiltak of the plan, grouped by area: a count per area with a button for the full list, or
 * with `full` the list itself.
 */
export function allTiltakAnswer(k: Knowledge, lang: Lang, full = false): AnswerOf<"allTiltak"> {
  const tiltak = planTiltak(k);
  const areas = k.period ? byArea(k.period, tiltak, lang) : [];
  const counts = areas.map((a) => `${a.area.label}: ${a.tiltak.length}`).join("; ");
  const text = !k.period
    ? noPlanText(lang)
    : qaTexts(lang).allTiltak(k.period.title, tiltak.length, areas.length, counts);
  const notice = noticeField(k, lang);
  return {
    kind: "allTiltak",
    lang,
    text: withNotice(text, notice.periodNotice),
    ...periodTitle(k),
    ...notice,
    total: tiltak.length,
    full,
    areas,
    actions: full ? [planStatusChoice(lang)] : [{ ...qaTexts(lang).showFullList }, planStatusChoice(lang)],
  };
}

function counts(s: StatusSummary, lang: Lang): StatusCount[] {
  return TILTAK_STATUSES.map((status) => ({ status, label: statusLabel(status, lang), count: s.byStatus[status] }));
}

const percent = (progress: number) => Math.round(progress * 100);

/** Counts by status and progress, overall and per area (summarizePlan). */
export function tiltakStatusAnswer(k: Knowledge, lang: Lang): AnswerOf<"tiltakStatus"> {
  const actions = [showAllTiltakChoice(lang), upcomingChoice(lang)];
  if (!k.period)
    return { kind: "tiltakStatus", lang, text: noPlanText(lang), total: 0, counts: [], percent: 0, areas: [], actions };
  const summary = summarizePlan(k.period, k.tiltak ?? []);
  const overall = counts(summary, lang);
  const areas = summary.areas.map((a) => ({
    area: areaView(a.area, lang),
    total: a.total,
    counts: counts(a, lang),
    percent: percent(a.progress),
  }));
  const countText = overall.map((c) => `${c.count} ${c.label.toLowerCase()}`).join(", ");
  const areaText = areas.map((a) => `${a.area.label} ${a.percent} %`).join("; ");
  const notice = noticeField(k, lang);
  const text = withNotice(
    qaTexts(lang).planStatus(k.period.title, summary.total, countText, percent(summary.progress), areaText),
    notice.periodNotice,
  );
  return {
    kind: "tiltakStatus",
    lang,
    text,
    periodTitle: k.period.title,
    ...notice,
    total: summary.total,
    counts: overall,
    percent: percent(summary.progress),
    areas,
    actions,
  };
}

/**
 * Who answers for the tiltak asked about (or every tiltak of the areas asked about), with the
 * plan's general division of responsibility; with neither, only the general part.
 */
export function tiltakResponsibleAnswer(
  tiltakIds: string[],
  areaIds: string[],
  k: Knowledge,
  lang: Lang,
): AnswerOf<"tiltakResponsible"> {
  const all = planTiltak(k);
  const chosen =
    tiltakIds.length > 0
      ? tiltakIds.map((id) => all.find((t) => t.id === id)).filter((t): t is Tiltak => t !== undefined)
      : all.filter((t) => areaIds.includes(t.areaId));
  const areaLabel = (id: string) => {
    const a = k.period?.areas.find((x) => x.id === id);
    return a ? areaView(a, lang).label : id;
  };
  const tiltak = chosen.map((t) => ({ ...tiltakView(t, lang), areaLabel: areaLabel(t.areaId) }));
  // The plan's general division of responsibility when that is what was asked; for named tiltak a button.
  const general = tiltak.length > 0 ? [] : generalResponsibility(lang);
  const lines = tiltak.map((t) => qaTexts(lang).responsibleLine(t.text, t.responsible, t.statusLabel));
  const text = tiltak.length > 0 ? lines.join(" ") : general.join(" ");
  const notice = noticeField(k, lang);
  return {
    kind: "tiltakResponsible",
    lang,
    text: withNotice(text, notice.periodNotice),
    ...periodTitle(k),
    ...notice,
    tiltak,
    general,
    actions:
      tiltak.length > 0
        ? [{ ...qaTexts(lang).generalResponsibilityChoice }, showAllTiltakChoice(lang)]
        : [showAllTiltakChoice(lang)],
  };
}
