/**
 * Nynorsk for the question layer: the words that mark a question as nynorsk, example questions
 * of every kind, and the texts answers are composed from. Document text (mandates, tiltak, the
 * vision, group names) is bokmål in the documents and is quoted as written, not translated.
 */
import type { TiltakStatus } from "../../domain/tiltak.js";
import type { Choice } from "../answerTypes.js";
import type { HelpTopic } from "../help.js";
import type { QuestionExamples, TargetedIntent } from "../question.js";
import type { QaTexts } from "./nb.js";

type Named = { name: string; nameEn?: string };

const examples: QuestionExamples = {
  groupMembers: ["Kven sit i Husrådet?"],
  personGroups: ["Kva grupper sit Karen Haugvaldstad i?"],
  representedIn: ["Er BEHO representert i brukarpanelet?"],
  mandate: ["Kva er mandatet til faggruppe for registre?"],
  coordinator: ["Kven er Alrek-koordinator?"],
  partners: ["Kven er partnarane i Alrek?"],
  partnerCheck: ["Er NORCE ein partnar i klynga?"],
  groupLeader: ["Kven leiar faggruppa for barn og unge?"],
  personContact: ["Korleis kontaktar eg Karen Haugvaldstad?"],
  location: ["Kvar ligg Alrek?"],
  about: ["Kva er Alrek?"],
  forum: ["Kva er Alrekforum?"],
  listGroups: ["Kva grupper finst?"],
  // "hjelp" is bokmål too; an example must tell its language without the locale.
  help: ["Kva kan eg spørje om?", "Kva kan du hjelpe meg med?"],
  thanks: ["Tusen takk for hjelpa!"],
  upcomingEvents: ["Kva skjer framover?"],
  eventsInPeriod: ["Kva skjer neste månad?"],
  nextEvent: ["Når kjem neste fredagspresentasjon?", "Når kjem Alrek helsedager?"],
  tiltakByArea: ["Kva tiltak har vi for utdanning for framtida?"],
  allTiltak: ["Vis alle tiltaka"],
  tiltakDetail: ["Kva er tiltak nummer 6?", "Kva går det fjerde tiltaket ut på?"],
  tiltakStatus: ["Kva er status for tiltaka?"],
  tiltakResponsible: ["Kven har ansvar for kommunikasjonsplanen?"],
  ambiguous: ["Kven er Anne?"],
  needsSubject: ["Kven leiar den?"],
  notInDocuments: ["Kor mange er det plass til i Borgertun?"],
  passage: ["Kva seier dokumenta om mikrofonane?"],
  overdueTiltak: ["Kva tiltak er forseinka?"],
  unknown: ["Kven sit i fotballaget?"],
};

/** The button question for each targeted intent, phrased so it resolves to exactly that target. */
const askFor: { readonly [K in TargetedIntent]: (target: Named) => string } = {
  groupMembers: (t) => `Kven sit i ${t.name}?`,
  mandate: (t) => `Kva er mandatet til ${t.name}?`,
  representedIn: (t) => `Er BEHO representert i ${t.name}?`,
  personGroups: (t) => `Kva grupper sit ${t.name} i?`,
};

const tiltakStatus: Readonly<Record<TiltakStatus, string>> = {
  planned: "Planlagt",
  in_progress: "Pågår",
  done: "Fullført",
  stopped: "Stoppa",
};

const helpTopics: Readonly<Record<HelpTopic, string>> = {
  representation: "Representasjon",
  events: "Arrangement",
  plan: "Handlingsplanen",
};

// The commands are handled by the bot's command routes, not by question answering; listed in the help so people find them.
const commands: readonly (Choice & { description: string })[] = [
  { label: "abonner", question: "abonner", description: "Få påminningar om arrangement i denne samtalen." },
  { label: "avslutt abonnement", question: "avslutt abonnement", description: "Slutt å få påminningar her." },
  { label: "påminningar", question: "påminningar", description: "Sjå påminningane som er sette opp." },
  { label: "ny hending", question: "ny hending", description: "Legg inn eit nytt arrangement (for redaktørar)." },
];

