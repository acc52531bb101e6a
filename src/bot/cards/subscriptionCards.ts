import { formatDateTime, type Lang } from "../../domain/dateFormat.js";
import { parseDuration } from "../../domain/duration.js";
import { EVENT_KINDS, type EventKind } from "../../domain/events.js";
import { DEFAULT_LEAD_TIMES, parseLeadTime } from "../../domain/reminderSchedule.js";
import { adaptiveCard, factSet, heading, t, textBlock, type CardElement } from "./common.js";

/** One reminder that will be posted in this conversation. */
export interface UpcomingReminderLine {
  title: string;
  dueAt: Date;
  occurrenceStart: Date;
}

const KIND_NAMES: Record<Lang, Record<EventKind, string>> = {
  nb: { meeting: "møter", conference: "konferanser", presentation: "presentasjoner", workshop: "workshoper", deadline: "frister" },
  en: { meeting: "meetings", conference: "conferences", presentation: "presentations", workshop: "workshops", deadline: "deadlines" },
};
const KIND_NAME_CAPITAL: Record<Lang, Record<EventKind, string>> = {
  nb: { meeting: "Møter", conference: "Konferanser", presentation: "Presentasjoner", workshop: "Workshoper", deadline: "Frister" },
  en: { meeting: "Meetings", conference: "Conferences", presentation: "Presentations", workshop: "Workshops", deadline: "Deadlines" },
};

/** "møter og frister" / "meetings and deadlines"; no kinds means every kind. */
export function kindsInWords(kinds: readonly EventKind[], lang: Lang): string {
  if (kinds.length === 0) return t(lang, "alle hendelser", "all events");
  const names = kinds.map((k) => KIND_NAMES[lang][k]);
  if (names.length === 1) return names[0];
  return `${names.slice(0, -1).join(", ")} ${t(lang, "og", "and")} ${names[names.length - 1]}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "dagen før kl. 09.00", "1 time før", "7 dager før" / "the day before at 09:00", "1 hour before". */
export function leadTimeInWords(text: string, lang: Lang): string {
  const lead = parseLeadTime(text);
  if (!lead) return text;
  if (lead.kind === "dayRule") {
    const time = lang === "nb" ? lead.time.replace(":", ".") : lead.time;
    const days = -lead.dayOffset;
    if (days === 0) return t(lang, `samme dag kl. ${time}`, `the same day at ${time}`);
    if (days === 1) return t(lang, `dagen før kl. ${time}`, `the day before at ${time}`);
    return t(lang, `${days} dager før kl. ${time}`, `${days} days before at ${time}`);
  }
  const d = parseDuration(text);
  const parts: string[] = [];
  if (d.days) parts.push(lang === "nb" ? plural(d.days, "dag", "dager") : plural(d.days, "day", "days"));
  if (d.hours) parts.push(lang === "nb" ? plural(d.hours, "time", "timer") : plural(d.hours, "hour", "hours"));
  if (d.minutes) parts.push(lang === "nb" ? plural(d.minutes, "minutt", "minutter") : plural(d.minutes, "minute", "minutes"));
  return `${parts.join(" ")} ${t(lang, "før", "before")}`;
}

/** One fact per kind covered: when its reminders come by default. */
function defaultLeadTimeFacts(kinds: readonly EventKind[], lang: Lang): { title: string; value: string }[] {
  const covered = kinds.length === 0 ? EVENT_KINDS : kinds;
  return covered.map((kind) => ({
    title: KIND_NAME_CAPITAL[lang][kind],
    value: DEFAULT_LEAD_TIMES[kind].map((l) => leadTimeInWords(l, lang)).join(", "),
  }));
}

function reminderFacts(lines: readonly UpcomingReminderLine[], lang: Lang): CardElement[] {
  if (lines.length === 0) {
    return [textBlock(t(lang, "Ingen påminnelser de neste 60 dagene.", "No reminders in the next 60 days."), { isSubtle: true })];
  }
  return [
    factSet(lines.map((l) => ({
      title: formatDateTime(l.dueAt, lang),
      value: `${l.title} (${formatDateTime(l.occurrenceStart, lang)})`,
    }))),
  ];
}

function section(text: string): CardElement {
  return textBlock(text, { weight: "Bolder", spacing: "Medium" });
}

/** Confirmation after "abonner": what is covered, default lead times, the next reminders. */
export function subscribedCard(kinds: readonly EventKind[], next: readonly UpcomingReminderLine[], lang: Lang): CardElement {
  return adaptiveCard([
    heading(t(lang, "Påminnelser er slått på", "Reminders are on")),
    textBlock(t(lang, `Denne samtalen får påminnelser om ${kindsInWords(kinds, lang)}.`, `This conversation gets reminders about ${kindsInWords(kinds, lang)}.`)),
    section(t(lang, "Når påminnelsene kommer", "When reminders come")),
    factSet(defaultLeadTimeFacts(kinds, lang)),
    textBlock(t(lang, "En hendelse kan ha egne tidspunkter for påminnelser.", "An event may have reminder times of its own."), { isSubtle: true, size: "Small" }),
    section(t(lang, "De neste påminnelsene", "The next reminders")),
    ...reminderFacts(next, lang),
    textBlock(t(lang, "Skriv «avslutt abonnement» for å slå dem av.", "Type \"unsubscribe\" to turn them off."), { isSubtle: true, size: "Small" }),
  ]);
}

/** The subscription of this conversation and the reminders due here. */
export function remindersListCard(kinds: readonly EventKind[], next: readonly UpcomingReminderLine[], lang: Lang): CardElement {
  return adaptiveCard([
    heading(t(lang, "Påminnelser i denne samtalen", "Reminders in this conversation")),
    textBlock(t(lang, `Abonnement på ${kindsInWords(kinds, lang)}.`, `Subscribed to ${kindsInWords(kinds, lang)}.`)),
    section(t(lang, "De neste påminnelsene", "The next reminders")),
    ...reminderFacts(next, lang),
  ]);
}

/** A short text card: no subscription here, unsubscribed, and the like. */
export function noticeCard(title: string, text: string): CardElement {
  return adaptiveCard([heading(title), textBlock(text)]);
}

/** Summary text of {@link subscribedCard} for notifications and screen readers. */
export function subscribedText(kinds: readonly EventKind[], lang: Lang): string {
  return t(lang, `Påminnelser er slått på for ${kindsInWords(kinds, lang)}.`, `Reminders are on for ${kindsInWords(kinds, lang)}.`);
}
