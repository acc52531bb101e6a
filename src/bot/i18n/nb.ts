/**
 * Bokmål texts of the bot's cards and replies, and the words of its commands. The entries here
 * are the set every language must provide (`BotTexts`): a language is one file like this one.
 * Names and document text (group names, mandates, tiltak) come from the data and are shown as
 * written; only the words around them are here.
 */
import type { EventKind } from "../../domain/events.js";
import type { EventFormField } from "../cards/eventFormCard.js";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const kindLabels: Readonly<Record<EventKind, string>> = {
  meeting: "Møte",
  conference: "Konferanse",
  presentation: "Presentasjon",
  workshop: "Workshop",
  deadline: "Frist",
};
const kindNames: Readonly<Record<EventKind, string>> = {
  meeting: "møter",
  conference: "konferanser",
  presentation: "presentasjoner",
  workshop: "workshoper",
  deadline: "frister",
};
const kindNamesCapital: Readonly<Record<EventKind, string>> = {
  meeting: "Møter",
  conference: "Konferanser",
  presentation: "Presentasjoner",
  workshop: "Workshoper",
  deadline: "Frister",
};

/**
 * The form's problems in bokmål. Event validation (domain/eventRules) words its rules in
 * English for the API; here each field gets its own sentence, told apart by the rule's words.
 */
function formError(field: EventFormField, message: string): string {
  switch (field) {
    case "title":
      return /required/.test(message) ? "Tittel må fylles ut" : "Tittelen kan ha høyst 200 tegn";
    case "kind":
      return "Velg en type";
    case "endDate":
      return /after start/.test(message)
        ? "Slutt må være etter start"
        : /needs a start/.test(message)
          ? "Slutt krever en start"
          : /must be between/.test(message)
            ? "Datoen må være mellom år 2000 og 2100"
            : "Ugyldig dato eller klokkeslett";
    case "link":
      return "Lenken må være en nettadresse som begynner med https://";
    case "reminders":
      return "Skriv varigheter som P7D eller PT1H, skilt med komma (høyst P90D)";
    case "startDate":
      return /must be between/.test(message)
        ? "Datoen må være mellom år 2000 og 2100"
        : "Ugyldig dato eller klokkeslett";
    default:
      return "Teksten er for lang";
  }
}

