/**
 * Bokmål for the question layer: the words that mark a question as bokmål, example questions of
 * every kind, and the texts answers are composed from. The entries here are the set every
 * language must provide (`QaTexts`). Document text (mandates, tiltak, vision) is passed in and
 * quoted as written; only the sentences around it are the catalogue's.
 */
import type { TiltakStatus } from "../../domain/tiltak.js";
import type { Choice } from "../answerTypes.js";
import type { HelpTopic } from "../help.js";
import type { QuestionExamples, TargetedIntent } from "../question.js";

/** Something with a document name and an English name (a group, an area). */
type Named = { name: string; nameEn?: string };

/** Example questions of every kind; the help shows those of its topics, a test parses each back. */
const examples: QuestionExamples = {
  groupMembers: ["Hvem sitter i Husrådet?"],
  personGroups: ["Hvilke grupper sitter Benedikte Paulsen i?"],
  representedIn: ["Er BEHO representert i brukerpanelet?"],
  mandate: ["Hva er mandatet til faggruppe for registre?"],
  coordinator: ["Hvem er Alrek-koordinator?"],
  partners: ["Hvem er partnerne i Alrek?"],
  partnerCheck: ["Er UiB med i Alrek?", "Er Helse Vest med i Alrek?"],
  groupLeader: ["Hvem leder Faggruppe for barn og unge?"],
  personContact: ["Hvordan kontakter jeg Karen Haugvaldstad?"],
  location: ["Hvor ligger Alrek?"],
  about: ["Hva er Alrek?"],
  forum: ["Hva er Alrekforum?"],
  listGroups: ["Hvilke grupper finnes?"],
  help: ["hjelp", "Hva kan jeg spørre om?"],
  thanks: ["Tusen takk!"],
  upcomingEvents: ["Hva skjer fremover?"],
  eventsInPeriod: ["Hva skjer neste måned?"],
  nextEvent: ["Når er neste fredagspresentasjon?", "Når er Alrek helsedager?"],
  tiltakByArea: ["Hvilke tiltak har vi for utdanning for fremtiden?"],
  allTiltak: ["Vis alle tiltak"],
  tiltakDetail: ["Hva er tiltak nummer 6?", "Hva går det fjerde tiltaket ut på?"],
  tiltakStatus: ["Hva er status på tiltakene?"],
  tiltakResponsible: ["Hvem har ansvar for kommunikasjonsplanen?"],
  overdueTiltak: ["Hvilke tiltak er forsinket?"],
  ambiguous: ["Anne"],
  needsSubject: ["Hvem leder den?"],
  notInDocuments: ["Hvor mange er det plass til i Borgertun?"],
  passage: ["Når kommer mikrofonene i Borgertun?"],
  unknown: ["Hvem sitter i fotballaget?"],
};

/** The button question for each targeted intent, phrased so it resolves to exactly that target. */
const askFor: { readonly [K in TargetedIntent]: (target: Named) => string } = {
  groupMembers: (t) => `Hvem sitter i ${t.name}?`,
  mandate: (t) => `Hva er mandatet til ${t.name}?`,
  representedIn: (t) => `Er BEHO representert i ${t.name}?`,
  personGroups: (t) => `Hvilke grupper sitter ${t.name} i?`,
};

const tiltakStatus: Readonly<Record<TiltakStatus, string>> = {
  planned: "Planlagt",
  in_progress: "Pågår",
  done: "Fullført",
  stopped: "Stoppet",
};

const helpTopics: Readonly<Record<HelpTopic, string>> = {
  representation: "Representasjon",
  events: "Arrangementer",
  plan: "Handlingsplanen",
};

// The commands are handled by the bot's command routes, not by question answering; listed in the help so people find them.
const commands: readonly (Choice & { description: string })[] = [
  { label: "abonner", question: "abonner", description: "Få påminnelser om arrangementer i denne samtalen." },
  { label: "avslutt abonnement", question: "avslutt abonnement", description: "Slutt å få påminnelser her." },
  { label: "påminnelser", question: "påminnelser", description: "Se påminnelsene som er satt opp." },
  { label: "ny hendelse", question: "ny hendelse", description: "Legg inn et nytt arrangement (for redaktører)." },
];

