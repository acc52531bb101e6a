/**
 * User-facing texts of RSVP and card updates, one typed table per language (bokmål, nynorsk,
 * English): a card answers in the language it was posted in.
 */
import type { Lang } from "./language.js";
import type { RsvpAnswer } from "./rsvp.js";

/** The languages these texts exist in: every supported language (a missing one does not compile). */
export type TextLang = Lang;

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
  /** Followed by the mentions of those who have not answered. */
  nudge: (title: string) => string;
  snoozedTitle: string;
  snoozeHour: string;
  snoozeTomorrow: string;
  muteKind: string;
  snoozedUntil: (when: string) => string;
  muted: (kindPlural: string) => string;
  mutedAll: string;
  /** Title of a refused change. */
  notChangedTitle: string;
  /** Snooze or "don't send me these" outside one's own personal chat. */
  personalOnly: string;
  /** A channel's or group chat's reminders changed by someone who is not an editor. */
  editorsOnly: string;
  /** Snooze of an occurrence that has begun, is cancelled or does not exist. */
  snoozeTooLate: string;
  /** RSVP for a date outside the window in which answers are taken. */
  rsvpClosed: string;
  kindsPlural: Record<"meeting" | "conference" | "presentation" | "workshop" | "deadline", string>;
  settingsTitle: string;
  settingsKinds: string;
  settingsLeadTimes: (kind: string) => string;
  settingsLeadHelp: string;
  settingsDigest: string;
  digestOff: string;
  digestAlso: string;
  digestOnly: string;
  save: string;
  saved: string;
  badLeadTime: (text: string) => string;
  /** A lead time of the grammar outside the range offered: longer than zero, at most `maxDays` days before. */
  leadTimeOutOfRange: (text: string, maxDays: number) => string;
  /** More lead times for one kind than the card takes. */
  tooManyLeadTimes: (max: number) => string;
  noSubscription: string;
  digestOn: string;
  digestTitle: string;
  digestEvents: string;
  digestDeadlines: string;
  digestTiltak: string;
  digestHoliday: (name: string) => string;
  /** The requester's reminder of an approved Borgertun booking (src/reminders/bookingReminders.ts). */
  bookingReminderTitle: string;
  /** `purpose` and `organisation` arrive escaped. */
  bookingReminder: (when: string, purpose: string, organisation: string) => string;
  bookingReminderCancel: (button: string) => string;
  /** The title of the booking cards' cancel button (as src/bot/cards/bookingTexts.ts has it). */
  bookingCancel: string;
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
    nudge: (title) => `Husk å svare på om du kommer til ${title}:`,
    snoozedTitle: "Utsatt",
    snoozeHour: "Utsett 1 time",
    snoozeTomorrow: "Utsett til i morgen",
    muteKind: "Ikke send meg slike",
    snoozedUntil: (when) => `Utsatt. Påminnelsen kommer tilbake ${when}.`,
    muted: (kinds) => `Du får ikke lenger påminnelser om ${kinds} her. Skriv «innstillinger» for å endre det.`,
    mutedAll: "Du får ikke lenger påminnelser her. Skriv «abonner» for å slå dem på igjen.",
    notChangedTitle: "Ikke endret",
    personalOnly:
      "Utsett og «Ikke send meg slike» gjelder bare dine egne påminnelser, i din personlige chat med Alrek. Ingenting er endret.",
    editorsOnly:
      "Bare redaktører kan endre påminnelsene i en kanal eller gruppechat. Ingenting er endret. Vil du ha påminnelser selv, skriv «abonner» i din personlige chat med Alrek.",
    snoozeTooLate: "Hendelsen har begynt, er avlyst eller finnes ikke; påminnelsen er ikke utsatt.",
    rsvpClosed: "Svar tas bare imot fra 100 dager før datoen til dagen etter. Ingenting er lagret.",
    kindsPlural: {
      meeting: "møter",
      conference: "konferanser",
      presentation: "presentasjoner",
      workshop: "arbeidsverksteder",
      deadline: "frister",
    },
    settingsTitle: "Innstillinger for påminnelser",
    settingsKinds: "Påminnelser om",
    settingsLeadTimes: (kind) => `Når, for ${kind}`,
    settingsLeadHelp:
      "Tomt = standard. Skriv for eksempel P1D (dagen før), PT1H (en time før) eller D-1@09:00 (dagen før kl. 09.00), skilt med komma.",
    settingsDigest: "Ukesoppsummering «Uka i Alrek» mandag kl. 08.00",
    digestOff: "Nei",
    digestAlso: "Ja, i tillegg til påminnelsene",
    digestOnly: "Ja, i stedet for påminnelsene",
    save: "Lagre",
    saved: "Innstillingene er lagret.",
    badLeadTime: (text) => `«${text}» er ikke et tidspunkt jeg forstår. Ingenting er endret.`,
    leadTimeOutOfRange: (text, days) =>
      `«${text}» går ikke: en påminnelse kan komme fra ett minutt (PT1M) til ${days} dager (P${days}D) før. Ingenting er endret.`,
    tooManyLeadTimes: (max) => `Skriv høyst ${max} tidspunkter per type. Ingenting er endret.`,
    noSubscription: "Denne samtalen har ingen påminnelser. Skriv «abonner» først.",
    digestOn: "Ukesoppsummeringen «Uka i Alrek» kommer hver mandag kl. 08.00.",
    digestTitle: "Uka i Alrek",
    digestEvents: "Denne uka",
    digestDeadlines: "Frister",
    digestTiltak: "Tiltak endret forrige uke",
    digestHoliday: (name) => `helligdag: ${name}`,
    bookingReminderTitle: "Påminnelse: Borgertun",
    bookingReminder: (when, purpose, org) => `Du har lånt Borgertun ${when} til «${purpose}» (${org}).`,
    bookingReminderCancel: (button) =>
      `Får du ikke brukt rommet likevel? Trykk «${button}», så blir tiden ledig for andre.`,
    bookingCancel: "Avlys",
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
    nudge: (title) => `Hugs å svare på om du kjem til ${title}:`,
    snoozedTitle: "Utsett",
    snoozeHour: "Utset 1 time",
    snoozeTomorrow: "Utset til i morgon",
    muteKind: "Ikkje send meg slike",
    snoozedUntil: (when) => `Utsett. Påminninga kjem tilbake ${when}.`,
    muted: (kinds) => `Du får ikkje lenger påminningar om ${kinds} her. Skriv «innstillingar» for å endre det.`,
    mutedAll: "Du får ikkje lenger påminningar her. Skriv «abonner» for å slå dei på igjen.",
    notChangedTitle: "Ikkje endra",
    personalOnly:
      "Utset og «Ikkje send meg slike» gjeld berre dine eigne påminningar, i den personlege chatten din med Alrek. Ingenting er endra.",
    editorsOnly:
      "Berre redaktørar kan endre påminningane i ein kanal eller gruppechat. Ingenting er endra. Vil du ha påminningar sjølv, skriv «abonner» i den personlege chatten din med Alrek.",
    snoozeTooLate: "Hendinga har byrja, er avlyst eller finst ikkje; påminninga er ikkje utsett.",
    rsvpClosed: "Svar blir berre tekne imot frå 100 dagar før datoen til dagen etter. Ingenting er lagra.",
    kindsPlural: {
      meeting: "møte",
      conference: "konferansar",
      presentation: "presentasjonar",
      workshop: "arbeidsverkstader",
      deadline: "fristar",
    },
    settingsTitle: "Innstillingar for påminningar",
    settingsKinds: "Påminningar om",
    settingsLeadTimes: (kind) => `Når, for ${kind}`,
    settingsLeadHelp:
      "Tomt = standard. Skriv til dømes P1D (dagen før), PT1H (ein time før) eller D-1@09:00 (dagen før kl. 09.00), skilde med komma.",
    settingsDigest: "Vekeoppsummering «Veka i Alrek» måndag kl. 08.00",
    digestOff: "Nei",
    digestAlso: "Ja, i tillegg til påminningane",
    digestOnly: "Ja, i staden for påminningane",
    save: "Lagre",
    saved: "Innstillingane er lagra.",
    badLeadTime: (text) => `«${text}» er ikkje eit tidspunkt eg forstår. Ingenting er endra.`,
    leadTimeOutOfRange: (text, days) =>
      `«${text}» går ikkje: ei påminning kan kome frå eitt minutt (PT1M) til ${days} dagar (P${days}D) før. Ingenting er endra.`,
    tooManyLeadTimes: (max) => `Skriv høgst ${max} tidspunkt per type. Ingenting er endra.`,
    noSubscription: "Denne samtalen har ingen påminningar. Skriv «abonner» først.",
    digestOn: "Vekeoppsummeringa «Veka i Alrek» kjem kvar måndag kl. 08.00.",
    digestTitle: "Veka i Alrek",
    digestEvents: "Denne veka",
    digestDeadlines: "Fristar",
    digestTiltak: "Tiltak endra førre veke",
    digestHoliday: (name) => `heilagdag: ${name}`,
    bookingReminderTitle: "Påminning: Borgertun",
    bookingReminder: (when, purpose, org) => `Du har lånt Borgertun ${when} til «${purpose}» (${org}).`,
    bookingReminderCancel: (button) =>
      `Får du ikkje brukt rommet likevel? Trykk «${button}», så blir tida ledig for andre.`,
    bookingCancel: "Avlys",
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
    nudge: (title) => `Please answer whether you are coming to ${title}:`,
    snoozedTitle: "Snoozed",
    snoozeHour: "Snooze 1 hour",
    snoozeTomorrow: "Snooze until tomorrow",
    muteKind: "Don't send me these",
    snoozedUntil: (when) => `Snoozed. The reminder comes back ${when}.`,
    muted: (kinds) => `You will no longer get reminders about ${kinds} here. Type "settings" to change that.`,
    mutedAll: 'You will no longer get reminders here. Type "subscribe" to turn them on again.',
    notChangedTitle: "Not changed",
    personalOnly:
      'Snooze and "Don\'t send me these" only apply to your own reminders, in your personal chat with Alrek. Nothing was changed.',
    editorsOnly:
      'Only editors can change the reminders of a channel or group chat. Nothing was changed. For reminders of your own, type "subscribe" in your personal chat with Alrek.',
    snoozeTooLate: "The event has begun, is cancelled or does not exist; the reminder was not snoozed.",
    rsvpClosed: "Answers are only taken from 100 days before the date until the day after. Nothing was saved.",
    kindsPlural: {
      meeting: "meetings",
      conference: "conferences",
      presentation: "presentations",
      workshop: "workshops",
      deadline: "deadlines",
    },
    settingsTitle: "Reminder settings",
    settingsKinds: "Reminders about",
    settingsLeadTimes: (kind) => `When, for ${kind}`,
    settingsLeadHelp:
      "Empty = default. Type for example P1D (the day before), PT1H (an hour before) or D-1@09:00 (the day before at 09:00), separated by commas.",
    settingsDigest: 'Weekly digest "The week in Alrek" on Monday at 08:00',
    digestOff: "No",
    digestAlso: "Yes, beside the reminders",
    digestOnly: "Yes, instead of the reminders",
    save: "Save",
    saved: "Settings saved.",
    badLeadTime: (text) => `"${text}" is not a time I understand. Nothing was changed.`,
    leadTimeOutOfRange: (text, days) =>
      `"${text}" is out of range: a reminder can come from one minute (PT1M) to ${days} days (P${days}D) before. Nothing was changed.`,
    tooManyLeadTimes: (max) => `Give at most ${max} times per kind. Nothing was changed.`,
    noSubscription: 'This conversation has no reminders. Type "subscribe" first.',
    digestOn: 'The weekly digest "The week in Alrek" comes every Monday at 08:00.',
    digestTitle: "The week in Alrek",
    digestEvents: "This week",
    digestDeadlines: "Deadlines",
    digestTiltak: "Measures changed last week",
    digestHoliday: (name) => `public holiday: ${name}`,
    bookingReminderTitle: "Reminder: Borgertun",
    bookingReminder: (when, purpose, org) => `You have booked Borgertun ${when} for "${purpose}" (${org}).`,
    bookingReminderCancel: (button) => `Can't use the room after all? Press "${button}" so others can have the time.`,
    bookingCancel: "Cancel booking",
  },
};