export const nb = {
  /**
   * Whole-message commands, as folded words (domain/fold). A word listed in two languages
   * ("workshop") does not decide the command's language.
   */
  commandWords: {
    /** The first word of a subscription ("abonner møter og frister"). */
    subscribe: ["abonner", "abonnere"],
    /** Whole messages, words joined by single spaces. */
    unsubscribe: ["avslutt abonnement", "avslutt abonnementet", "stopp", "stopp paminnelser", "stopp paminnelsene"],
    listReminders: ["paminnelser", "mine paminnelser"],
    newEvent: ["ny hendelse"],
    /** Words naming a kind of event after "abonner". */
    kinds: {
      meeting: ["mote", "moter", "motene"],
      conference: ["konferanse", "konferanser", "konferansene"],
      presentation: [
        "presentasjon",
        "presentasjoner",
        "presentasjonene",
        "fredagspresentasjon",
        "fredagspresentasjoner",
        "fredagspresentasjonene",
      ],
      workshop: ["arbeidsverksted", "arbeidsverksteder", "arbeidsverkstedene", "workshop", "workshops"],
      deadline: ["frist", "frister", "fristene"],
    } satisfies Record<EventKind, string[]>,
    /** Words between the kinds that mean nothing ("og", "alle"). */
    fillers: ["og", "for", "om", "pa", "til", "alle", "kun", "bare"],
  },

  /** Answer cards that are not found, ambiguous or too long. */
  clarify: {
    whichOne: "Hvilken mener du?",
    notFound: "Jeg fant ingen gruppe eller person som passer til:",
    didYouMean: "Mente du:",
    tooLong: "Meldingen er for lang",
    showExamples: "Vis eksempler",
    /** The question the "show examples" button sends. */
    helpQuestion: "hjelp",
  },

  groups: {
    mandate: "Mandat",
    noMandate: "Dokumentet oppgir ikke noe mandat.",
    representedYes: "Ja, BEHO er representert.",
    representedNo: "Nei, BEHO er ikke representert.",
    /** Said under the document's (bokmål) "not to be represented" note; empty when the note needs no gloss. */
    notRepresentedGloss: "",
    members: "BEHO sine medlemmer",
    noSeat: "Sitter ikke i noen av gruppene som er oppført.",
    groupsHeading: "Grupper",
    sendEmail: "Send e-post",
  },

  facts: {
    coordinator: "Intern Alrek-koordinator",
    unit: "Enhet",
    email: "E-post",
    partnersOf: (cluster: string) => `Partnerne i ${cluster}`,
    address: "Adresse",
    offices: "BEHO sine kontorer",
    meetingRoom: "Møtelokale",
    established: (year: number, partners: number) =>
      `Formelt etablert i ${year}, som et initiativ fra Universitetet i Bergen (UiB). ${partners} partnere.`,
    focusAreas: "Satsingsområder",
    vision: "Visjon",
    forumEstablished: (established: string) => `Opprettet ${established}.`,
    leader: "Leder",
    members: "Medlemmer",
  },

  help: {
    heading: "Hva kan jeg spørre om?",
    intro:
      "Spør om hvem som representerer BEHO i gruppene i Alrek helseklynge, hvilke grupper en person sitter i, mandater, koordinator, partnere og adresse – og om arrangementer og tiltakene i handlingsplanen.",
    examples: "Eksempler",
    commands: "Kommandoer",
    groupsHeading: "Grupper i Alrek helseklynge",
    pickGroup: "Velg en gruppe for å se hvem som sitter der for BEHO.",
  },

  events: {
    moved: " (flyttet)",
    notSet: (yearly: boolean): string => (yearly ? "årlig, dato ikke satt" : "dato ikke satt"),
    undatedHeading: "Dato ikke satt",
    upcomingHeading: "Hva skjer fremover",
    noUpcoming: "Ingen arrangementer med dato de neste tre månedene.",
    eventsIn: (phrase: string) => `Hendelser ${phrase}`,
    noEventsIn: (phrase: string) => `Ingen hendelser ${phrase}.`,
    undatedCount: (count: number) => `${count} arrangementer har ikke fått dato ennå.`,
    next: (when: string) => `Neste gang: ${when}`,
    notSetYearly: "Dato ikke satt. Arrangementet er årlig.",
    notSetOnce: "Dato ikke satt.",
    noUpcomingDate: "Ingen kommende dato.",
    /** A holiday date passed over by "next" (not confirmed by an editor). */
    skippedHoliday: (when: string, holiday: string) =>
      `Hoppet over: ${when} faller på ${holiday} og er ikke bekreftet.`,
    place: "Sted",
    organiser: "Arrangør",
  },

  tiltak: {
    /** Before the responsible, on a tiltak's status line. */
    responsibleShort: "Ansvar",
    noMeasures: "Ingen tiltak.",
    noPlan: "Ingen handlingsplan er registrert ennå.",
    measures: "Tiltak",
    allMeasures: (total: number) => `Alle tiltak (${total})`,
    planStatus: "Status for handlingsplanen",
    totals: (total: number, percent: number) => `${total} tiltak · fremdrift ${percent} %`,
    byArea: "Per satsingsområde",
    areaProgress: (percent: number, done: number, total: number) => `${percent} % (${done} av ${total} fullført)`,
    responsibilityHeading: "Ansvar",
    responsible: "Ansvarlig",
    status: "Status",
    area: "Satsingsområde",
    followUp: "Ansvar og oppfølging (handlingsplanen)",
    overdueHeading: "Forsinkede tiltak",
    dueDate: "Frist",
    milestone: "Milepæl",
    noneOverdue: "Ingen tiltak er forsinket.",
  },

  reminders: {
    kindNames,
    kindNamesCapital,
    allEvents: "alle hendelser",
    and: "og",
    sameDayAt: (time: string) => `samme dag kl. ${time}`,
    dayBeforeAt: (time: string) => `dagen før kl. ${time}`,
    daysBeforeAt: (days: number, time: string) => `${days} dager før kl. ${time}`,
    days: (n: number) => plural(n, "dag", "dager"),
    hours: (n: number) => plural(n, "time", "timer"),
    minutes: (n: number) => plural(n, "minutt", "minutter"),
    before: "før",
    noneSoon: "Ingen påminnelser de neste 60 dagene.",
    on: "Påminnelser er slått på",
    getsAbout: (kinds: string) => `Denne samtalen får påminnelser om ${kinds}.`,
    whenTheyCome: "Når påminnelsene kommer",
    ownTimes: "En hendelse kan ha egne tidspunkter for påminnelser.",
    next: "De neste påminnelsene",
    howToStop: "Skriv «avslutt abonnement» for å slå dem av.",
    here: "Påminnelser i denne samtalen",
    subscribedTo: (kinds: string) => `Abonnement på ${kinds}.`,
    onFor: (kinds: string) => `Påminnelser er slått på for ${kinds}.`,
    noSubscription: "Denne samtalen har ikke noe abonnement på påminnelser.",
    noneTitle: "Ingen påminnelser",
    off: "Påminnelsene er slått av for denne samtalen. Skriv «abonner» for å slå dem på igjen.",
    offTitle: "Abonnementet er avsluttet",
    noneHere:
      "Denne samtalen har ingen påminnelser. Skriv «abonner» for alle hendelser, eller for eksempel «abonner møter og frister».",
    summary: (kinds: string, count: number) => `Abonnement på ${kinds}; ${count} påminnelser de neste 60 dagene.`,
  },

  form: {
    kindLabels,
    heading: "Ny hendelse",
    fixFields: "Noe må rettes før hendelsen kan lagres.",
    title: "Tittel",
    titleRequired: "Tittel må fylles ut",
    kind: "Type",
    startDate: "Startdato",
    endDate: "Sluttdato",
    time: "Klokkeslett",
    place: "Sted",
    description: "Beskrivelse",
    link: "Lenke",
    reminders: "Påminnelser (før start, kommaseparert)",
    remindersHint: "Tomt felt gir standard påminnelser for typen. P7D = 7 dager, PT1H = 1 time.",
    save: "Lagre",
    chooseDate: "Velg en dato til klokkeslettet",
    chooseTime: "Velg et klokkeslett til datoen",
    formError,
    editorsOnly:
      "Beklager, bare redaktører kan legge inn hendelser. Ta kontakt med Alrek-koordinatoren hvis du trenger tilgang.",
    fillIn: "Fyll ut skjemaet for å legge inn en hendelse.",
    notSaved: "Hendelsen er ikke lagret: noe må rettes.",
    noDate: "uten dato",
    saved: (title: string, when: string) => `Lagret: «${title}», ${when}.`,
  },

  /** The apology after a failed turn. */
  turnFailed: "Beklager, noe gikk galt hos meg. Prøv igjen om litt.",
};

/** The entries every language of the bot provides. */
export type BotTexts = typeof nb;
