/** The plan and time in answers: the ended-period notice and late ("forsinket") tiltak. */
import { formatDate } from "../../domain/dateFormat.js";
import type { Lang } from "../../domain/language.js";
import { overdueTiltak, periodEnded } from "../../domain/planTime.js";
import { OSLO, zonedToInstant } from "../../domain/time.js";
import type { Tiltak } from "../../domain/tiltak.js";
import type { AnswerOf } from "../answerTypes.js";
import { qaTexts } from "../i18n/index.js";
import type { Knowledge } from "../knowledge.js";
import { planStatusChoice, showAllTiltakChoice, tiltakView } from "./views.js";

/**
 * When the current period's last year is over at `now`: for editors the note that tells them to
 * create the next period ("Planperioden 2024–2025 er avsluttet; ny plan er ikke lagt inn …"), for
 * everyone else only that it has ended. Undefined otherwise (also without `now`: no time, no claim).
 */
export function periodNotice(k: Knowledge, lang: Lang): string | undefined {
  if (!k.period || !k.now || !periodEnded(k.period, k.now)) return undefined;
  const years = `${k.period.startYear}–${k.period.endYear}`;
  return k.editor ? qaTexts(lang).periodEnded(years) : qaTexts(lang).periodEndedShort(years);
}

/** The notice as an answer field, to spread into an answer. */
export function noticeField(k: Knowledge, lang: Lang): { periodNotice?: string } {
  const notice = periodNotice(k, lang);
  return notice ? { periodNotice: notice } : {};
}

/** Puts the notice after an answer's text: the answer comes first (it is the notification's summary). */
export function withNotice(text: string, notice: string | undefined): string {
  return notice ? `${text} ${notice}` : text;
}

/** "30. september 2025" / "30 September 2025": a due date "YYYY-MM-DD" as written in answers. */
export function dueDateText(date: string, lang: Lang): string {
  // Noon keeps the date whatever the zone's offset; the weekday is left out.
  const full = formatDate(zonedToInstant(`${date}T12:00`, OSLO), lang, OSLO, { withYear: true });
  return full.slice(full.indexOf(" ") + 1);
}

/** The tiltak of the current period whose due date has passed and that are not done (domain/planTime). */
export function overdueAnswer(k: Knowledge, lang: Lang): AnswerOf<"overdueTiltak"> {
  const tx = qaTexts(lang);
  const actions = [showAllTiltakChoice(lang), planStatusChoice(lang)];
  const notice = noticeField(k, lang);
  if (!k.period) return { kind: "overdueTiltak", lang, text: tx.noPlan, tiltak: [], withDueDate: 0, actions };
  const own: Tiltak[] = (k.tiltak ?? []).filter((t) => t.periodId === k.period?.id);
  const withDueDate = own.filter((t) => t.dueDate).length;
  const late = k.now ? overdueTiltak(own, k.now) : [];
  const tiltak = late.map((t) => ({
    ...tiltakView(t, lang),
    dueDate: t.dueDate ?? "",
    dueLabel: dueDateText(t.dueDate ?? "", lang),
  }));
  const body =
    tiltak.length > 0
      ? tx.overdue(tiltak.length, tiltak.map((t) => tx.overdueLine(t.text, t.dueLabel, t.statusLabel)).join(" "))
      : tx.noneOverdue(withDueDate);
  return {
    kind: "overdueTiltak",
    lang,
    text: withNotice(body, notice.periodNotice),
    periodTitle: k.period.title,
    ...notice,
    tiltak,
    withDueDate,
    actions,
  };
}
