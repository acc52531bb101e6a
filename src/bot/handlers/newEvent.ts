import type { TurnContext } from "botbuilder";
import type { Application, TurnState } from "../teamsAi.js";
import { formatDateTime, type Lang } from "../../domain/dateFormat.js";
import { ValidationError } from "../../domain/errors.js";
import { validateEventInput } from "../../domain/eventRules.js";
import { EventCreateBody, parseInput } from "../../contract/index.js";
import { zonedToInstant } from "../../domain/time.js";
import type { Logger } from "../../logger.js";
import type { EventService } from "../../services/eventService.js";
import { t } from "../cards/common.js";
import { CREATE_EVENT_VERB, EVENT_FORM_FIELDS, eventFormCard, type EventFormField, type EventFormValues } from "../cards/eventFormCard.js";
import { actorFromActivity, isBotEditor, type EditorRuleConfig } from "../editorRule.js";
import { languageOf } from "../language.js";
import { botMessage } from "../replies.js";
import { commandOf, commandSelector } from "./subscriptions.js";

/** What the new-event form needs. */
export interface NewEventDependencies {
  events: Pick<EventService, "create">;
  editors: EditorRuleConfig;
  log: Logger;
}

type FormErrors = Partial<Record<EventFormField, string>>;

/** The submitted card values (strings) as an event body for validateEventInput, plus form-level problems. */
export function formToEventInput(values: EventFormValues, lang: Lang): { input: Record<string, unknown>; errors: FormErrors } {
  const errors: FormErrors = {};
  const v = (f: EventFormField) => (values[f] ?? "").trim();
  const at = (date: string, time: string, field: "startDate" | "endDate"): string | undefined => {
    if (!date && !time) return undefined;
    if (!date) errors[field] = t(lang, "Velg en dato til klokkeslettet", "Choose a date for the time");
    else if (!time) errors[field] = t(lang, "Velg et klokkeslett til datoen", "Choose a time for the date");
    return `${date}T${time}`;
  };
  const start = at(v("startDate"), v("startTime"), "startDate");
  // An end time alone means the same day as the start.
  const end = at(v("endDate") || (v("endTime") ? v("startDate") : ""), v("endTime"), "endDate");
  const reminders = v("reminders").split(/[,;\s]+/).filter(Boolean);
  const input: Record<string, unknown> = {
    title: v("title"),
    kind: v("kind") || "meeting",
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    place: v("place"),
    description: v("description"),
    link: v("link"),
    ...(reminders.length > 0 ? { reminderLeadTimes: reminders.map((r) => r.toUpperCase()) } : {}),
  };
  return { input, errors };
}

const FIELD_OF: Record<string, EventFormField> = { title: "title", kind: "kind", start: "startDate", end: "endDate", place: "place", description: "description", link: "link" };
const LABEL_EN: Record<EventFormField, string> = {
  title: "Title", kind: "Kind", startDate: "Start", startTime: "Start", endDate: "End", endTime: "End", place: "Place", description: "Description", link: "Link", reminders: "Reminders",
};

/** The rule broken, in the reader's language, placed at the form field it concerns. */
function formErrorsOf(error: ValidationError, lang: Lang): FormErrors {
  const errors: FormErrors = {};
  for (const issue of error.issues) {
    const field = issue.field.startsWith("reminderLeadTimes") ? "reminders" : FIELD_OF[issue.field] ?? "title";
    if (errors[field]) continue;
    errors[field] = lang === "en" ? `${LABEL_EN[field]} ${issue.message}` : norwegianMessage(field, issue.message);
  }
  return errors;
}

function norwegianMessage(field: EventFormField, message: string): string {
  switch (field) {
    case "title": return /required/.test(message) ? "Tittel må fylles ut" : "Tittelen kan ha høyst 200 tegn";
    case "kind": return "Velg en type";
    case "endDate": return /after start/.test(message) ? "Slutt må være etter start" : /needs a start/.test(message) ? "Slutt krever en start" : "Ugyldig dato eller klokkeslett";
    case "link": return "Lenken må være en nettadresse som begynner med https://";
    case "reminders": return "Skriv varigheter som P7D eller PT1H, skilt med komma (høyst P90D)";
    case "startDate": return "Ugyldig dato eller klokkeslett";
    default: return "Teksten er for lang";
  }
}

function refusal(lang: Lang): string {
  return t(
    lang,
    "Beklager, bare redaktører kan legge inn hendelser. Ta kontakt med Alrek-koordinatoren hvis du trenger tilgang.",
    "Sorry, only editors can add events. Contact the Alrek coordinator if you need access.",
  );
}

/** "ny hendelse" / "new event" shows the form; its submit (verb "createEvent") saves for editors only. */
export function registerNewEventHandlers(app: Application<TurnState>, deps: NewEventDependencies): void {
  app.message(commandSelector((c) => c.command === "newEvent"), async (context) => {
    const lang = commandOf(context)?.lang ?? languageOf(context.activity.locale);
    if (!isBotEditor(context.activity, deps.editors)) {
      await context.sendActivity(botMessage(refusal(lang)));
      return;
    }
    await context.sendActivity(botMessage(t(lang, "Fyll ut skjemaet for å legge inn en hendelse.", "Fill in the form to add an event."), eventFormCard(lang)));
  });

  app.adaptiveCards.actionSubmit(CREATE_EVENT_VERB, async (context, _state, data) => {
    await createFromForm(context, (data ?? {}) as Record<string, unknown>, deps);
  });
}

async function createFromForm(context: TurnContext, data: Record<string, unknown>, deps: NewEventDependencies): Promise<void> {
  const lang: Lang = data.lang === "en" || data.lang === "nb" ? data.lang : languageOf(context.activity.locale);
  if (!isBotEditor(context.activity, deps.editors)) {
    deps.log.warn("event form submitted by a non-editor; refused", { aadObjectId: context.activity.from?.aadObjectId ?? null });
    await context.sendActivity(botMessage(refusal(lang)));
    return;
  }
  const values: EventFormValues = {};
  for (const f of EVENT_FORM_FIELDS) if (typeof data[f] === "string") values[f] = data[f] as string;
  const { input, errors } = formToEventInput(values, lang);
  let body: EventCreateBody | undefined;
  try {
    body = parseInput(EventCreateBody, input);
    validateEventInput(body, { id: "pending" });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    Object.assign(errors, { ...formErrorsOf(error, lang), ...errors });
  }
  if (Object.keys(errors).length > 0 || !body) {
    await context.sendActivity(botMessage(t(lang, "Hendelsen er ikke lagret: noe må rettes.", "The event was not saved: please correct the form."), eventFormCard(lang, values, errors)));
    return;
  }
  const { value: event } = await deps.events.create(body, actorFromActivity(context.activity));
  deps.log.info("event created from chat", { eventId: event.id });
  const when = event.start ? formatDateTime(zonedToInstant(event.start, event.timeZone), lang) : t(lang, "uten dato", "no date");
  await context.sendActivity(botMessage(t(lang, `Lagret: «${event.title}», ${when}.`, `Saved: "${event.title}", ${when}.`)));
}
