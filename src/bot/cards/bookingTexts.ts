/** Every user-facing Borgertun text, per language (bokmål, nynorsk, English). */
import type { BookingLang, BookingRefusal, BookingSlot } from "../../domain/booking.js";
import { formatClock, formatDate } from "../../domain/dateFormat.js";
import { OSLO, zonedToInstant } from "../../domain/time.js";

/** "fredag 11. desember kl. 10.00–12.00" / "Friday 11 December, 10:00–12:00". */
export function slotText(slot: BookingSlot, lang: BookingLang): string {
  // Noon of the slot's Oslo date: the weekday and date, whatever the zone of this machine.
  const day = formatDate(zonedToInstant(`${slot.date}T12:00`, OSLO), lang);
  const range = `${formatClock(slot.from, lang)}–${formatClock(slot.to, lang)}`;
  return lang === "en" ? `${day}, ${range}` : `${day} kl. ${range}`;
}

interface Texts {
  formTitle: string;
  formIntro: string;
  date: string;
  from: string;
  to: string;
  purpose: string;
  organisation: string;
  people: string;
  microphones: string;
  send: string;
  fixForm: string;
  required: string;
  /** What a form field needs when the value sent was refused (src/contract/borgertun.ts has the rules). */
  badField: { date: string; time: string; people: string; text: string; other: string };
  pending: (when: string) => string;
  refusedTitle: string;
  refusal: (r: BookingRefusal) => string;
  collidesWith: string;
  freeSlots: string;
  noFreeSlots: string;
  newRequestTitle: string;
  newRequest: (who: string, when: string) => string;
  approve: string;
  decline: string;
  declineReason: string;
  sendDecline: string;
  propose: string;
  sendProposal: string;
  cancel: string;
  approved: (when: string) => string;
  declined: (when: string, reason: string) => string;
  proposed: (when: string, other: string) => string;
  acceptProposal: string;
  cancelledByHandler: (when: string) => string;
  cancelledByRequester: (who: string, when: string) => string;
  cancelled: (when: string) => string;
  decidedApproved: (when: string) => string;
  decidedDeclined: (when: string) => string;
  decidedProposed: (when: string) => string;
  slotTaken: string;
  notPending: string;
  notFound: string;
  notAllowed: string;
  onlyHandlers: string;
  requester: string;
  yes: string;
  no: string;
}

const nbRefusal = (r: BookingRefusal, nn: boolean): string => {
  switch (r.reason) {
    case "invalid":
      return nn
        ? "Dato eller klokkeslett er ikkje gyldig (heile eller halve timar, frå 00.00 til 23.30)."
        : "Dato eller klokkeslett er ikke gyldig (hele eller halve timer, fra 00.00 til 23.30).";
    case "past":
      return nn ? "Tidspunktet har alt vore." : "Tidspunktet har allerede vært.";
    case "tooFarAhead":
      return nn
        ? `Borgertun kan lånast høgst ${r.maxDaysAhead} dagar fram i tid.`
        : `Borgertun kan lånes høyst ${r.maxDaysAhead} dager frem i tid.`;
    case "tooLong":
      return nn
        ? `Eit lån kan vare høgst ${r.maxMinutes / 60} timar.`
        : `Et lån kan vare høyst ${r.maxMinutes / 60} timer.`;
    case "closedWeekday":
      return nn ? "Borgertun kan ikkje lånast den vekedagen." : "Borgertun kan ikke lånes den ukedagen.";
    case "publicHoliday":
      return nn
        ? `Borgertun er stengt: ${r.holiday.nn} er ein heilagdag.`
        : `Borgertun er stengt: ${r.holiday.nb} er en helligdag.`;
    case "closedDate":
      return nn ? "Borgertun er stengt den dagen." : "Borgertun er stengt den dagen.";
    case "outsideHours":
      return nn
        ? `Borgertun kan lånast mellom kl. ${r.openFrom.replace(":", ".")} og ${r.openTo.replace(":", ".")}.`
        : `Borgertun kan lånes mellom kl. ${r.openFrom.replace(":", ".")} og ${r.openTo.replace(":", ".")}.`;
    case "conflict":
      return nn ? "Borgertun er opptatt då." : "Borgertun er opptatt da.";
  }
};

