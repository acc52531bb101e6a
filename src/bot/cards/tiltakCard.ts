import type { Lang } from "../../domain/language.js";
import type { AnswerOf, AreaTiltakView, TiltakView } from "../../qa/index.js";
import { botTexts } from "../i18n/index.js";
import { adaptiveCard, factSet, heading, questionButton, textBlock, type CardElement } from "./common.js";

const STATUS_COLOR: Record<TiltakView["status"], string> = {
  planned: "Default",
  in_progress: "Accent",
  done: "Good",
  stopped: "Attention",
};

/** One tiltak: its text in one TextBlock, then status and responsible on a subtle line. */
function tiltakBlocks(tk: TiltakView, lang: Lang, withExamples: boolean): CardElement[] {
  const out: CardElement[] = [textBlock(tk.text, { spacing: "Medium" })];
  if (withExamples && tk.examples) out.push(textBlock(tk.examples, { isSubtle: true, spacing: "None", size: "Small" }));
  out.push(
    textBlock(`${tk.statusLabel} · ${botTexts(lang).tiltak.responsibleShort}: ${tk.responsible}`, {
      size: "Small",
      spacing: "None",
      weight: "Bolder",
      color: STATUS_COLOR[tk.status] ?? "Default",
    }),
  );
  return out;
}

function areaBlocks(areas: AreaTiltakView[], lang: Lang, withExamples: boolean): CardElement[] {
  return areas.flatMap(({ area, tiltak }) => [
    textBlock(area.label, { weight: "Bolder", size: "Medium", spacing: "Large" }),
    ...(tiltak.length === 0 ? [textBlock(botTexts(lang).tiltak.noMeasures, { isSubtle: true })] : []),
    ...tiltak.flatMap((tk) => tiltakBlocks(tk, lang, withExamples)),
  ]);
}

const noPlan = (lang: Lang) => textBlock(botTexts(lang).tiltak.noPlan);

/** The period's title, and under it (in warning colour, so it is not missed) that the period has ended. */
function periodLines(answer: { periodTitle?: string; periodNotice?: string }): CardElement[] {
  const out: CardElement[] = [];
  if (answer.periodTitle) out.push(textBlock(answer.periodTitle, { isSubtle: true, spacing: "None" }));
  if (answer.periodNotice)
    out.push(textBlock(answer.periodNotice, { color: "Warning", weight: "Bolder", spacing: "Small" }));
  return out;
}

/** The tiltak of the areas asked about, with examples, status and responsible. */
export function tiltakAreaCard(answer: AnswerOf<"tiltakByArea">): CardElement {
  const { lang } = answer;
  const body: CardElement[] = [heading(botTexts(lang).tiltak.measures), ...periodLines(answer)];
  body.push(...(answer.areas.length > 0 ? areaBlocks(answer.areas, lang, true) : [noPlan(lang)]));
  return adaptiveCard(body, answer.actions.map(questionButton));
}

/** Every tiltak grouped by area; kept compact (no examples) since it lists all sixteen. */
export function allTiltakCard(answer: AnswerOf<"allTiltak">): CardElement {
  const { lang } = answer;
  const body: CardElement[] = [heading(botTexts(lang).tiltak.allMeasures(answer.total)), ...periodLines(answer)];
  body.push(...(answer.areas.length > 0 ? areaBlocks(answer.areas, lang, false) : [noPlan(lang)]));
  return adaptiveCard(body, answer.actions.map(questionButton));
}

/** Counts by status, overall progress and progress per area. */
export function tiltakStatusCard(answer: AnswerOf<"tiltakStatus">): CardElement {
  const { lang } = answer;
  const tx = botTexts(lang).tiltak;
  const body: CardElement[] = [heading(tx.planStatus)];
  if (!answer.periodTitle) {
    body.push(noPlan(lang));
    return adaptiveCard(body, answer.actions.map(questionButton));
  }
  body.push(...periodLines(answer));
  body.push(textBlock(tx.totals(answer.total, answer.percent), { weight: "Bolder" }));
  body.push(factSet(answer.counts.map((c) => ({ title: c.label, value: String(c.count) }))));
  body.push(textBlock(tx.byArea, { weight: "Bolder", spacing: "Medium" }));
  body.push(
    factSet(
      answer.areas.map((a) => {
        const done = a.counts.find((c) => c.status === "done")?.count ?? 0;
        return { title: a.area.label, value: tx.areaProgress(a.percent, done, a.total) };
      }),
    ),
  );
  return adaptiveCard(body, answer.actions.map(questionButton));
}

/** The tiltak asked about with responsible and status, then the plan's general division of responsibility. */
export function tiltakResponsibleCard(answer: AnswerOf<"tiltakResponsible">): CardElement {
  const tx = botTexts(answer.lang).tiltak;
  const body: CardElement[] = [
    heading(tx.responsibilityHeading),
    ...periodLines({ periodNotice: answer.periodNotice }),
  ];
  for (const tk of answer.tiltak) {
    body.push(textBlock(tk.text, { weight: "Bolder", spacing: "Medium" }));
    body.push(
      factSet([
        { title: tx.responsible, value: tk.responsible },
        { title: tx.status, value: tk.statusLabel },
        { title: tx.area, value: tk.areaLabel },
      ]),
    );
  }
  body.push(textBlock(tx.followUp, { weight: "Bolder", spacing: "Large" }));
  body.push(...answer.general.map((g) => textBlock(g, { isSubtle: true, spacing: "Small" })));
  return adaptiveCard(body, answer.actions.map(questionButton));
}

/** The late tiltak, each with its due date, status and responsible; the oldest due date first. */
export function overdueTiltakCard(answer: AnswerOf<"overdueTiltak">): CardElement {
  const tx = botTexts(answer.lang).tiltak;
  const body: CardElement[] = [heading(tx.overdueHeading), ...periodLines(answer)];
  if (!answer.periodTitle) body.push(noPlan(answer.lang));
  else if (answer.tiltak.length === 0) body.push(textBlock(tx.noneOverdue));
  for (const tk of answer.tiltak) {
    body.push(textBlock(tk.text, { weight: "Bolder", spacing: "Medium" }));
    body.push(
      factSet([
        { title: tx.dueDate, value: tk.dueLabel },
        ...(tk.milestone ? [{ title: tx.milestone, value: tk.milestone }] : []),
        { title: tx.status, value: tk.statusLabel },
        { title: tx.responsible, value: tk.responsible },
      ]),
    );
  }
  return adaptiveCard(body, answer.actions.map(questionButton));
}
