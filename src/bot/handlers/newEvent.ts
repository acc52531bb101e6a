import type { TurnContext } from "botbuilder";
import type { Application, TurnState } from "../teamsAi.js";
import { formatDateTime } from "../../domain/dateFormat.js";
import { ValidationError } from "../../domain/errors.js";
import { validateEventInput } from "../../domain/eventRules.js";
import { isLang, langFromLocale, type Lang } from "../../domain/language.js";
import { EventCreateBody, parseInput } from "../../contract/index.js";
import { zonedToInstant } from "../../domain/time.js";
import type { Logger } from "../../logger.js";
import type { EventService } from "../../services/eventService.js";
import {
  CREATE_EVENT_VERB,
  EVENT_FORM_FIELDS,
  eventFormCard,
  type EventFormField,
  type EventFormValues,
} from "../cards/eventFormCard.js";
import { actorFromActivity, isBotEditor, type EditorRuleConfig } from "../editorRule.js";
import { botTexts } from "../i18n/index.js";
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
export function formToEventInput(
  values: EventFormValues,
  lang: Lang,
): { input: Record<string, unknown>; errors: FormErrors } {
  const errors: FormErrors = {};
  const v = (f: EventFormField) => (values[f] ?? "").trim();
  const at = (date: string, time: string, field: "startDate" | "endDate"): string | undefined => {
    if (!date && !time) return undefined;
    if (!date) errors[field] = botTexts(lang).form.chooseDate;
    else if (!time) errors[field] = botTexts(lang).form.chooseTime;
    return `${date}T${time}`;
  };
  const start = at(v("startDate"), v("startTime"), "startDate");
  // An end time alone means the same day as the start.
  const end = at(v("endDate") || (v("endTime") ? v("startDate") : ""), v("endTime"), "endDate");
  const reminders = v("reminders")
    .split(/[,;\s]+/)
    .filter(Boolean);
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

const FIELD_OF: Record<string, EventFormField> = {
  title: "title",
  kind: "kind",
  start: "startDate",
  end: "endDate",
  place: "place",
  description: "description",
  link: "link",
};

/** The rule broken, in the reader's language, placed at the form field it concerns. */
function formErrorsOf(error: ValidationError, lang: Lang): FormErrors {
  const errors: FormErrors = {};
  for (const issue of error.issues) {
    const field = issue.field.startsWith("reminderLeadTimes") ? "reminders" : (FIELD_OF[issue.field] ?? "title");
    if (errors[field]) continue;
    errors[field] = botTexts(lang).form.formError(field, issue.message);
  }
  return errors;
}

/** "ny hendelse" / "new event" shows the form; its submit (verb "createEvent") saves for editors only. */
export function registerNewEventHandlers(app: Application<TurnState>, deps: NewEventDependencies): void {
  app.message(
    commandSelector((c) => c.command === "newEvent"),
    async (context) => {
      const lang = commandOf(context)?.lang ?? langFromLocale(context.activity.locale);
      const form = botTexts(lang).form;
      if (!isBotEditor(context.activity, deps.editors)) {
        await context.sendActivity(botMessage(form.editorsOnly));
        return;
      }
      await context.sendActivity(botMessage(form.fillIn, eventFormCard(lang)));
    },
  );

  app.adaptiveCards.actionSubmit(CREATE_EVENT_VERB, async (context, _state, data) => {
    await createFromForm(context, (data ?? {}) as Record<string, unknown>, deps);
  });
}

async function createFromForm(
  context: TurnContext,
  data: Record<string, unknown>,
  deps: NewEventDependencies,
): Promise<void> {
  const lang: Lang = isLang(data.lang) ? data.lang : langFromLocale(context.activity.locale);
  const form = botTexts(lang).form;
  if (!isBotEditor(context.activity, deps.editors)) {
    deps.log.warn("event form submitted by a non-editor; refused", {
      aadObjectId: context.activity.from?.aadObjectId ?? null,
    });
    await context.sendActivity(botMessage(form.editorsOnly));
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
    await context.sendActivity(botMessage(form.notSaved, eventFormCard(lang, values, errors)));
    return;
  }
  const { value: event } = await deps.events.create(body, actorFromActivity(context.activity));
  deps.log.info("event created from chat", { eventId: event.id });
  const when = event.start ? formatDateTime(zonedToInstant(event.start, event.timeZone), lang) : form.noDate;
  await context.sendActivity(botMessage(form.saved(event.title, when)));
}
