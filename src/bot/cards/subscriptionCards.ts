import { formatClock, formatDateTime } from "../../domain/dateFormat.js";
import { parseDuration } from "../../domain/duration.js";
import { EVENT_KINDS, type EventKind } from "../../domain/events.js";
import type { Lang } from "../../domain/language.js";
import { DEFAULT_LEAD_TIMES, parseLeadTime } from "../../domain/reminderSchedule.js";
import { botTexts } from "../i18n/index.js";
import { adaptiveCard, factSet, heading, textBlock, type CardElement } from "./common.js";

/** One reminder that will be posted in this conversation. */
export interface UpcomingReminderLine {
  title: string;
  dueAt: Date;
  occurrenceStart: Date;
}

/** "møter og frister" / "meetings and deadlines"; no kinds means every kind. */
export function kindsInWords(kinds: readonly EventKind[], lang: Lang): string {
  const tx = botTexts(lang).reminders;
  if (kinds.length === 0) return tx.allEvents;
  const names = kinds.map((k) => tx.kindNames[k]);
  if (names.length === 1) return names[0];
  return `${names.slice(0, -1).join(", ")} ${tx.and} ${names[names.length - 1]}`;
}

/** "dagen før kl. 09.00", "1 time før", "7 dager før" / "the day before at 09:00", "1 hour before". */
export function leadTimeInWords(text: string, lang: Lang): string {
  const tx = botTexts(lang).reminders;
  const lead = parseLeadTime(text);
  if (!lead) return text;
  if (lead.kind === "dayRule") {
    const time = formatClock(lead.time, lang);
    const days = -lead.dayOffset;
    if (days === 0) return tx.sameDayAt(time);
    if (days === 1) return tx.dayBeforeAt(time);
    return tx.daysBeforeAt(days, time);
  }
  const d = parseDuration(text);
  const parts: string[] = [];
  if (d.days) parts.push(tx.days(d.days));
  if (d.hours) parts.push(tx.hours(d.hours));
  if (d.minutes) parts.push(tx.minutes(d.minutes));
  return `${parts.join(" ")} ${tx.before}`;
}

/** One fact per kind covered: when its reminders come by default. */
function defaultLeadTimeFacts(kinds: readonly EventKind[], lang: Lang): { title: string; value: string }[] {
  const covered = kinds.length === 0 ? EVENT_KINDS : kinds;
  return covered.map((kind) => ({
    title: botTexts(lang).reminders.kindNamesCapital[kind],
    value: DEFAULT_LEAD_TIMES[kind].map((l) => leadTimeInWords(l, lang)).join(", "),
  }));
}

function reminderFacts(lines: readonly UpcomingReminderLine[], lang: Lang): CardElement[] {
  if (lines.length === 0) return [textBlock(botTexts(lang).reminders.noneSoon, { isSubtle: true })];
  return [
    factSet(
      lines.map((l) => ({
        title: formatDateTime(l.dueAt, lang),
        value: `${l.title} (${formatDateTime(l.occurrenceStart, lang)})`,
      })),
    ),
  ];
}

function section(text: string): CardElement {
  return textBlock(text, { weight: "Bolder", spacing: "Medium" });
}

/** Confirmation after "abonner": what is covered, default lead times, the next reminders. */
export function subscribedCard(
  kinds: readonly EventKind[],
  next: readonly UpcomingReminderLine[],
  lang: Lang,
): CardElement {
  const tx = botTexts(lang).reminders;
  return adaptiveCard([
    heading(tx.on),
    textBlock(tx.getsAbout(kindsInWords(kinds, lang))),
    section(tx.whenTheyCome),
    factSet(defaultLeadTimeFacts(kinds, lang)),
    textBlock(tx.ownTimes, { isSubtle: true, size: "Small" }),
    section(tx.next),
    ...reminderFacts(next, lang),
    textBlock(tx.howToStop, { isSubtle: true, size: "Small" }),
  ]);
}

/** The subscription of this conversation and the reminders due here. */
export function remindersListCard(
  kinds: readonly EventKind[],
  next: readonly UpcomingReminderLine[],
  lang: Lang,
): CardElement {
  const tx = botTexts(lang).reminders;
  return adaptiveCard([
    heading(tx.here),
    textBlock(tx.subscribedTo(kindsInWords(kinds, lang))),
    section(tx.next),
    ...reminderFacts(next, lang),
  ]);
}

/** A short text card: no subscription here, unsubscribed, and the like. */
export function noticeCard(title: string, text: string): CardElement {
  return adaptiveCard([heading(title), textBlock(text)]);
}

/** Summary text of {@link subscribedCard} for notifications and screen readers. */
export function subscribedText(kinds: readonly EventKind[], lang: Lang): string {
  return botTexts(lang).reminders.onFor(kindsInWords(kinds, lang));
}
