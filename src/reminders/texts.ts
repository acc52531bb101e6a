/**
 * User-facing texts of RSVP and card updates, one typed table per language (bokmål, nynorsk,
 * English) so they can move into the bot's catalogue as they are. Cards use "nb" or "en" today;
 * "nn" is ready for when a conversation can choose it.
 */
import type { RsvpAnswer } from "../domain/rsvp.js";

/** The languages these texts exist in. */
export type TextLang = "nb" | "nn" | "en";

interface ReminderTexts {
  answers: Record<RsvpAnswer, string>;
  counts: (yes: number, no: number, maybe: number) => string;
  yourAnswer: (answer: string) => string;
  noOid: string;
  gone: string;
  cancelledHeading: string;
  cancelledBody: string;
  movedReply: (title: string, when: string) => string;
  cancelledReply: (title: string) => string;
  nudge: (title: string, names: string) => string;
}

export const TEXT: Record<TextLang, ReminderTexts> = {
  nb: {
    answers: { yes: "Kommer", no: "Kommer ikke", maybe: "Kanskje" },
    counts: (yes, no, maybe) => `Kommer: ${yes} · Kommer ikke: ${no} · Kanskje: ${maybe}`,
    yourAnswer: (answer) => `Ditt svar: ${answer}`,
    noOid: "Svaret kan bare registreres for innloggede brukere i organisasjonen.",
    gone: "Denne hendelsen finnes ikke lenger.",
    cancelledHeading: "Avlyst",
    cancelledBody: "Denne hendelsen er avlyst.",
    movedReply: (title, when) => `Endret: ${title} er flyttet til ${when}.`,
    cancelledReply: (title) => `Endret: ${title} er avlyst.`,
    nudge: (title, names) => `Husk å svare på om du kommer til ${title}: ${names}`,
  },
  nn: {
    answers: { yes: "Kjem", no: "Kjem ikkje", maybe: "Kanskje" },
    counts: (yes, no, maybe) => `Kjem: ${yes} · Kjem ikkje: ${no} · Kanskje: ${maybe}`,
    yourAnswer: (answer) => `Svaret ditt: ${answer}`,
    noOid: "Svaret kan berre registrerast for innlogga brukarar i organisasjonen.",
    gone: "Denne hendinga finst ikkje lenger.",
    cancelledHeading: "Avlyst",
    cancelledBody: "Denne hendinga er avlyst.",
    movedReply: (title, when) => `Endra: ${title} er flytta til ${when}.`,
    cancelledReply: (title) => `Endra: ${title} er avlyst.`,
    nudge: (title, names) => `Hugs å svare på om du kjem til ${title}: ${names}`,
  },
  en: {
    answers: { yes: "Coming", no: "Not coming", maybe: "Maybe" },
    counts: (yes, no, maybe) => `Coming: ${yes} · Not coming: ${no} · Maybe: ${maybe}`,
    yourAnswer: (answer) => `Your answer: ${answer}`,
    noOid: "Answers can only be recorded for signed-in users of the organisation.",
    gone: "This event no longer exists.",
    cancelledHeading: "Cancelled",
    cancelledBody: "This event has been cancelled.",
    movedReply: (title, when) => `Changed: ${title} has moved to ${when}.`,
    cancelledReply: (title) => `Changed: ${title} has been cancelled.`,
    nudge: (title, names) => `Please answer whether you are coming to ${title}: ${names}`,
  },
};