export const nn: QaTexts = {
  /**
   * Folded words that mark a question as nynorsk. Words nynorsk shares with bokmål ("er", "når",
   * "tiltak") are listed in both, so they count for both and decide nothing between them; they
   * still tell a Norwegian question from an English one.
   */
  questionWords: [
    // nynorsk only
    "kven",
    "kva",
    "kvar",
    "kvifor",
    "korleis",
    "kor",
    "sit",
    "ligg",
    "finst",
    "eg",
    "nokon",
    "noko",
    "ikkje",
    "medlemer",
    "medlemene",
    "partnarane",
    "partnarar",
    "brukarpanelet",
    "brukarpanel",
    "ein",
    "eit",
    "dei",
    "ho",
    "heiter",
    "berre",
    "heile",
    "sja",
    "fortel",
    "gje",
    "saman",
    "vere",
    "komande",
    "kjem",
    "hendingar",
    "hending",
    "hendingane",
    "arrangementa",
    "tiltaka",
    "ansvarleg",
    "ansvarlege",
    "manad",
    "manaden",
    "veke",
    "veka",
    "framtida",
    "paminning",
    "paminningar",
    "paminningane",
    "mota",
    "representantar",
    "einingar",
    "dykk",
    "kvart",
    "kvarandre",
    "ynskjer",
    "treng",
    "vart",
    "vert",
    "vore",
    "oppretta",
    "oppgava",
    "oppgavene",
    "leiar",
    "leier",
    "leiast",
    "sporje",
    "sporja",
    "hjelpa",
    "partnar",
    "klynga",
    "kontaktar",
    "honom",
    "hennar",
    "deira",
    "dokumenta",
    "jobbar",
    // shared with bokmål
    "nar",
    "er",
    "med",
    "og",
    "til",
    "fra",
    "hjelp",
    "gruppa",
    "grupper",
    "gruppene",
    "mandatet",
    "mandat",
    "representert",
    "kontoret",
    "kan",
    "du",
    "om",
    "det",
    "den",
    "alle",
    "vis",
    "meg",
    "pa",
    "av",
    "sin",
    "sine",
    "koordinator",
    "kontakt",
    "visjon",
    "visjonen",
    "etablert",
    "hei",
    "skjer",
    "neste",
    "framover",
    "tiltak",
    "ansvar",
    "denne",
    "gar",
    "morgon",
    "dag",
    "handlingsplan",
    "handlingsplanen",
    "januar",
    "februar",
    "mars",
    "mai",
    "juni",
    "juli",
    "oktober",
    "desember",
    "fredagspresentasjon",
    "fredagspresentasjonen",
    "fredagspresentasjonar",
    "abonner",
    "abonnement",
  ],
  examples,
  askFor,

  // Names as the documents write them.
  groupLabel: (g) => g.name,
  areaLabel: (a) => a.name,
  eventTitle: (e) => e.title,

  partnerYes: (name, partner, cluster, count) =>
    `Ja, ${name} er ein av dei ${count} partnarane i ${cluster}${partner === name ? "" : `: ${partner}`}.`,
  partnerNo: (name, cluster, count) =>
    `Nei, «${name}» er ikkje blant dei ${count} partnarane dokumentet listar for ${cluster}.`,
  leaderNamed: (group, leader) => `${group} vert leidd av ${leader}.`,
  leaderNamedFrom: (quote) => ` Dokumentet seier (på bokmål): «${quote}»`,
  leaderUnnamed: (group, quote) =>
    `Dokumentet seier at ein representant for ei eining leiar ${group}, men ikkje kven. Dokumentet (på bokmål): «${quote}»`,
  leaderUnknown: (group) => `Dokumenta seier ikkje kven som leiar ${group}.`,
  contactEmail: (person, email) => `${person} har e-post ${email}.`,
  contactSource: (source) => ` Kjelde: ${source}.`,
  contactNone: (person) => `Dokumenta oppgir ikkje e-post eller telefon for ${person}.`,
  phoneNone: (person) => `Dokumenta oppgir ikkje telefonnummer til ${person}.`,
  phoneButEmail: (email) => ` Dei oppgir e-post: ${email}.`,
  coordinatorProject:
    "Ho jobbar òg 50 % som prosjektkoordinator for UiB-prosjektet FRONESIS, ifølgje nyheitssaka frå 17.10.2022.",
  notInDocuments: {
    capacity: (subject) => `Dokumenta seier ikkje kor mange det er plass til${subject ? ` i ${subject}` : ""}.`,
    phone: (subject) => `Dokumenta oppgir ingen telefonnummer${subject ? ` for ${subject}` : ""}.`,
    parking: () => "Dokumenta seier ikkje noko om parkering.",
    price: () => "Dokumenta seier ikkje noko om prisar.",
    background: (subject) => `Dokumenta seier ikkje noko om bakgrunnen til ${subject ?? "denne personen"}.`,
    leader: (subject) => `Dokumenta seier ikkje kven som leiar ${subject ?? "dette"}.`,
    other: () => "Dokumenta seier ikkje noko om dette.",
  },
  needsSubject: (pronoun) =>
    pronoun
      ? `Kven eller kva meiner du med «${pronoun}»? Spør gjerne med namnet.`
      : "Kva gjeld spørsmålet? Spør gjerne med namnet.",
  thanks: "Berre hyggeleg! Spør gjerne om meir.",
  helpChoice: { label: "Kva kan eg spørje om?", question: "Kva kan eg spørje om?" },
  passageLead: (quote) => `Dette står i dokumentet, på bokmål: «${quote}»`,
  passageSource: (document, section) => ` (${document}, «${section}».)`,
  documentedLead: {
    "koordinator-bakgrunn":
      "Karen Haugvaldstad er klinisk ernæringsfysiolog og byrja i Bergen kommune hausten 2020, først i Etat for håndtering av Covid-19 og så i USHT Vestland.",
    "koordinator-prosjekt": "Karen Haugvaldstad jobbar òg 50 % som prosjektkoordinator for UiB-prosjektet FRONESIS.",
    "koordinator-stilling":
      "Karen Haugvaldstad er intern Alrek-koordinator i rådgjevarteamet Kunnskapskommunen Helse Omsorg Vest.",
  },
  alsoAsked: (labels) => ` Du spurde òg om: ${labels}.`,

  didYouMean: (labels) => ` Meinte du: ${labels}?`,
  helpHint: " Skriv «hjelp» for døme.",
  notFound: (query, hint) => `Eg fann inga gruppe eller person som passar til «${query}».${hint}`,
  notFoundPerson: (name) => `Eg finn ingen person som heiter «${name}» i dokumenta.`,
  notFoundGroup: (query) => `Eg finn inga slik gruppe i dokumenta: «${query}».`,
  dateWithoutTime: (date) => `${date} (klokkeslett ikkje sett)`,
  holidayMark: (holiday, confirmed) =>
    confirmed ? `fell på ${holiday}, stadfesta` : `fell på ${holiday}; ikkje stadfesta at det blir noko av`,
  skippedHolidays: (list) => ` Hoppa over fordi det er heilagdag og ikkje stadfesta: ${list}.`,
  whichOne: (labels) => `Kven av dei meiner du? ${labels}.`,
  tooLong: (length, limit) =>
    `Meldinga er for lang for meg (${length} teikn). Still spørsmålet med høgst ${limit} teikn.`,

  // A sentence of our own, then the document's (bokmål) sentence as a quote.
  notRepresented: (note) => `BEHO er ikkje med i dette panelet. Dokumentet seier: «${note}»`,
  rotates: " Rullerer.",
  noMembers: (group) => `${group}: ingen medlemer er førte opp.`,
  members: (group, list) => `BEHO i ${group}: ${list}.`,
  representedNo: (group, reason) => `Nei. ${group}: ${reason}`,
  representedYes: (group, how, names) => `Ja, BEHO er representert i ${group}.${how} ${names}.`,
  mandate: (group, mandate) => `Mandatet til ${group}: «${mandate}»`,
  noMandate: (group) => `Dokumentet oppgir ikkje noko mandat for ${group}.`,
  seatedYes: (person, group, detail) => `Ja, ${person} sit i ${group}${detail}.`,
  seatedNo: (person, group, others) => `Nei, ${person} sit ikkje i ${group} for BEHO.${others}`,
  seatedOthers: (group, list) => ` BEHO i ${group}: ${list}.`,
  roleHolder: (role, person) => `${role.charAt(0).toUpperCase()}${role.slice(1)}: ${person}.`,
  documented: (_title, source, quotes) => `Frå ${source}, på bokmål: «${quotes}»`,
  documentedMissing: "Dokumenta som er lagde inn, seier ikkje noko om dette.",
  unnamedRole: (role, where, quote) =>
    `Dokumenta nemner ${role} i ${where} («${quote}»), men oppgir ikkje kven det er.`,
  personNoSeat: (person) => `${person} sit ikkje i nokon av gruppene som er førte opp.`,
  personSeats: (person, list) => `${person} sit i: ${list}.`,

  coordinator: (who, _title, email) => `Den interne Alrek-koordinatoren til BEHO er ${who}. E-post: ${email}.`,
  partners: (cluster, count, list) => `${cluster} består av ${count} partnarar: ${list}.`,
  location: (cluster, address, city, office, room) =>
    `${cluster} ligg i ${address}, ${city}. Kontorlokala til BEHO: ${office}. Møtelokalet heiter ${room}.`,
  aboutEstablished: (cluster, year) =>
    `${cluster} vart formelt etablert i ${year}, som eit initiativ frå Universitetet i Bergen (UiB).`,
  aboutVision: (vision) => `Visjonen: «${vision}»`,
  aboutFocusAreas: (areas) => `Fire satsingsområde: ${areas}.`,
  aboutGeneral: (cluster, partners, address, city) =>
    `${cluster} samlar ${partners} partnarar om forsking, utdanning, innovasjon og formidling på helsefeltet, i ${address}, ${city}.`,
  forumLead: (leader) => ` Vert leidd av ${leader}.`,
  forum: (name, established, count, lead) =>
    `${name} vart oppretta ${established}. Forumet består av representantane til BEHO i gruppene i klynga (${count} personar).${lead}`,
  groupList: (labels) => `Grupper: ${labels}.`,

  helpTopics,
  commands,
  help: (sample, commandList) =>
    `Spør meg om representasjonen til BEHO i Alrek helseklynge, arrangement og handlingsplanen. Til dømes: ${sample} Kommandoar: ${commandList}.`,

  dateNotSet: (yearly) => (yearly ? "årleg, dato ikkje sett" : "dato ikkje sett"),
  undatedList: (list) => ` Dato ikkje sett: ${list}.`,
  upcoming: (list) => `Dette skjer framover: ${list}.`,
  noUpcoming: "Ingen arrangement med dato dei neste tre månadene.",
  eventsIn: (phrase, list) => `Hendingar ${phrase}: ${list}.`,
  noEventsIn: (phrase) => `Ingen hendingar ${phrase}.`,
  undatedCount: (count) => ` ${count} arrangement har ikkje fått dato enno.`,
  nextOn: (title, when, place) => `${title}: neste gong ${when}${place}.`,
  notSetYearlyLine: (title) =>
    `${title}: dato ikkje sett. Arrangementet er årleg; datoen vert lagd inn når han er kjend.`,
  notSetLine: (title) => `${title}: dato ikkje sett.`,
  noUpcomingDateLine: (title) => `${title}: ingen komande dato.`,
  nextMonthLabel: (month) => `Neste månad (${month})`,
  monthAfterLabel: "Månaden etter",
  monthQuestion: (month) => `Kva skjer i ${month}?`,
  upcomingChoice: { label: "Komande arrangement", question: "Kva skjer framover?" },
  inMonth: (month) => `i ${month}`,
  today: "i dag",
  tomorrow: "i morgon",
  thisWeek: "denne veka",
  nextWeek: "neste veke",

  tiltakStatus,
  noPlan: "Ingen handlingsplan er registrert enno.",
  noMeasures: "ingen tiltak.",
  measuresFor: (area, list) => `Tiltak for ${area}: ${list}`,
  allTiltak: (plan, total, areaCount, counts) =>
    `${plan} har ${total} tiltak i ${areaCount} satsingsområde: ${counts}.`,
  planStatus: (plan, total, counts, percent, byArea) =>
    `${plan}: ${total} tiltak – ${counts}. Framdrift ${percent} %. Per område: ${byArea}.`,
  tiltakLine: (text, status, responsible) => `${text} – ${status}; ansvar: ${responsible}`,
  responsibleLine: (text, responsible, status) => `«${text}» – ansvar: ${responsible}; status: ${status}.`,
  periodEnded: (years) =>
    `Planperioden ${years} er avslutta; ny plan er ikkje lagd inn. Redaktørar kan opprette neste planperiode i fana (Status) og ta med tiltak vidare.`,
  overdue: (count, list) => `${count} tiltak er forseinka (fristen er passert, og tiltaket er ikkje fullført): ${list}`,
  overdueLine: (text, due, status) => `«${text}» – frist ${due}; ${status}.`,
  noneOverdue: (withDueDate) =>
    withDueDate === 0
      ? "Ingen tiltak er forseinka: ingen tiltak har fått frist enno."
      : `Ingen tiltak er forseinka (${withDueDate} har frist).`,
  showAllTiltak: { label: "Vis alle tiltaka", question: "Vis alle tiltaka" },
  showFullList: { label: "Vis heile lista", question: "Vis heile lista over tiltaka" },
  generalResponsibilityChoice: { label: "Ansvar for planen", question: "Kven har ansvar for planen?" },
  tiltakDetail: (number, area, text, status, responsible) =>
    `Tiltak ${number}, under ${area}. Tiltaket, på bokmål: «${text}» Status: ${status.toLowerCase()}. Ansvar: ${responsible}.`,
  noSuchTiltak: (number, total) => `Handlingsplanen har ${total} tiltak; det finst ikkje noko tiltak nummer ${number}.`,
  periodEndedShort: (years) => `Planperioden ${years} er avslutta.`,
  planStatusChoice: { label: "Status for planen", question: "Kva er status for tiltaka?" },
  /** "Ansvar og oppfølging" is document text: quoted in the plan's own (bokmål) wording. */
  planResponsibility: [
    "Kommunaldirektør er overordnet ansvarlig for BEHO sin deltakelse i helseklyngen og fordeler ansvar og ressurser i tråd med behov.",
    "Koordinator har et særskilt ansvar for oppfølging av denne planen med oppgaver som skissert i avsnittet «effektiv organisering».",
    "Alle byrådsavdelingens medarbeidere og ledere har et felles ansvar for å se til klyngen og bidra til implementering av tiltakene når det er naturlig i kraft av egen stilling og ansvarsområde.",
    "Rapportering på fremdrift av planen skal skje til kommunaldirektørens ledergruppe.",
  ],
};
