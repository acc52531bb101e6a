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

/** The period's title, under the heading. */
function periodLines(answer: { periodTitle?: string }): CardElement[] {
  return answer.periodTitle ? [textBlock(answer.periodTitle, { isSubtle: true, spacing: "None" })] : [];
}

/**
 * That the period has ended (for editors, what to do about it), after the answer and in warning
 * colour: the answer comes first.
 */
function noticeLines(answer: { periodNotice?: string }): CardElement[] {
  return answer.periodNotice
    ? [textBlock(answer.periodNotice, { color: "Warning", weight: "Bolder", spacing: "Large" })]
    : [];
}

/** The tiltak of the areas asked about, with examples, status and responsible. */
export function tiltakAreaCard(answer: AnswerOf<"tiltakByArea">): CardElement {
  const { lang } = answer;
  const body: CardElement[] = [heading(botTexts(lang).tiltak.measures), ...periodLines(answer)];
  body.push(...(answer.areas.length > 0 ? areaBlocks(answer.areas, lang, true) : [noPlan(lang)]));
  body.push(...noticeLines(answer));
  return adaptiveCard(body, answer.actions.map(questionButton));
}

/**
 * Every tiltak by area: a line per area with its count and statuses (and a button for the full
 * list), or with `full` every tiltak, kept compact (no examples).
 */
export function allTiltakCard(answer: AnswerOf<"allTiltak">): CardElement {
  const { lang } = answer;
  const tx = botTexts(lang);
  const body: CardElement[] = [heading(tx.tiltak.allMeasures(answer.total)), ...periodLines(answer)];
  if (answer.areas.length === 0) body.push(noPlan(lang));
  else if (answer.full) body.push(...areaBlocks(answer.areas, lang, false));
  else
    body.push(
      factSet(
        answer.areas.map(({ area, tiltak }) => {
          const counts = new Map<string, number>();
          for (const tk of tiltak) counts.set(tk.statusLabel, (counts.get(tk.statusLabel) ?? 0) + 1);
          const statuses = [...counts].map(([label, n]) => `${n} ${label.toLowerCase()}`).join(", ");
          return { title: area.label, value: tx.answers.areaSummary(tiltak.length, statuses) };
        }),
      ),
    );
  body.push(...noticeLines(answer));
  return adaptiveCard(body, answer.actions.map(questionButton));
}

/** Tiltak asked for by number or paraphrase: each with its number, area, text, examples, status and responsible. */
export function tiltakDetailCard(answer: AnswerOf<"tiltakDetail">): CardElement {
  const { lang } = answer;
  const tx = botTexts(lang);
  const numbers = answer.tiltak.map((t) => t.number).join(", ");
  const body: CardElement[] = [heading(numbers ? tx.answers.tiltakHeading(numbers) : tx.tiltak.measures)];
  if (answer.tiltak.length === 0) body.push(textBlock(answer.text));
  for (const tk of answer.tiltak) {
    body.push(textBlock(tk.text, { weight: "Bolder", spacing: "Medium" }));
    if (tk.examples) body.push(textBlock(tk.examples, { isSubtle: true, spacing: "None", size: "Small" }));
    body.push(
      factSet([
        { title: tx.tiltak.area, value: tk.areaLabel },
        { title: tx.tiltak.status, value: tk.statusLabel },
        { title: tx.tiltak.responsible, value: tk.responsible },
        ...(tk.dueDate ? [{ title: tx.tiltak.dueDate, value: tk.dueDate }] : []),
        ...(tk.milestone ? [{ title: tx.tiltak.milestone, value: tk.milestone }] : []),
      ]),
    );
  }
  body.push(...periodLines(answer), ...noticeLines(answer));
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
  body.push(...noticeLines(answer));
  return adaptiveCard(body, answer.actions.map(questionButton));
}

/** The tiltak asked about with responsible and status, then the plan's general division of responsibility. */
export function tiltakResponsibleCard(answer: AnswerOf<"tiltakResponsible">): CardElement {
  const tx = botTexts(answer.lang).tiltak;
  const title = answer.tiltak.length > 0 ? botTexts(answer.lang).answers.responsibilityFor : tx.responsibilityHeading;
  const body: CardElement[] = [heading(title)];
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
  if (answer.general.length > 0) {
    body.push(textBlock(tx.followUp, { weight: "Bolder", spacing: "Large" }));
    body.push(...answer.general.map((g) => textBlock(g, { isSubtle: true, spacing: "Small" })));
  }
  body.push(...noticeLines(answer));
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
  body.push(...noticeLines(answer));
  return adaptiveCard(body, answer.actions.map(questionButton));
}
