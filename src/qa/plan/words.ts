/** Folded cue words (see normalize.fold) for questions about the action plan, in bokmål, nynorsk and English. */

/** Words naming the plan or its measures. */
export const TILTAK_WORDS = new Set([
  "tiltak",
  "tiltaka",
  "tiltakene",
  "tiltakane",
  "tiltaket",
  "tilltak",
  "tiltakk",
  "handlingsplan",
  "handlingsplanen",
  "handlingsplanene",
  "plan",
  "planen",
  "planens",
  "measure",
  "measures",
  "action",
  "actions",
  "actionplan",
  "initiatives",
  "initiative",
]);

/** Words asking how the plan is going. */
export const STATUS_WORDS = new Set([
  "status",
  "statusen",
  "fremdrift",
  "fremdriften",
  "framdrift",
  "framdriften",
  "progress",
  "progresjon",
  "gar",
  "going",
  "hvordan",
  "korleis",
  "how",
  "oppfolging",
  "oppfolgingen",
  "rapport",
  "rapportering",
  "report",
  "overview",
  "state",
]);

/** Words asking which tiltak are late ("forsinket"): past their due date and not done. */
export const OVERDUE_WORDS = new Set([
  "forsinket",
  "forsinkede",
  "forsinka",
  "forseinka",
  "forsinkelse",
  "forsinkelser",
  "overdue",
  "delayed",
  "late",
  "behind",
  "utlopt",
  "passert",
]);

/**
 * Words about a due date: they ask for late tiltak only beside a plan word ("tiltak med passert
 * frist"), since events have deadlines too ("Når er fristen for …?").
 */
export const DUE_WORDS = new Set(["frist", "fristen", "frister", "fristene", "deadline", "deadlines", "due"]);

/** Words that leave "Er noe forsinket?" a question about the plan as a whole ("noe" is tokenized "no"). */
export const VAGUE_WORDS = new Set([
  "noe",
  "no",
  "noen",
  "noko",
  "nokon",
  "anything",
  "something",
  "any",
  "some",
  "what",
  "which",
]);

/** Words asking for everything. */
export const ALL_WORDS = new Set([
  "alle",
  "all",
  "every",
  "liste",
  "list",
  "oversikt",
  "vis",
  "show",
  "samtlige",
  "hele",
  "whole",
  "full",
]);

/** Words asking who is responsible. */
export const RESPONSIBLE_WORDS = new Set([
  "ansvar",
  "ansvaret",
  "ansvarlig",
  "ansvarleg",
  "ansvarlige",
  "ansvarlege",
  "eigar",
  "ansvarsfordeling",
  "eier",
  "eierskap",
  "folger",
  "oppfolging",
  "responsible",
  "responsibility",
  "responsibilities",
  "charge",
  "owns",
  "owner",
  "accountable",
  "lead",
  "leads",
]);

/** Words that never tell one area or tiltak from another. */
export const PLAN_STOP_WORDS = new Set([
  "som",
  "er",
  "og",
  "for",
  "til",
  "the",
  "and",
  "of",
  "between",
  "mellom",
  "that",
  "is",
  "to",
  "put",
  "use",
  "a",
  "an",
  "i",
  "pa",
  "med",
  "av",
  "in",
  "on",
  "with",
  "samt",
  "slik",
  "at",
  "det",
  "de",
  "den",
  "om",
  "blant",
  "har",
  "vi",
  "finnes",
  "gjelder",
  "innen",
  "innenfor",
  "within",
  "under",
  "have",
  "exist",
  "gar",
  "ga",
  "finst",
  "gjeld",
  "innan",
  "innanfor",
  "kva",
  "kven",
  "dei",
]);

/**
 * Extra words per area id of the seeded plan, beyond the words of its names: the short forms
 * people use ("næringsliv" for public–private collaboration).
 */
export const AREA_ALIASES: Record<string, string[]> = {
  kommunikasjon: [
    "kommunikasjon",
    "kommunikasjonen",
    "communication",
    "communications",
    "involvering",
    "informasjon",
    "information",
  ],
  utdanning: ["utdanning", "utdanningen", "utdannelse", "education", "training", "laering", "learning"],
  forskning: ["forskning", "forskningen", "research", "forskingen", "forsking"],
  organisering: [
    "organisering",
    "organiseringen",
    "organisation",
    "organization",
    "organising",
    "organizing",
    "koordinering",
  ],
  "offentlig-privat": [
    "offentlig privat",
    "offentligprivat",
    "naringsliv",
    "naringslivet",
    "public private",
    "publicprivate",
    "private sector",
    "business",
    "industry",
    "privat",
    "private",
    "innovasjon",
    "innovation",
  ],
};

/**
 * English words for the Norwegian tiltak texts, so "communication plan" finds "kommunikasjonsplan".
 * Keys are folded English words or joined pairs; values are folded Norwegian tokens from the texts.
 */
export const TILTAK_GLOSSARY: Record<string, string> = {
  communicationplan: "kommunikasjonsplan",
  communicationsplan: "kommunikasjonsplan",
  commsplan: "kommunikasjonsplan",
  informationpackage: "informasjonspakke",
  infopackage: "informasjonspakke",
  simulation: "simulering",
  podcast: "podcast",
  virtual: "teknologi",
  legesenter: "legesenter",
  gpoffice: "legesenter",
  medicalcentre: "legesenter",
  medicalcenter: "legesenter",
  educationgroup: "utdanning",
  coordinatorrole: "koordinatorrollen",
  coordinator: "koordinatorrollen",
  meetingstructure: "motestrukturen",
  alrekforum: "alrekforum",
  networking: "nettverksbygging",
  network: "nettverk",
  networks: "nettverk",
  students: "studenter",
  student: "studenter",
  innovation: "innovasjonsmiljoer",
  businessclusters: "naringsklynger",
  clusters: "naringsklynger",
  channels: "kanaler",
  office: "arstadveien",
  offices: "arstadveien",
};
