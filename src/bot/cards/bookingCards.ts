/** Adaptive Cards of the Borgertun flow: the request form, refusals, the coordinator's decision card, answers. */
import type { Booking, BookingLang, BookingRefusal } from "../../domain/booking.js";
import { BOOKING_CANCEL_VERB } from "../../domain/cardActions.js";
import { FIRST_DATE, LAST_DATE } from "../../domain/dateWindow.js";
import { adaptiveCard, factSet, heading, textBlock, type CardElement } from "./common.js";
import { BOOKING_TEXTS, slotText } from "./bookingTexts.js";

/** Verbs of the card buttons (routed with adaptiveCards.actionSubmit). */
export const BOOKING_VERBS = {
  request: "borgertunRequest",
  decide: "borgertunDecide",
  cancel: BOOKING_CANCEL_VERB,
  accept: "borgertunAccept",
} as const;

/** The form's inputs; the submit carries them under these ids. */
export const BOOKING_FORM_FIELDS = [
  "date",
  "from",
  "to",
  "purpose",
  "organisation",
  "expectedPeople",
  "microphones",
] as const;
export type BookingFormField = (typeof BOOKING_FORM_FIELDS)[number];
export type BookingFormValues = Partial<Record<BookingFormField, string>>;

const errorLine = (message?: string): CardElement[] =>
  message ? [textBlock(message, { color: "Attention", weight: "Bolder", spacing: "Small" })] : [];
const withValue = (value?: string) => (value ? { value } : {});

/** The request form, prefilled with what the message said; `errors` shows each problem above its field. */
export function bookingFormCard(
  lang: BookingLang,
  values: BookingFormValues = {},
  errors: Partial<Record<BookingFormField, string>> = {},
): CardElement {
  const x = BOOKING_TEXTS[lang];
  const field = (id: BookingFormField, element: CardElement): CardElement[] => [
    ...errorLine(errors[id]),
    { id, ...element, ...withValue(values[id]) },
  ];
  return adaptiveCard(
    [
      heading(x.formTitle),
      textBlock(
        Object.keys(errors).length > 0 ? x.fixForm : x.formIntro,
        Object.keys(errors).length > 0 ? { color: "Attention" } : {},
      ),
      ...field("date", { type: "Input.Date", label: x.date, isRequired: true, min: FIRST_DATE, max: LAST_DATE }),
      {
        type: "ColumnSet",
        columns: [
          {
            type: "Column",
            width: "stretch",
            items: field("from", { type: "Input.Time", label: x.from, isRequired: true }),
          },
          {
            type: "Column",
            width: "stretch",
            items: field("to", { type: "Input.Time", label: x.to, isRequired: true }),
          },
        ],
      },
      ...field("purpose", { type: "Input.Text", label: x.purpose, isRequired: true, maxLength: 200 }),
      ...field("organisation", { type: "Input.Text", label: x.organisation, isRequired: true, maxLength: 120 }),
      ...field("expectedPeople", { type: "Input.Number", label: x.people, min: 1, max: 500 }),
      {
        type: "Input.Toggle",
        id: "microphones",
        title: x.microphones,
        valueOn: "true",
        valueOff: "false",
        value: values.microphones === "true" ? "true" : "false",
      },
    ],
    [{ type: "Action.Submit", title: x.send, style: "positive", data: { verb: BOOKING_VERBS.request, lang } }],
  );
}

/** Why the time cannot be had; for a collision, what collides and the nearest free times that day. */
export function bookingRefusedCard(lang: BookingLang, refusal: BookingRefusal): CardElement {
  const x = BOOKING_TEXTS[lang];
  const body: CardElement[] = [heading(x.refusedTitle), textBlock(x.refusal(refusal))];
  if (refusal.reason === "conflict") {
    body.push(
      textBlock(x.collidesWith, { weight: "Bolder" }),
      factSet(refusal.conflicts.map((c) => ({ title: `${c.from}–${c.to}`, value: c.title }))),
    );
    body.push(textBlock(x.freeSlots, { weight: "Bolder" }));
    body.push(
      refusal.freeSlots.length > 0
        ? textBlock(refusal.freeSlots.map((s) => `${s.from}–${s.to}`).join(", "))
        : textBlock(x.noFreeSlots),
    );
  }
  return adaptiveCard(body);
}

