/** The event form's values, their checks and the request body they become (no React here). */
import type { AlrekEvent, EventInput, EventKind, FieldIssue } from "./apiTypes.js";
import type { Translate } from "./i18n/index.js";
import { isAllowedLeadTime } from "../domain/leadTime.js";

/** The form as typed: every field a string; times "YYYY-MM-DDTHH:mm" in Oslo. */
export interface EventFormValues {
  title: string;
  kind: EventKind;
  start: string;
  end: string;
  place: string;
  description: string;
  link: string;
  /** Comma-separated lead times (src/domain/leadTime.ts), e.g. "P7D, PT1H, D-1@09:00". */
  reminders: string;
}

export type EventFormField = keyof EventFormValues;

/** Splits "P7D, PT1H" into ["P7D","PT1H"] (upper case, as the grammar writes them). */
export function splitReminders(text: string): string[] {
  return text
    .split(",")
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
}

/** Values for a new event, or for editing `event`. */
export function initialValues(event?: AlrekEvent): EventFormValues {
  return {
    title: event?.title ?? "",
    kind: event?.kind ?? "meeting",
    start: event?.start ?? "",
    end: event?.end ?? "",
    place: event?.place ?? "",
    description: event?.description ?? "",
    link: event?.link ?? "",
    reminders: (event?.reminderLeadTimes ?? []).join(", "),
  };
}

/** Problems the browser can see before asking the server. */
export function checkValues(v: EventFormValues, t: Translate): Partial<Record<EventFormField, string>> {
  const issues: Partial<Record<EventFormField, string>> = {};
  if (!v.title.trim()) issues.title = t("formRequired");
  // The same grammar and limits as the server: a reminder the form lets through is not refused later.
  const bad = splitReminders(v.reminders).find((r) => !isAllowedLeadTime(r));
  if (bad) issues.reminders = t("formBadDuration", { value: bad });
  return issues;
}

/** The POST/PATCH body; empty optional fields are left out. `base` keeps fields the form does not show. */
export function toEventInput(v: EventFormValues, base?: AlrekEvent): EventInput {
  const opt = (s: string) => (s.trim() ? s.trim() : undefined);
  const reminders = splitReminders(v.reminders);
  return {
    kind: v.kind,
    title: v.title.trim(),
    titleEn: base?.titleEn,
    start: opt(v.start),
    end: opt(v.end),
    timeZone: "Europe/Oslo",
    recurrence: base?.recurrence,
    place: opt(v.place),
    organiser: base?.organiser,
    groupId: base?.groupId,
    description: opt(v.description),
    link: opt(v.link),
    exceptions: base?.exceptions ?? [],
    reminderLeadTimes: reminders.length ? reminders : undefined,
    cancelled: base?.cancelled ?? false,
  };
}

/** Places server issues on form fields ("reminderLeadTimes[1]" → reminders); the rest are general. */
export function placeIssues(issues: FieldIssue[]): { byField: Partial<Record<EventFormField, string>>; general: string[] } {
  const byField: Partial<Record<EventFormField, string>> = {};
  const general: string[] = [];
  const fields: EventFormField[] = ["title", "kind", "start", "end", "place", "description", "link"];
  for (const issue of issues) {
    const name = issue.field.replace(/[[.].*$/, "");
    const field: EventFormField | undefined =
      name === "reminderLeadTimes" ? "reminders" : fields.find((f) => f === name);
    if (field) byField[field] = byField[field] ? `${byField[field]} ${issue.message}` : issue.message;
    else general.push(`${issue.field}: ${issue.message}`);
  }
  return { byField, general };
}

/** Only web and mail links become clickable; anything else (javascript:, data:) is shown as text. */
export function safeHref(link: string | undefined): string | undefined {
  if (!link) return undefined;
  return /^(https?:|mailto:)/i.test(link.trim()) ? link.trim() : undefined;
}