export const nb = {
  /**
   * Folded words (see domain/fold) that mark a question as written in this language. Words two
   * languages share ("forum") belong in neither list: they count for no language.
   */
  questionWords: [
    "hvem",
    "hva",
    "hvor",
    "hvilke",
    "hvilken",
    "hvilket",
    "nar",
    "er",
    "sitter",
    "med",
    "og",
    "til",
    "finnes",
    "ligger",
    "hjelp",
    "gruppa",
    "gruppene",
    "grupper",
    "mandatet",
    "mandat",
    "representert",
    "partnerne",
    "kontoret",
    "kan",
    "jeg",
    "du",
    "om",
    "det",
    "den",
    "noen",
    "alle",
    "vis",
    "meg",
    "fra",
    "ikke",
    "pa",
    "av",
    "sin",
    "sine",
    "hvordan",
    "hvorfor",
    "koordinator",
    "kontakt",
    "medlemmer",
    "visjon",
    "visjonen",
    "etablert",
    "hei",
    // events and the action plan
    "skjer",
    "neste",
    "kommende",
    "fremover",
    "framover",
    "arrangementer",
    "hendelser",
    "tiltak",
    "tiltakene",
    "ansvar",
    "ansvarlig",
    "maned",
    "uke",
    "uken",
    "denne",
    "gar",
    "morgen",
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
    "fredagspresentasjoner",
    "abonner",
    "abonnement",
    "paminnelser",
    "forsinket",
    "forsinkede",
    "fristen",
    "frister",
    "leder",
    "sporre",
    "hjelpen",
    "hennes",
    "hun",
    "dem",
    "deres",
    "dokumentene",
  ],
  examples,
  askFor,

  // Names in the answer language.
  groupLabel: (g: { name: string; nameEn: string }) => g.name,
  areaLabel: (a: Named) => a.name,
  eventTitle: (e: { title: string; titleEn?: string }) => e.title,

  // Not understood, or more than one target.
  didYouMean: (labels: string) => ` Mente du: ${labels}?`,
  helpHint: " Skriv «hjelp» for eksempler.",
  notFound: (query: string, hint: string) => `Jeg fant ingen gruppe eller person som passer til «${query}».${hint}`,
  notFoundPerson: (name: string) => `Jeg finner ingen person som heter «${name}» i dokumentene.`,
  notFoundGroup: (query: string) => `Jeg finner ingen slik gruppe i dokumentene: «${query}».`,
  whichOne: (labels: string) => `Hvilken mener du? ${labels}.`,
  tooLong: (length: number, limit: number) =>
    `Meldingen er for lang for meg (${length} tegn). Still spørsmålet med høyst ${limit} tegn.`,

  // Groups and people.
  notRepresented: (note: string) => note,
  rotates: " Rullerer.",
  noMembers: (group: string) => `${group}: ingen medlemmer er oppført.`,
  members: (group: string, list: string) => `BEHO i ${group}: ${list}.`,
  representedNo: (group: string, reason: string) => `Nei. ${group}: ${reason}`,
  representedYes: (group: string, how: string, names: string) => `Ja, BEHO er representert i ${group}.${how} ${names}.`,
  mandate: (group: string, mandate: string) => `Mandatet til ${group}: «${mandate}»`,
  noMandate: (group: string) => `Dokumentet oppgir ikke noe mandat for ${group}.`,
  seatedYes: (person: string, group: string, detail: string) => `Ja, ${person} sitter i ${group}${detail}.`,
  seatedNo: (person: string, group: string, others: string) =>
    `Nei, ${person} sitter ikke i ${group} for BEHO.${others}`,
  seatedOthers: (group: string, list: string) => ` BEHO i ${group}: ${list}.`,
  roleHolder: (role: string, person: string) => `${role.charAt(0).toUpperCase()}${role.slice(1)}: ${person}.`,
  personNoSeat: (person: string) => `${person} sitter ikke i noen av gruppene som er oppført.`,
  personSeats: (person: string, list: string) => `${person} sitter i: ${list}.`,

  // Facts about the cluster.
  coordinator: (who: string, _title: string, email: string) =>
    `BEHO sin interne Alrek-koordinator er ${who}. E-post: ${email}.`,
  partners: (cluster: string, count: number, list: string) => `${cluster} består av ${count} partnere: ${list}.`,
  location: (cluster: string, address: string, city: string, office: string, room: string) =>
    `${cluster} ligger i ${address}, ${city}. BEHO sine kontorlokaler: ${office}. Møtelokalet heter ${room}.`,
  aboutEstablished: (cluster: string, year: number) =>
    `${cluster} ble formelt etablert i ${year}, som et initiativ fra Universitetet i Bergen (UiB).`,
  aboutVision: (vision: string) => `Visjonen: «${vision}»`,
  aboutFocusAreas: (areas: string) => `Fire satsingsområder: ${areas}.`,
  aboutGeneral: (cluster: string, partners: number, address: string, city: string) =>
    `${cluster} samler ${partners} partnere om forskning, utdanning, innovasjon og formidling på helsefeltet, i ${address}, ${city}.`,
  documented: (_title: string, source: string, quotes: string) => `${quotes} Kilde: ${source}.`,
  documentedMissing: "Dokumentene som er lagt inn, sier ikke noe om dette.",
  unnamedRole: (role: string, where: string, quote: string) =>
    `Dokumentene nevner ${role} i ${where} («${quote}»), men oppgir ikke hvem det er.`,
  forumLead: (leader: string) => ` Ledes av ${leader}.`,
  forum: (name: string, established: string, count: number, lead: string) =>
    `${name} ble opprettet ${established}. Forumet består av BEHO sine representanter i klyngens grupper (${count} personer).${lead}`,
  groupList: (labels: string) => `Grupper: ${labels}.`,

  // Partners, leaders, contact.
  partnerYes: (name: string, partner: string, cluster: string, count: number) =>
    `Ja, ${name} er en av de ${count} partnerne i ${cluster}${partner === name ? "" : `: ${partner}`}.`,
  partnerNo: (name: string, cluster: string, count: number) =>
    `Nei, «${name}» er ikke blant de ${count} partnerne dokumentet lister for ${cluster}.`,
  leaderNamed: (group: string, leader: string) => `${group} ledes av ${leader}.`,
  leaderNamedFrom: (quote: string) => ` Dokumentet sier: «${quote}»`,
  leaderUnnamed: (group: string, quote: string) => `Dokumentet sier om ${group}: «${quote}» Det står ikke hvem det er.`,
  leaderUnknown: (group: string) => `Dokumentene sier ikke hvem som leder ${group}.`,
  contactEmail: (person: string, email: string) => `${person} har e-post ${email}.`,
  contactSource: (source: string) => ` Kilde: ${source}.`,
  contactNone: (person: string) => `Dokumentene oppgir ikke e-post eller telefon for ${person}.`,
  phoneNone: (person: string) => `Dokumentene oppgir ikke telefonnummer til ${person}.`,
  phoneButEmail: (email: string) => ` De oppgir e-post: ${email}.`,
  coordinatorProject:
    "Hun jobber også 50 % som prosjektkoordinator for UiB-prosjektet FRONESIS, ifølge nyhetssaken fra 17.10.2022.",

  // What the documents do not say, and follow-ups with nothing to refer to.
  notInDocuments: {
    capacity: (subject?: string) =>
      `Dokumentene sier ikke hvor mange det er plass til${subject ? ` i ${subject}` : ""}.`,
    phone: (subject?: string) => `Dokumentene oppgir ingen telefonnumre${subject ? ` for ${subject}` : ""}.`,
    parking: () => "Dokumentene sier ikke noe om parkering.",
    price: () => "Dokumentene sier ikke noe om priser.",
    background: (subject?: string) => `Dokumentene sier ikke noe om bakgrunnen til ${subject ?? "denne personen"}.`,
    leader: (subject?: string) => `Dokumentene sier ikke hvem som leder ${subject ?? "dette"}.`,
    other: () => "Dokumentene sier ikke noe om dette.",
  },
  needsSubject: (pronoun: string) =>
    pronoun
      ? `Hvem eller hva mener du med «${pronoun}»? Spør gjerne med navnet.`
      : "Hva gjelder spørsmålet? Spør gjerne med navnet.",
  thanks: "Bare hyggelig! Spør gjerne om mer.",
  helpChoice: { label: "Hva kan jeg spørre om?", question: "hjelp" },

  // Passages quoted from the documents.
  passageLead: (quote: string) => `Fra dokumentet: «${quote}»`,
  passageSource: (document: string, section: string) => ` (${document}, «${section}».)`,
  documentedLead: {} as Readonly<Record<string, string>>,

  // Several questions in one message.
  alsoAsked: (labels: string) => ` Du spurte også om: ${labels}.`,

  // Help.
  helpTopics,
  commands,
  help: (sample: string, commandList: string) =>
    `Spør meg om BEHO sin representasjon i Alrek helseklynge, arrangementer og handlingsplanen. For eksempel: ${sample} Kommandoer: ${commandList}.`,

  // Events.
  dateNotSet: (yearly: boolean): string => (yearly ? "årlig, dato ikke satt" : "dato ikke satt"),
  undatedList: (list: string) => ` Dato ikke satt: ${list}.`,
  upcoming: (list: string) => `Dette skjer fremover: ${list}.`,
  noUpcoming: "Ingen arrangementer med dato de neste tre månedene.",
  eventsIn: (phrase: string, list: string) => `Hendelser ${phrase}: ${list}.`,
  noEventsIn: (phrase: string) => `Ingen hendelser ${phrase}.`,
  undatedCount: (count: number) => ` ${count} arrangementer har ikke fått dato ennå.`,
  nextOn: (title: string, when: string, place: string) => `${title}: neste gang ${when}${place}.`,
  notSetYearlyLine: (title: string) =>
    `${title}: dato ikke satt. Arrangementet er årlig; datoen legges inn når den er kjent.`,
  notSetLine: (title: string) => `${title}: dato ikke satt.`,
  noUpcomingDateLine: (title: string) => `${title}: ingen kommende dato.`,
  /** A date whose time the documents do not give: "fredag 4. desember (klokkeslett ikke satt)". */
  dateWithoutTime: (date: string) => `${date} (klokkeslett ikke satt)`,
  /** After an occurrence on a public holiday; `confirmed` when an editor said it takes place. */
  holidayMark: (holiday: string, confirmed: boolean) =>
    confirmed ? `faller på ${holiday}, bekreftet` : `faller på ${holiday}; ikke bekreftet at det blir noe av`,
  /** After a "next" answer, for the holiday dates passed over. */
  skippedHolidays: (list: string) => ` Hoppet over fordi det er helligdag og ikke bekreftet: ${list}.`,
  nextMonthLabel: (month: string) => `Neste måned (${month})`,
  monthAfterLabel: "Måneden etter",
  monthQuestion: (month: string) => `Hva skjer i ${month}?`,
  upcomingChoice: { label: "Kommende arrangementer", question: "Hva skjer fremover?" },
  inMonth: (month: string) => `i ${month}`,
  today: "i dag",
  tomorrow: "i morgen",
  thisWeek: "denne uken",
  nextWeek: "neste uke",

  // The action plan.
  tiltakStatus,
  noPlan: "Ingen handlingsplan er registrert ennå.",
  noMeasures: "ingen tiltak.",
  measuresFor: (area: string, list: string) => `Tiltak for ${area}: ${list}`,
  allTiltak: (plan: string, total: number, areaCount: number, counts: string) =>
    `${plan} har ${total} tiltak i ${areaCount} satsingsområder: ${counts}.`,
  planStatus: (plan: string, total: number, counts: string, percent: number, byArea: string) =>
    `${plan}: ${total} tiltak – ${counts}. Fremdrift ${percent} %. Per område: ${byArea}.`,
  tiltakLine: (text: string, status: string, responsible: string) => `${text} – ${status}; ansvar: ${responsible}`,
  responsibleLine: (text: string, responsible: string, status: string) =>
    `«${text}» – ansvar: ${responsible}; status: ${status}.`,
  periodEnded: (years: string) =>
    `Planperioden ${years} er avsluttet; ny plan er ikke lagt inn. Redaktører kan opprette neste planperiode i fanen (Status) og ta med tiltak videre.`,
  overdue: (count: number, list: string) =>
    `${count} tiltak er forsinket (fristen er passert, og tiltaket er ikke fullført): ${list}`,
  overdueLine: (text: string, due: string, status: string) => `«${text}» – frist ${due}; ${status}.`,
  noneOverdue: (withDueDate: number) =>
    withDueDate === 0
      ? "Ingen tiltak er forsinket: ingen tiltak har fått frist ennå."
      : `Ingen tiltak er forsinket (${withDueDate} har frist).`,
  showAllTiltak: { label: "Vis alle tiltak", question: "Vis alle tiltak" },
  showFullList: { label: "Vis hele lista", question: "Vis hele lista over tiltak" },
  generalResponsibilityChoice: { label: "Ansvar for planen", question: "Hvem har ansvar for planen?" },
  tiltakDetail: (number: number, area: string, text: string, status: string, responsible: string) =>
    `Tiltak ${number}, under ${area}: «${text}» Status: ${status.toLowerCase()}. Ansvar: ${responsible}.`,
  noSuchTiltak: (number: number, total: number) =>
    `Handlingsplanen har ${total} tiltak; det er ikke noe tiltak nummer ${number}.`,
  periodEndedShort: (years: string) => `Planperioden ${years} er avsluttet.`,
  planStatusChoice: { label: "Status for planen", question: "Hva er status på tiltakene?" },
  /** "Ansvar og oppfølging" in the action plan (Del 2 of "Aktivt med"), in the document's wording. */
  planResponsibility: [
    "Kommunaldirektør er overordnet ansvarlig for BEHO sin deltakelse i helseklyngen og fordeler ansvar og ressurser i tråd med behov.",
    "Koordinator har et særskilt ansvar for oppfølging av denne planen med oppgaver som skissert i avsnittet «effektiv organisering».",
    "Alle byrådsavdelingens medarbeidere og ledere har et felles ansvar for å se til klyngen og bidra til implementering av tiltakene når det er naturlig i kraft av egen stilling og ansvarsområde.",
    "Rapportering på fremdrift av planen skal skje til kommunaldirektørens ledergruppe.",
  ],
};

/** The entries every language of the question layer provides. */
export type QaTexts = typeof nb;
