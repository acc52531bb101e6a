/** The event form's values, their checks and the request body they become (no React here). */
import type { AlrekEvent, EventInput, EventKind, FieldIssue } from "./apiTypes.js";
import { FIRST_YEAR, isInDateWindow, LAST_YEAR, startsWithDate } from "../contract/limits.js";
import type { Translate } from "./i18n/index.js";
import { KIND_DEFAULTS, sortLeadTimes } from "./reminderChoices.js";

/** The form as filled in: text fields as strings, times "YYYY-MM-DDTHH:mm" in Oslo. */
export interface EventFormValues {
  title: string;
  kind: EventKind;
  /** "YYYY-MM-DDTHH:mm", or just "YYYY-MM-DD" while `noTime` is on. */
  start: string;
  end: string;
  /** The date is known, the time is not ("klokkeslett ikke satt"): no clock time is sent. */
  noTime: boolean;
  place: string;
  description: string;
  /** The note for the coordinator: shown to editors only. */
  editorNote: string;
  link: string;
  /** Lead times in the API's notation ("P7D", "D0@08:30"), longest first. */
  reminders: string[];
  /**
   * False while the reminders are the kind's defaults and nobody changed them: the event then
   * keeps following its kind (nothing is sent), and a new kind shows its own defaults.
   */
  ownReminders: boolean;
}

export type EventFormField = Exclude<keyof EventFormValues, "ownReminders" | "noTime">;

/** Values for a new event, or for editing `event`. */
export function initialValues(event?: AlrekEvent): EventFormValues {
  const kind = event?.kind ?? "meeting";
  return {
    title: event?.title ?? "",
    kind,
    start: event?.timeSet === false && event.start ? event.start.slice(0, 10) : (event?.start ?? ""),
    end: event?.end ?? "",
    noTime: event?.timeSet === false,
    place: event?.place ?? "",
    description: event?.description ?? "",
    editorNote: event?.editorNote ?? "",
    link: event?.link ?? "",
    reminders: sortLeadTimes(event?.reminderLeadTimes ?? KIND_DEFAULTS[kind]),
    ownReminders: event?.reminderLeadTimes !== undefined,
  };
}

/** A new kind: reminders that still follow the kind's defaults follow the new kind. */
export function withKind(v: EventFormValues, kind: EventKind): EventFormValues {
  return v.ownReminders ? { ...v, kind } : { ...v, kind, reminders: sortLeadTimes(KIND_DEFAULTS[kind]) };
}

/** Ticks or unticks one lead time; from then on the event has reminders of its own. */
export function withReminder(v: EventFormValues, lead: string, on: boolean): EventFormValues {
  const reminders = on ? sortLeadTimes([...v.reminders, lead]) : v.reminders.filter((r) => r !== lead);
  return { ...v, reminders, ownReminders: true };
}

/** Problems the browser can see before asking the server. */
export function checkValues(v: EventFormValues, t: Translate): Partial<Record<EventFormField, string>> {
  const issues: Partial<Record<EventFormField, string>> = {};
  if (!v.title.trim()) issues.title = t("formRequired");
  // The server's rule (src/contract/values.ts), said here in the reader's language: a typed
  // year such as 0202 for 2026 would otherwise come back as the server's English message.
  for (const field of ["start", "end"] as const) {
    const value = field === "end" && v.noTime ? "" : v[field].trim();
    if (startsWithDate(value) && !isInDateWindow(value))
      issues[field] = t("formDateWindow", { from: FIRST_YEAR, to: LAST_YEAR });
  }
  return issues;
}

/** The POST/PATCH body; empty optional fields are left out. `base` keeps fields the form does not show. */
export function toEventInput(v: EventFormValues, base?: AlrekEvent): EventInput {
  const opt = (s: string) => (s.trim() ? s.trim() : undefined);
  return {
    kind: v.kind,
    title: v.title.trim(),
    titleEn: base?.titleEn,
    // A date alone is how the API takes "time not set"; a date and time sets it again.
    start: v.noTime ? opt(v.start.slice(0, 10)) : opt(v.start),
    end: v.noTime ? undefined : opt(v.end),
    ...(v.noTime ? { timeSet: false } : {}),
    timeZone: "Europe/Oslo",
    recurrence: base?.recurrence,
    place: opt(v.place),
    organiser: base?.organiser,
    groupId: base?.groupId,
    description: opt(v.description),
    editorNote: opt(v.editorNote),
    link: opt(v.link),
    exceptions: base?.exceptions ?? [],
    // An empty own list means "no reminders"; untouched defaults are left to the kind.
    reminderLeadTimes: v.ownReminders ? v.reminders : undefined,
    cancelled: base?.cancelled ?? false,
  };
}

/** Places server issues on form fields ("reminderLeadTimes[1]" → reminders); the rest are general. */
export function placeIssues(issues: FieldIssue[]): {
  byField: Partial<Record<EventFormField, string>>;
  general: string[];
} {
  const byField: Partial<Record<EventFormField, string>> = {};
  const general: string[] = [];
  const fields: EventFormField[] = ["title", "kind", "start", "end", "place", "description", "editorNote", "link"];
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
