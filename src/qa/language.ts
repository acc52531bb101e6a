import { tokenize } from "./normalize.js";

/** Languages the bot answers in: bokmål first, English second. */
export type Lang = "nb" | "en";

// Folded forms (see normalize.fold): "når" is "nar", "hjelp" stays.
const NB_WORDS = new Set([
  "hvem", "hva", "hvor", "hvilke", "hvilken", "hvilket", "nar", "er", "sitter", "med", "og", "til", "finnes",
  "ligger", "hjelp", "gruppa", "gruppene", "grupper", "mandatet", "mandat", "representert", "partnerne", "kontoret",
  "kan", "jeg", "du", "om", "det", "den", "noen", "alle", "vis", "meg", "fra", "ikke", "pa", "av", "sin", "sine",
  "hvordan", "hvorfor", "koordinator", "kontakt", "medlemmer", "visjon", "visjonen", "etablert", "hei",
  // events and the action plan
  "skjer", "neste", "kommende", "fremover", "framover", "arrangementer", "hendelser", "tiltak", "tiltakene", "ansvar",
  "ansvarlig", "maned", "uke", "uken", "denne", "gar", "morgen", "dag", "handlingsplan", "handlingsplanen",
  "januar", "februar", "mars", "mai", "juni", "juli", "oktober", "desember", "fredagspresentasjon",
  "fredagspresentasjonen", "fredagspresentasjoner", "abonner", "abonnement", "paminnelser",
]);
const EN_WORDS = new Set([
  "who", "what", "where", "which", "when", "is", "are", "the", "of", "sits", "sit", "members", "member", "group",
  "groups", "help", "does", "do", "list", "show", "tell", "me", "about", "represented", "mandate", "partners",
  "office", "located", "contact", "coordinator", "vision", "established", "founded", "in", "and", "how", "why",
  "there", "all", "can", "you", "a", "an", "on", "at", "panel", "hello", "hi", "please", "whose", "belong", "part",
  // events and the action plan
  "upcoming", "events", "event", "next", "happening", "whats", "coming", "measures", "measure", "responsible",
  "month", "week", "this", "today", "tomorrow", "action", "progress", "friday", "presentation", "presentations",
  "january", "february", "march", "may", "june", "july", "october", "december", "subscribe", "unsubscribe", "reminders",
]);

/**
 * Bokmål or English from the question words, then from the activity locale ("en-US" → en),
 * then bokmål. Words both languages share ("forum") count for neither.
 */
export function detectLanguage(text: string, activityLocale?: string): Lang {
  let nb = 0;
  let en = 0;
  for (const t of tokenize(text)) {
    if (NB_WORDS.has(t)) nb++;
    if (EN_WORDS.has(t)) en++;
  }
  if (nb !== en) return nb > en ? "nb" : "en";
  return activityLocale?.toLowerCase().startsWith("en") ? "en" : "nb";
}
