import type { Clock } from "../domain/clock.js";
import type { SubscriptionRepository } from "../domain/conversations.js";
import type { Lang } from "../domain/language.js";
import { formatDate } from "../domain/dateFormat.js";
import { digestContent, digestDueNow, digestWeek, type DigestContent } from "../domain/digest.js";
import type { Logger } from "../logger.js";
import type { KnowledgeSource } from "../services/knowledgeSource.js";
import { escapeMarkdown } from "../domain/markdownText.js";
import type { OnceSender } from "./onceSender.js";
import { occurrenceWhen } from "./reminderCard.js";
import { occurrenceTitle } from "../domain/occurrenceTitle.js";
import { TEXT } from "../domain/reminderTexts.js";
import { adaptiveCard } from "./adaptiveCard.js";

/** The digest's partition: one per week, one row per conversation. */
export function digestGroup(monday: string): string {
  return `digest|${monday}`;
}

/**
 * "Uka i Alrek": on Monday from 08:00 (Oslo) each conversation that chose the digest gets it
 * once. Whoever comes first creates the conversation's row for the week (insert-if-absent);
 * a week with nothing to say is recorded as skipped.
 */
export class DigestRunner {
  constructor(
    private readonly o: {
      subscriptions: Pick<SubscriptionRepository, "list">;
      knowledge: Pick<KnowledgeSource, "snapshot">;
      once: OnceSender;
      clock: Clock;
      log: Logger;
    },
  ) {}

  async tick(): Promise<{ sent: number; skipped: number }> {
    const now = this.o.clock();
    const report = { sent: 0, skipped: 0 };
    if (!digestDueNow(now)) return report;
    const week = digestWeek(now);
    const subs = (await this.o.subscriptions.list()).filter((s) => s.digest);
    if (subs.length === 0) return report;
    const snapshot = await this.o.knowledge.snapshot();
    for (const sub of subs) {
      const claimed = await this.o.once.claimNew({
        group: digestGroup(week.monday),
        id: sub.targetId,
        targetId: sub.targetId,
        dueAt: week.dueAt.toISOString(),
        status: "claimed",
        attempts: 0,
      });
      if (!claimed) continue;
      const outcome = await this.o.once.deliver(claimed, async (target) => {
        const content = digestContent(snapshot.events, snapshot.tiltak, sub, now);
        return content ? renderDigest(content, target.lang ?? "nb") : undefined;
      });
      if (outcome === "sent") report.sent++;
      if (outcome === "skipped") report.skipped++;
    }
    return report;
  }
}

/** The digest as an Adaptive Card plus its message text; everything typed by users is escaped. */
export function renderDigest(content: DigestContent, lang: Lang): { card: object; text: string } {
  const t = TEXT[lang];
  const line = (text: string) => ({ type: "TextBlock", text, wrap: true, spacing: "Small" });
  const body: object[] = [
    { type: "TextBlock", text: t.digestTitle, size: "Large", weight: "Bolder", style: "heading", wrap: true },
  ];
  if (content.events.length || content.holidays.length) {
    body.push({ type: "TextBlock", text: t.digestEvents, weight: "Bolder", spacing: "Medium" });
    for (const h of content.holidays)
      body.push(line(`${formatDate(new Date(`${h.date}T12:00:00Z`), lang)}: ${t.digestHoliday(h.names[lang])}`));
    for (const { occurrence, holiday } of content.events) {
      const note = holiday ? ` (${t.digestHoliday(holiday.names[lang])})` : "";
      body.push(
        line(`${occurrenceWhen(occurrence, lang)}: ${escapeMarkdown(occurrenceTitle(occurrence, lang))}${note}`),
      );
    }
  }
  if (content.deadlines.length) {
    body.push({ type: "TextBlock", text: t.digestDeadlines, weight: "Bolder", spacing: "Medium" });
    for (const o of content.deadlines)
      body.push(line(`${occurrenceWhen(o, lang)}: ${escapeMarkdown(occurrenceTitle(o, lang))}`));
  }
  if (content.tiltak.length) {
    body.push({ type: "TextBlock", text: t.digestTiltak, weight: "Bolder", spacing: "Medium" });
    for (const tiltak of content.tiltak) body.push(line(escapeMarkdown(tiltak.text)));
  }
  const text = t.digestTitle;
  return {
    card: adaptiveCard(lang, { body }),
    text,
  };
}
