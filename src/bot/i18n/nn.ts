/**
 * Nynorsk texts of the bot's cards and replies, and the words of its commands. Names and
 * document text (group names, mandates, tiltak) are bokmål in the data and shown as written.
 */
import type { EventKind } from "../../domain/events.js";
import type { EventFormField } from "../cards/eventFormCard.js";
import type { BotTexts } from "./nb.js";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const kindLabels: Readonly<Record<EventKind, string>> = {
  meeting: "Møte",
  conference: "Konferanse",
  presentation: "Presentasjon",
  workshop: "Workshop",
  deadline: "Frist",
};
const kindNames: Readonly<Record<EventKind, string>> = {
  meeting: "møte",
  conference: "konferansar",
  presentation: "presentasjonar",
  workshop: "workshopar",
  deadline: "fristar",
};
const kindNamesCapital: Readonly<Record<EventKind, string>> = {
  meeting: "Møte",
  conference: "Konferansar",
  presentation: "Presentasjonar",
  workshop: "Workshopar",
  deadline: "Fristar",
};

/** The form's problems in nynorsk, told apart by the words of the (English) event rule. */
function formError(field: EventFormField, message: string): string {
  switch (field) {
    case "title":
      return /required/.test(message) ? "Tittel må fyllast ut" : "Tittelen kan ha høgst 200 teikn";
    case "kind":
      return "Vel ein type";
    case "endDate":
      return /after start/.test(message)
        ? "Slutt må vere etter start"
        : /needs a start/.test(message)
          ? "Slutt krev ein start"
          : /must be between/.test(message)
            ? "Datoen må vere mellom år 2000 og 2100"
            : "Ugyldig dato eller klokkeslett";
    case "link":
      return "Lenkja må vere ei nettadresse som byrjar med https://";
    case "reminders":
      return "Skriv varigheiter som P7D eller PT1H, skilde med komma (høgst P90D)";
    case "startDate":
      return /must be between/.test(message)
        ? "Datoen må vere mellom år 2000 og 2100"
        : "Ugyldig dato eller klokkeslett";
    default:
      return "Teksten er for lang";
  }
}