const enRefusal = (r: BookingRefusal): string => {
  switch (r.reason) {
    case "invalid":
      return "The date or time is not valid (whole or half hours, from 00:00 to 23:30).";
    case "past":
      return "That time has already passed.";
    case "tooFarAhead":
      return `Borgertun can be booked at most ${r.maxDaysAhead} days ahead.`;
    case "tooLong":
      return `A booking can last at most ${r.maxMinutes / 60} hours.`;
    case "closedWeekday":
      return "Borgertun cannot be booked on that weekday.";
    case "publicHoliday":
      return `Borgertun is closed: ${r.holiday.en} is a public holiday.`;
    case "closedDate":
      return "Borgertun is closed that day.";
    case "outsideHours":
      return `Borgertun can be booked between ${r.openFrom} and ${r.openTo}.`;
    case "conflict":
      return "Borgertun is taken then.";
  }
};

/** The texts, per language. */
export const BOOKING_TEXTS: Record<BookingLang, Texts> = {
  nb: {
    formTitle: "Lån av Borgertun",
    formIntro: "Fyll ut det som mangler, så sendes forespørselen til koordinatoren.",
    date: "Dato",
    from: "Fra",
    to: "Til",
    purpose: "Formål",
    organisation: "Organisasjon",
    people: "Forventet antall personer",
    microphones: "Trenger mikrofoner",
    send: "Send forespørsel",
    fixForm: "Noe mangler eller må rettes.",
    required: "må fylles ut",
    badField: {
      date: "må være en dato mellom år 2000 og 2100",
      time: "må være hel eller halv time, fra 00:00 til 23:30",
      people: "må være et helt tall fra 1 til 500",
      text: "er for lang eller har linjeskift",
      other: "er ikke gyldig",
    },
    pending: (w) => `Forespørselen om Borgertun ${w} er sendt til koordinatoren. Du får svar her.`,
    refusedTitle: "Borgertun kan ikke lånes da",
    refusal: (r) => nbRefusal(r, false),
    collidesWith: "Kolliderer med",
    freeSlots: "Ledige tider samme dag",
    noFreeSlots: "Ingen ledige tider av samme lengde den dagen.",
    newRequestTitle: "Ny forespørsel om Borgertun",
    newRequest: (who, w) => `${who} vil låne Borgertun ${w}.`,
    approve: "Godkjenn",
    decline: "Avslå",
    declineReason: "Begrunnelse",
    sendDecline: "Send avslag",
    propose: "Foreslå annet tidspunkt",
    sendProposal: "Send forslag",
    cancel: "Avlys",
    approved: (w) => `Borgertun er din ${w}. Lånet står nå i Kommende.`,
    declined: (w, r) => `Forespørselen om Borgertun ${w} er avslått${r ? `: ${r}` : "."}`,
    proposed: (w, o) => `Koordinatoren foreslår ${o} i stedet for ${w}.`,
    acceptProposal: "Ta foreslått tid",
    cancelledByHandler: (w) => `Lånet av Borgertun ${w} er avlyst av koordinatoren.`,
    cancelledByRequester: (who, w) => `${who} har avlyst lånet av Borgertun ${w}.`,
    cancelled: (w) => `Lånet av Borgertun ${w} er avlyst.`,
    decidedApproved: (w) => `Godkjent: Borgertun ${w}.`,
    decidedDeclined: (w) => `Avslått: Borgertun ${w}.`,
    decidedProposed: (w) => `Annet tidspunkt foreslått: ${w}.`,
    slotTaken: "Tiden er tatt: en annen forespørsel ble godkjent først.",
    notPending: "Forespørselen er allerede behandlet.",
    notFound: "Fant ikke forespørselen.",
    notAllowed: "Bare den som spurte eller koordinatoren kan gjøre dette.",
    onlyHandlers: "Bare koordinatoren kan behandle forespørsler om Borgertun.",
    requester: "Spurt av",
    yes: "Ja",
    no: "Nei",
  },
  nn: {
    formTitle: "Lån av Borgertun",
    formIntro: "Fyll ut det som manglar, så blir førespurnaden send til koordinatoren.",
    date: "Dato",
    from: "Frå",
    to: "Til",
    purpose: "Føremål",
    organisation: "Organisasjon",
    people: "Venta tal på personar",
    microphones: "Treng mikrofonar",
    send: "Send førespurnad",
    fixForm: "Noko manglar eller må rettast.",
    required: "må fyllast ut",
    badField: {
      date: "må vere ein dato mellom år 2000 og 2100",
      time: "må vere heil eller halv time, frå 00:00 til 23:30",
      people: "må vere eit heilt tal frå 1 til 500",
      text: "er for lang eller har linjeskift",
      other: "er ikkje gyldig",
    },
    pending: (w) => `Førespurnaden om Borgertun ${w} er send til koordinatoren. Du får svar her.`,
    refusedTitle: "Borgertun kan ikkje lånast då",
    refusal: (r) => nbRefusal(r, true),
    collidesWith: "Kolliderer med",
    freeSlots: "Ledige tider same dag",
    noFreeSlots: "Ingen ledige tider av same lengd den dagen.",
    newRequestTitle: "Ny førespurnad om Borgertun",
    newRequest: (who, w) => `${who} vil låne Borgertun ${w}.`,
    approve: "Godkjenn",
    decline: "Avslå",
    declineReason: "Grunngjeving",
    sendDecline: "Send avslag",
    propose: "Føreslå anna tidspunkt",
    sendProposal: "Send framlegg",
    cancel: "Avlys",
    approved: (w) => `Borgertun er din ${w}. Lånet står no i Kommande.`,
    declined: (w, r) => `Førespurnaden om Borgertun ${w} er avslått${r ? `: ${r}` : "."}`,
    proposed: (w, o) => `Koordinatoren føreslår ${o} i staden for ${w}.`,
    acceptProposal: "Ta føreslått tid",
    cancelledByHandler: (w) => `Lånet av Borgertun ${w} er avlyst av koordinatoren.`,
    cancelledByRequester: (who, w) => `${who} har avlyst lånet av Borgertun ${w}.`,
    cancelled: (w) => `Lånet av Borgertun ${w} er avlyst.`,
    decidedApproved: (w) => `Godkjent: Borgertun ${w}.`,
    decidedDeclined: (w) => `Avslått: Borgertun ${w}.`,
    decidedProposed: (w) => `Anna tidspunkt føreslått: ${w}.`,
    slotTaken: "Tida er teken: ein annan førespurnad vart godkjend først.",
    notPending: "Førespurnaden er alt handsama.",
    notFound: "Fann ikkje førespurnaden.",
    notAllowed: "Berre den som spurde eller koordinatoren kan gjere dette.",
    onlyHandlers: "Berre koordinatoren kan handsame førespurnader om Borgertun.",
    requester: "Spurd av",
    yes: "Ja",
    no: "Nei",
  },
  en: {
    formTitle: "Borrow Borgertun",
    formIntro: "Fill in what is missing and the request goes to the coordinator.",
    date: "Date",
    from: "From",
    to: "To",
    purpose: "Purpose",
    organisation: "Organisation",
    people: "Expected number of people",
    microphones: "Microphones needed",
    send: "Send request",
    fixForm: "Something is missing or needs correcting.",
    required: "is required",
    badField: {
      date: "must be a date between the years 2000 and 2100",
      time: "must be a whole or half hour, from 00:00 to 23:30",
      people: "must be a whole number from 1 to 500",
      text: "is too long or has line breaks",
      other: "is not valid",
    },
    pending: (w) => `Your request for Borgertun ${w} has been sent to the coordinator. You will get the answer here.`,
    refusedTitle: "Borgertun cannot be booked then",
    refusal: enRefusal,
    collidesWith: "Collides with",
    freeSlots: "Free times that day",
    noFreeSlots: "No free time of the same length that day.",
    newRequestTitle: "New request for Borgertun",
    newRequest: (who, w) => `${who} would like to borrow Borgertun ${w}.`,
    approve: "Approve",
    decline: "Decline",
    declineReason: "Reason",
    sendDecline: "Send decline",
    propose: "Propose another time",
    sendProposal: "Send proposal",
    cancel: "Cancel booking",
    approved: (w) => `Borgertun is yours ${w}. The booking is now in Upcoming.`,
    declined: (w, r) => `Your request for Borgertun ${w} was declined${r ? `: ${r}` : "."}`,
    proposed: (w, o) => `The coordinator proposes ${o} instead of ${w}.`,
    acceptProposal: "Take the proposed time",
    cancelledByHandler: (w) => `The booking of Borgertun ${w} was cancelled by the coordinator.`,
    cancelledByRequester: (who, w) => `${who} cancelled the booking of Borgertun ${w}.`,
    cancelled: (w) => `The booking of Borgertun ${w} is cancelled.`,
    decidedApproved: (w) => `Approved: Borgertun ${w}.`,
    decidedDeclined: (w) => `Declined: Borgertun ${w}.`,
    decidedProposed: (w) => `Another time proposed: ${w}.`,
    slotTaken: "Slot taken: another request was approved first.",
    notPending: "The request has already been handled.",
    notFound: "The request was not found.",
    notAllowed: "Only the requester or the coordinator can do this.",
    onlyHandlers: "Only the coordinator can handle Borgertun requests.",
    requester: "Requested by",
    yes: "Yes",
    no: "No",
  },
};
