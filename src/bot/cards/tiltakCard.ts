import type { AnswerOf, AreaTiltakView, TiltakView } from "../../qa/index.js";
import { adaptiveCard, factSet, heading, questionButton, t, textBlock, type CardElement } from "./common.js";

type Lang = "nb" | "en";

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
  out.push(textBlock(`${tk.statusLabel} · ${t(lang, "Ansvar", "Responsible")}: ${tk.responsible}`, {
    size: "Small", spacing: "None", weight: "Bolder", color: STATUS_COLOR[tk.status] ?? "Default",
  }));
  return out;
}

function areaBlocks(areas: AreaTiltakView[], lang: Lang, withExamples: boolean): CardElement[] {
  return areas.flatMap(({ area, tiltak }) => [
    textBlock(area.label, { weight: "Bolder", size: "Medium", spacing: "Large" }),
    ...(tiltak.length === 0 ? [textBlock(t(lang, "Ingen tiltak.", "No measures."), { isSubtle: true })] : []),
    ...tiltak.flatMap((tk) => tiltakBlocks(tk, lang, withExamples)),
  ]);
}

const noPlan = (lang: Lang) => textBlock(t(lang, "Ingen handlingsplan er registrert ennå.", "No action plan is registered yet."));

/** The tiltak of the areas asked about, with examples, status and responsible. */
export function tiltakAreaCard(answer: AnswerOf<"tiltakByArea">): CardElement {
  const { lang } = answer;
  const body: CardElement[] = [heading(t(lang, "Tiltak", "Measures"))];
  if (answer.periodTitle) body.push(textBlock(answer.periodTitle, { isSubtle: true, spacing: "None" }));
  body.push(...(answer.areas.length > 0 ? areaBlocks(answer.areas, lang, true) : [noPlan(lang)]));
  return adaptiveCard(body, answer.actions.map(questionButton));
}

/** Every tiltak grouped by area; kept compact (no examples) since it lists all sixteen. */
export function allTiltakCard(answer: AnswerOf<"allTiltak">): CardElement {
  const { lang } = answer;
  const body: CardElement[] = [heading(t(lang, `Alle tiltak (${answer.total})`, `All measures (${answer.total})`))];
  if (answer.periodTitle) body.push(textBlock(answer.periodTitle, { isSubtle: true, spacing: "None" }));
  body.push(...(answer.areas.length > 0 ? areaBlocks(answer.areas, lang, false) : [noPlan(lang)]));
  return adaptiveCard(body, answer.actions.map(questionButton));
}

/** Counts by status, overall progress and progress per area. */
export function tiltakStatusCard(answer: AnswerOf<"tiltakStatus">): CardElement {
  const { lang } = answer;
  const body: CardElement[] = [heading(t(lang, "Status for handlingsplanen", "Status of the action plan"))];
  if (!answer.periodTitle) {
    body.push(noPlan(lang));
    return adaptiveCard(body, answer.actions.map(questionButton));
  }
  body.push(textBlock(answer.periodTitle, { isSubtle: true, spacing: "None" }));
  body.push(textBlock(t(lang, `${answer.total} tiltak · fremdrift ${answer.percent} %`, `${answer.total} measures · progress ${answer.percent} %`), { weight: "Bolder" }));
  body.push(factSet(answer.counts.map((c) => ({ title: c.label, value: String(c.count) }))));
  body.push(textBlock(t(lang, "Per satsingsområde", "By area"), { weight: "Bolder", spacing: "Medium" }));
  body.push(factSet(answer.areas.map((a) => {
    const done = a.counts.find((c) => c.status === "done")?.count ?? 0;
    return { title: a.area.label, value: t(lang, `${a.percent} % (${done} av ${a.total} fullført)`, `${a.percent} % (${done} of ${a.total} done)`) };
  })));
  return adaptiveCard(body, answer.actions.map(questionButton));
}

/** The tiltak asked about with responsible and status, then the plan's general division of responsibility. */
export function tiltakResponsibleCard(answer: AnswerOf<"tiltakResponsible">): CardElement {
  const { lang } = answer;
  const body: CardElement[] = [heading(t(lang, "Ansvar", "Responsibility"))];
  for (const tk of answer.tiltak) {
    body.push(textBlock(tk.text, { weight: "Bolder", spacing: "Medium" }));
    body.push(factSet([
      { title: t(lang, "Ansvarlig", "Responsible"), value: tk.responsible },
      { title: "Status", value: tk.statusLabel },
      { title: t(lang, "Satsingsområde", "Area"), value: tk.areaLabel },
    ]));
  }
  body.push(textBlock(t(lang, "Ansvar og oppfølging (handlingsplanen)", "Responsibility and follow-up (action plan)"), { weight: "Bolder", spacing: "Large" }));
  body.push(...answer.general.map((g) => textBlock(g, { isSubtle: true, spacing: "Small" })));
  return adaptiveCard(body, answer.actions.map(questionButton));
}
