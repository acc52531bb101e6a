/** Folded cue words (see normalize.fold) for questions about events, in bokmål, nynorsk and English. */

/** Words asking what is coming up in general ("hva skjer", "upcoming events"). */
export const UPCOMING_WORDS = new Set([
  "skjer",
  "skjera",
  "sjer",
  "fremover",
  "framover",
  "fremtiden",
  "kommende",
  "kommer",
  "arrangementer",
  "arrangement",
  "arrangementene",
  "hendelser",
  "hendelsene",
  "aktiviteter",
  "aktivitetene",
  "arrangementa",
  "hendingar",
  "hendingane",
  "aktivitetar",
  "aktivitetane",
  "komande",
  "kjem",
  "framtida",
  "kalender",
  "kalenderen",
  "program",
  "programmet",
  "upcoming",
  "happening",
  "happens",
  "events",
  "event",
  "coming",
  "calendar",
  "agenda",
  "schedule",
  "whats",
  "on",
]);

/** The subset of UPCOMING_WORDS that on its own (without "on") means events. */
export const STRONG_UPCOMING_WORDS = new Set(
  [...UPCOMING_WORDS].filter(
    (w) =>
      w !== "on" &&
      w !== "whats" &&
      w !== "program" &&
      w !== "programmet" &&
      w !== "kommer" &&
      w !== "kjem" &&
      w !== "coming",
  ),
);

/** Words asking when something is ("når er neste ...", "when is the next ..."). */
export const WHEN_WORDS = new Set([
  "nar",
  "neste",
  "dato",
  "datoen",
  "tidspunkt",
  "klokka",
  "klokken",
  "kl",
  "tid",
  "when",
  "next",
  "date",
  "time",
  "scheduled",
]);

/** Words for "an event" that name none in particular ("når er neste møte?"). */
export const GENERIC_EVENT_WORDS = new Set([
  "mote",
  "motet",
  "moter",
  "mota",
  "hending",
  "gong",
  "meeting",
  "meetings",
  "event",
  "arrangement",
  "arrangementet",
  "hendelse",
  "happening",
  "gang",
  "one",
]);

/** Month names by number (1–12), folded, in both languages; English "may" only with an event cue. */
export const MONTH_WORDS: [string, number][] = [
  ["januar", 1],
  ["january", 1],
  ["jan", 1],
  ["februar", 2],
  ["february", 2],
  ["feb", 2],
  ["mars", 3],
  ["march", 3],
  ["april", 4],
  ["apr", 4],
  ["mai", 5],
  ["may", 5],
  ["juni", 6],
  ["june", 6],
  ["juli", 7],
  ["july", 7],
  ["august", 8],
  ["aug", 8],
  ["september", 9],
  ["sept", 9],
  ["sep", 9],
  ["oktober", 10],
  ["october", 10],
  ["okt", 10],
  ["oct", 10],
  ["november", 11],
  ["nov", 11],
  ["desember", 12],
  ["december", 12],
  ["des", 12],
  ["dec", 12],
];

export const MONTH_UNIT_WORDS = new Set(["maned", "maneden", "mnd", "month", "manad", "manaden"]);
export const WEEK_UNIT_WORDS = new Set(["uke", "uken", "uka", "veke", "veka", "week"]);
export const NEXT_WORDS = new Set(["neste", "next", "kommende", "komande", "coming"]);
export const THIS_WORDS = new Set(["denne", "dette", "this", "current", "inneverende"]);
export const TODAY_WORDS = new Set(["idag", "today", "tonight", "ikveld"]);
export const TOMORROW_WORDS = new Set(["imorgen", "imorgon", "tomorrow", "imorra"]);

/** Title words too common to name one event on their own. */
export const EVENT_STOP_WORDS = new Set([
  "alrek",
  "alreks",
  "helseklynge",
  "klynge",
  "the",
  "for",
  "of",
  "on",
  "in",
  "om",
  "i",
  "og",
  "and",
  "a",
  "conference",
  "meeting",
  "moet",
  "tidligere",
]);