export const nn: BotTexts = {
  commandWords: {
    subscribe: ["abonner", "abonnere"],
    unsubscribe: ["avslutt abonnement", "avslutt abonnementet", "stopp", "stopp paminningar", "stopp paminningane"],
    listReminders: ["paminningar", "mine paminningar", "paminningane"],
    newEvent: ["ny hending", "nytt arrangement"],
    kinds: {
      meeting: ["mote", "mota"],
      conference: ["konferanse", "konferansar", "konferansane"],
      presentation: [
        "presentasjon",
        "presentasjonar",
        "presentasjonane",
        "fredagspresentasjon",
        "fredagspresentasjonar",
        "fredagspresentasjonane",
      ],
      workshop: ["arbeidsverkstad", "arbeidsverkstader", "workshop", "workshopar"],
      deadline: ["frist", "fristar", "fristane"],
    },
    fillers: ["og", "for", "om", "pa", "til", "alle", "berre"],
  },

  clarify: {
    whichOne: "Kven av dei meiner du?",
    notFound: "Eg fann inga gruppe eller person som passar til:",
    didYouMean: "Meinte du:",
    tooLong: "Meldinga er for lang",
    showExamples: "Vis døme",
    helpQuestion: "hjelp",
  },

  groups: {
    mandate: "Mandat",
    noMandate: "Dokumentet oppgir ikkje noko mandat.",
    representedYes: "Ja, BEHO er representert.",
    representedNo: "Nei, BEHO er ikkje representert.",
    // The document's note is bokmål and close enough to read as it stands.
    notRepresentedGloss: "",
    members: "Medlemene til BEHO",
    noSeat: "Sit ikkje i nokon av gruppene som er førte opp.",
    groupsHeading: "Grupper",
    sendEmail: "Send e-post",
  },

  facts: {
    coordinator: "Intern Alrek-koordinator",
    unit: "Eining",
    email: "E-post",
    partnersOf: (cluster) => `Partnarane i ${cluster}`,
    address: "Adresse",
    offices: "Kontora til BEHO",
    meetingRoom: "Møtelokale",
    established: (year, partners) =>
      `Formelt etablert i ${year}, som eit initiativ frå Universitetet i Bergen (UiB). ${partners} partnarar.`,
    focusAreas: "Satsingsområde",
    vision: "Visjon",
    forumEstablished: (established) => `Oppretta ${established}.`,
    leader: "Leiar",
    members: "Medlemer",
  },

  help: {
    heading: "Kva kan eg spørje om?",
    intro:
      "Spør om kven som representerer BEHO i gruppene i Alrek helseklynge, kva grupper ein person sit i, mandat, koordinator, partnarar og adresse – og om arrangement og tiltaka i handlingsplanen.",
    examples: "Døme",
    commands: "Kommandoar",
    groupsHeading: "Grupper i Alrek helseklynge",
    pickGroup: "Vel ei gruppe for å sjå kven som sit der for BEHO.",
  },

  events: {
    moved: " (flytta)",
    notSet: (yearly) => (yearly ? "årleg, dato ikkje sett" : "dato ikkje sett"),
    undatedHeading: "Dato ikkje sett",
    upcomingHeading: "Kva skjer framover",
    noUpcoming: "Ingen arrangement med dato dei neste tre månadene.",
    eventsIn: (phrase) => `Hendingar ${phrase}`,
    noEventsIn: (phrase) => `Ingen hendingar ${phrase}.`,
    undatedCount: (count) => `${count} arrangement har ikkje fått dato enno.`,
    next: (when) => `Neste gong: ${when}`,
    notSetYearly: "Dato ikkje sett. Arrangementet er årleg.",
    notSetOnce: "Dato ikkje sett.",
    noUpcomingDate: "Ingen komande dato.",
    skippedHoliday: (when, holiday) => `Hoppa over: ${when} fell på ${holiday} og er ikkje stadfesta.`,
    place: "Stad",
    organiser: "Arrangør",
  },

  tiltak: {
    responsibleShort: "Ansvar",
    noMeasures: "Ingen tiltak.",
    noPlan: "Ingen handlingsplan er registrert enno.",
    measures: "Tiltak",
    allMeasures: (total) => `Alle tiltak (${total})`,
    planStatus: "Status for handlingsplanen",
    totals: (total, percent) => `${total} tiltak · framdrift ${percent} %`,
    byArea: "Per satsingsområde",
    areaProgress: (percent, done, total) => `${percent} % (${done} av ${total} fullførte)`,
    responsibilityHeading: "Ansvar",
    responsible: "Ansvarleg",
    status: "Status",
    area: "Satsingsområde",
    followUp: "Ansvar og oppfølging (handlingsplanen)",
    overdueHeading: "Forseinka tiltak",
    dueDate: "Frist",
    milestone: "Milepæl",
    noneOverdue: "Ingen tiltak er forseinka.",
  },

  reminders: {
    kindNames,
    kindNamesCapital,
    allEvents: "alle hendingar",
    and: "og",
    sameDayAt: (time) => `same dag kl. ${time}`,
    dayBeforeAt: (time) => `dagen før kl. ${time}`,
    daysBeforeAt: (days, time) => `${days} dagar før kl. ${time}`,
    days: (n) => plural(n, "dag", "dagar"),
    hours: (n) => plural(n, "time", "timar"),
    minutes: (n) => plural(n, "minutt", "minutt"),
    before: "før",
    noneSoon: "Ingen påminningar dei neste 60 dagane.",
    on: "Påminningar er slått på",
    getsAbout: (kinds) => `Denne samtalen får påminningar om ${kinds}.`,
    whenTheyCome: "Når påminningane kjem",
    ownTimes: "Ei hending kan ha eigne tidspunkt for påminningar.",
    next: "Dei neste påminningane",
    howToStop: "Skriv «avslutt abonnement» for å slå dei av.",
    here: "Påminningar i denne samtalen",
    subscribedTo: (kinds) => `Abonnement på ${kinds}.`,
    onFor: (kinds) => `Påminningar er slått på for ${kinds}.`,
    noSubscription: "Denne samtalen har ikkje noko abonnement på påminningar.",
    noneTitle: "Ingen påminningar",
    off: "Påminningane er slått av for denne samtalen. Skriv «abonner» for å slå dei på att.",
    offTitle: "Abonnementet er avslutta",
    noneHere:
      "Denne samtalen har ingen påminningar. Skriv «abonner» for alle hendingar, eller til dømes «abonner møte og fristar».",
    summary: (kinds, count) => `Abonnement på ${kinds}; ${count} påminningar dei neste 60 dagane.`,
  },

  form: {
    kindLabels,
    heading: "Ny hending",
    fixFields: "Noko må rettast før hendinga kan lagrast.",
    title: "Tittel",
    titleRequired: "Tittel må fyllast ut",
    kind: "Type",
    startDate: "Startdato",
    endDate: "Sluttdato",
    time: "Klokkeslett",
    place: "Stad",
    description: "Skildring",
    link: "Lenkje",
    reminders: "Påminningar (før start, kommaseparert)",
    remindersHint: "Tomt felt gjev standard påminningar for typen. P7D = 7 dagar, PT1H = 1 time.",
    save: "Lagre",
    chooseDate: "Vel ein dato til klokkeslettet",
    chooseTime: "Vel eit klokkeslett til datoen",
    formError,
    editorsOnly:
      "Orsak, berre redaktørar kan leggje inn hendingar. Ta kontakt med Alrek-koordinatoren om du treng tilgang.",
    fillIn: "Fyll ut skjemaet for å leggje inn ei hending.",
    notSaved: "Hendinga er ikkje lagra: noko må rettast.",
    noDate: "utan dato",
    saved: (title, when) => `Lagra: «${title}», ${when}.`,
  },

  turnFailed: "Orsak, noko gjekk gale hjå meg. Prøv igjen om litt.",
};
