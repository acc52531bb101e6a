import { FIRST_DATE, LAST_DATE } from "../../domain/dateWindow.js";
import { EVENT_KINDS } from "../../domain/events.js";
import type { Lang } from "../../domain/language.js";
import { botTexts } from "../i18n/index.js";
import { adaptiveCard, heading, textBlock, type CardElement } from "./common.js";

/** The inputs of the new-event form; the submitted data carries them under these ids. */
export const EVENT_FORM_FIELDS = [
  "title",
  "kind",
  "startDate",
  "startTime",
  "endDate",
  "endTime",
  "place",
  "description",
  "link",
  "reminders",
] as const;
export type EventFormField = (typeof EVENT_FORM_FIELDS)[number];

/** What the user typed, as the card submits it (every value a string). */
export type EventFormValues = Partial<Record<EventFormField, string>>;

/** The verb of the form's submit button (routed with adaptiveCards.actionSubmit). */
export const CREATE_EVENT_VERB = "createEvent";

function errorLine(message: string | undefined): CardElement[] {
  return message ? [textBlock(message, { color: "Attention", weight: "Bolder", spacing: "Small" })] : [];
}

function input(
  type: string,
  id: EventFormField,
  label: string,
  values: EventFormValues,
  extra: CardElement = {},
): CardElement {
  const value = values[id];
  return { type, id, label, ...(value ? { value } : {}), ...extra };
}

function dateTimeRow(
  prefix: "start" | "end",
  label: string,
  lang: Lang,
  values: EventFormValues,
  errors: Partial<Record<EventFormField, string>>,
): CardElement[] {
  const dateId = `${prefix}Date` as EventFormField;
  const timeId = `${prefix}Time` as EventFormField;
  return [
    ...errorLine(errors[dateId] ?? errors[timeId]),
    {
      type: "ColumnSet",
      columns: [
        {
          type: "Column",
          width: "stretch",
          items: [input("Input.Date", dateId, label, values, { min: FIRST_DATE, max: LAST_DATE })],
        },
        { type: "Column", width: "stretch", items: [input("Input.Time", timeId, botTexts(lang).form.time, values)] },
      ],
    },
  ];
}

/**
 * The new-event form (Adaptive Card 1.5). Given `values` and `errors` it is the same form again,
 * filled in as submitted, with each problem in red just above its field.
 */
export function eventFormCard(
  lang: Lang,
  values: EventFormValues = {},
  errors: Partial<Record<EventFormField, string>> = {},
): CardElement {
  const tx = botTexts(lang).form;
  const hasErrors = Object.keys(errors).length > 0;
  const body: CardElement[] = [
    heading(tx.heading),
    ...(hasErrors ? [textBlock(tx.fixFields, { color: "Attention" })] : []),
    ...errorLine(errors.title),
    input("Input.Text", "title", tx.title, values, {
      isRequired: true,
      maxLength: 200,
      errorMessage: tx.titleRequired,
    }),
    ...errorLine(errors.kind),
    {
      ...input("Input.ChoiceSet", "kind", tx.kind, { kind: "meeting", ...values }),
      style: "compact",
      isRequired: true,
      choices: EVENT_KINDS.map((k) => ({ title: tx.kindLabels[k], value: k })),
    },
    ...dateTimeRow("start", tx.startDate, lang, values, errors),
    ...dateTimeRow("end", tx.endDate, lang, values, errors),
    ...errorLine(errors.place),
    input("Input.Text", "place", tx.place, values, { maxLength: 200 }),
    ...errorLine(errors.description),
    input("Input.Text", "description", tx.description, values, { isMultiline: true, maxLength: 4000 }),
    ...errorLine(errors.link),
    input("Input.Text", "link", tx.link, values, { style: "Url", placeholder: "https://" }),
    ...errorLine(errors.reminders),
    input("Input.Text", "reminders", tx.reminders, values, { placeholder: "P7D, PT1H" }),
    textBlock(tx.remindersHint, { isSubtle: true, size: "Small" }),
  ];
  return adaptiveCard(body, [
    { type: "Action.Submit", title: tx.save, style: "positive", data: { verb: CREATE_EVENT_VERB, lang } },
  ]);
}
