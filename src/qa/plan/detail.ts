/** Single tiltak asked for by number or paraphrase: the text, status and responsible, without the whole plan. */
import type { Tiltak } from "../../domain/tiltak.js";
import type { Lang } from "../../domain/language.js";
import type { AnswerOf } from "../answerTypes.js";
import type { Knowledge } from "../knowledge.js";
import { qaTexts } from "../i18n/index.js";
import { noticeField, withNotice } from "./time.js";
import { areaView, showAllTiltakChoice, tiltakView } from "./views.js";

/** The current period's tiltak in plan order. */
export function planTiltak(k: Knowledge): Tiltak[] {
  const period = k.period;
  if (!period) return [];
  return (k.tiltak ?? []).filter((t) => t.periodId === period.id).sort((a, b) => a.order - b.order);
}

/** Each tiltak asked for, numbered by its place in the plan; "no such tiltak" for a number past the end. */
export function tiltakDetailAnswer(
  tiltakIds: string[],
  number: number | undefined,
  k: Knowledge,
  lang: Lang,
): AnswerOf<"tiltakDetail"> {
  const all = planTiltak(k);
  const tx = qaTexts(lang);
  const areaLabel = (id: string) => {
    const a = k.period?.areas.find((x) => x.id === id);
    return a ? areaView(a, lang).label : id;
  };
  const tiltak = tiltakIds
    .map((id) => all.findIndex((t) => t.id === id))
    .filter((i) => i >= 0)
    .map((i) => ({ ...tiltakView(all[i], lang), areaLabel: areaLabel(all[i].areaId), number: i + 1 }));
  const notice = noticeField(k, lang);
  const body =
    tiltak.length === 0
      ? !k.period
        ? tx.noPlan
        : tx.noSuchTiltak(number ?? 0, all.length)
      : tiltak.map((t) => tx.tiltakDetail(t.number, t.areaLabel, t.text, t.statusLabel, t.responsible)).join(" ");
  return {
    kind: "tiltakDetail",
    lang,
    text: withNotice(body, notice.periodNotice),
    ...(k.period ? { periodTitle: k.period.title } : {}),
    ...notice,
    tiltak,
    actions: [showAllTiltakChoice(lang)],
  };
}
