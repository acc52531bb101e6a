import type { Lang } from "../../domain/dateFormat.js";
import { EVENT_KINDS, type EventKind } from "../../domain/events.js";
import { adaptiveCard, heading, t, textBlock, type CardElement } from "./common.js";

/** The inputs of the new-event form; the submitted data carries them under these ids. */
export const EVENT_FORM_FIELDS = [
  "title", "kind", "startDate", "startTime", "endDate", "endTime", "place", "description", "link", "reminders",
] as const;
export type EventFormField = (typeof EVENT_FORM_FIELDS)[number];

/** What the user typed, as the card submits it (every value a string). */
export type EventFormValues = Partial<Record<EventFormField, string>>;

/** The verb of the form's submit button (routed with adaptiveCards.actionSubmit). */
export const CREATE_EVENT_VERB = "createEvent";

const KIND_LABELS: Record<Lang, Record<EventKind, string>> = {
  nb: { meeting: "Møte", conference: "Konferanse", presentation: "Presentasjon", workshop: "Workshop", deadline: "Frist" },
  en: { meeting: "Meeting", conference: "Conference", presentation: "Presentation", workshop: "Workshop", deadline: "Deadline" },
};

function errorLine(message: string | undefined): CardElement[] {
  return message ? [textBlock(message, { color: "Attention", weight: "Bolder", spacing: "Small" })] : [];
}

function input(type: string, id: EventFormField, label: string, values: EventFormValues, extra: CardElement = {}): CardElement {
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
        { type: "Column", width: "stretch", items: [input("Input.Date", dateId, label, values)] },
        { type: "Column", width: "stretch", items: [input("Input.Time", timeId, t(lang, "Klokkeslett", "Time"), values)] },
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
  const hasErrors = Object.keys(errors).length > 0;
  const body: CardElement[] = [
    heading(t(lang, "Ny hendelse", "New event")),
    ...(hasErrors
      ? [textBlock(t(lang, "Noe må rettes før hendelsen kan lagres.", "Please correct the fields below before saving."), { color: "Attention" })]
      : []),
    ...errorLine(errors.title),
    input("Input.Text", "title", t(lang, "Tittel", "Title"), values, {
      isRequired: true,
      maxLength: 200,
      errorMessage: t(lang, "Tittel må fylles ut", "A title is required"),
    }),
    ...errorLine(errors.kind),
    {
      ...input("Input.ChoiceSet", "kind", t(lang, "Type", "Kind"), { kind: "meeting", ...values }),
      style: "compact",
      isRequired: true,
      choices: EVENT_KINDS.map((k) => ({ title: KIND_LABELS[lang][k], value: k })),
    },
    ...dateTimeRow("start", t(lang, "Startdato", "Start date"), lang, values, errors),
    ...dateTimeRow("end", t(lang, "Sluttdato", "End date"), lang, values, errors),
    ...errorLine(errors.place),
    input("Input.Text", "place", t(lang, "Sted", "Place"), values, { maxLength: 200 }),
    ...errorLine(errors.description),
    input("Input.Text", "description", t(lang, "Beskrivelse", "Description"), values, { isMultiline: true, maxLength: 4000 }),
    ...errorLine(errors.link),
    input("Input.Text", "link", t(lang, "Lenke", "Link"), values, { style: "Url", placeholder: "https://" }),
    ...errorLine(errors.reminders),
    input("Input.Text", "reminders", t(lang, "Påminnelser (før start, kommaseparert)", "Reminders (before the start, comma-separated)"), values, {
      placeholder: "P7D, PT1H",
    }),
    textBlock(
      t(lang, "Tomt felt gir standard påminnelser for typen. P7D = 7 dager, PT1H = 1 time.", "Empty means the kind's default reminders. P7D = 7 days, PT1H = 1 hour."),
      { isSubtle: true, size: "Small" },
    ),
  ];
  return adaptiveCard(body, [
    { type: "Action.Submit", title: t(lang, "Lagre", "Save"), style: "positive", data: { verb: CREATE_EVENT_VERB, lang } },
  ]);
}