/** The plain-text refusal: the reason, then what collides and the free times. */
export function refusalText(lang: BookingLang, refusal: BookingRefusal): string {
  const x = BOOKING_TEXTS[lang];
  if (refusal.reason !== "conflict") return x.refusal(refusal);
  const collides = refusal.conflicts.map((c) => `${c.title} (${c.from}–${c.to})`).join("; ");
  const free =
    refusal.freeSlots.length > 0
      ? `${x.freeSlots}: ${refusal.freeSlots.map((s) => `${s.from}–${s.to}`).join(", ")}.`
      : x.noFreeSlots;
  return `${x.refusal(refusal)} ${x.collidesWith}: ${collides}. ${free}`;
}

function bookingFacts(b: Booking, lang: BookingLang): CardElement {
  const x = BOOKING_TEXTS[lang];
  return factSet([
    { title: x.date, value: slotText(b, lang) },
    { title: x.purpose, value: b.purpose },
    { title: x.organisation, value: b.organisation },
    ...(b.expectedPeople ? [{ title: x.people, value: String(b.expectedPeople) }] : []),
    { title: x.microphones, value: b.microphones ? x.yes : x.no },
    { title: x.requester, value: b.requester.name },
  ]);
}

const cancelButton = (b: Booking, lang: BookingLang): CardElement => ({
  type: "Action.Submit",
  title: BOOKING_TEXTS[lang].cancel,
  data: { verb: BOOKING_VERBS.cancel, bookingId: b.id, lang },
});

/** To the requester after asking: the request and a cancel button. */
export function bookingPendingCard(b: Booking): CardElement {
  return adaptiveCard(
    [
      heading(BOOKING_TEXTS[b.lang].formTitle),
      textBlock(BOOKING_TEXTS[b.lang].pending(slotText(b, b.lang))),
      bookingFacts(b, b.lang),
    ],
    [cancelButton(b, b.lang)],
  );
}

/** To each coordinator: the request with Godkjenn / Avslå (with a reason) / Foreslå annet tidspunkt. */
export function bookingHandlerCard(b: Booking, lang: BookingLang): CardElement {
  const x = BOOKING_TEXTS[lang];
  const decide = (decision: string) => ({ verb: BOOKING_VERBS.decide, decision, bookingId: b.id, lang });
  return adaptiveCard(
    [heading(x.newRequestTitle), textBlock(x.newRequest(b.requester.name, slotText(b, lang))), bookingFacts(b, lang)],
    [
      { type: "Action.Submit", title: x.approve, style: "positive", data: decide("approve") },
      {
        type: "Action.ShowCard",
        title: x.decline,
        card: {
          type: "AdaptiveCard",
          body: [{ type: "Input.Text", id: "reason", label: x.declineReason, isMultiline: true, maxLength: 500 }],
          actions: [{ type: "Action.Submit", title: x.sendDecline, style: "destructive", data: decide("decline") }],
        },
      },
      {
        type: "Action.ShowCard",
        title: x.propose,
        card: {
          type: "AdaptiveCard",
          body: [
            {
              type: "Input.Date",
              id: "date",
              label: x.date,
              value: b.date,
              isRequired: true,
              min: FIRST_DATE,
              max: LAST_DATE,
            },
            { type: "Input.Time", id: "from", label: x.from, value: b.from, isRequired: true },
            { type: "Input.Time", id: "to", label: x.to, value: b.to, isRequired: true },
          ],
          actions: [{ type: "Action.Submit", title: x.sendProposal, data: decide("propose") }],
        },
      },
      {
        type: "Action.Submit",
        title: x.cancel,
        data: { verb: BOOKING_VERBS.cancel, bookingId: b.id, lang, asHandler: true },
      },
    ],
  );
}

/** A short card with a heading, a text and optional buttons. */
export function bookingNoticeCard(
  lang: BookingLang,
  text: string,
  b?: Booking,
  actions: CardElement[] = [],
): CardElement {
  return adaptiveCard(
    [heading(BOOKING_TEXTS[lang].formTitle), textBlock(text), ...(b ? [bookingFacts(b, lang)] : [])],
    actions,
  );
}

/** The buttons the requester gets with an answer: cancel an approved booking, take a proposed time. */
export function requesterActions(b: Booking): CardElement[] {
  if (b.status === "approved") return [cancelButton(b, b.lang)];
  if (b.status === "proposed")
    return [
      {
        type: "Action.Submit",
        title: BOOKING_TEXTS[b.lang].acceptProposal,
        style: "positive",
        data: { verb: BOOKING_VERBS.accept, bookingId: b.id, lang: b.lang },
      },
      cancelButton(b, b.lang),
    ];
  return [];
}
