/** Folded cue words (see normalize.fold) that signal an intent, in bokmål, nynorsk and English. */

/** Question and verb words that never name a group or a person. */
export const FILLER = new Set([
  "hvem", "hva", "hvor", "hvilke", "hvilken", "hvilket", "nar", "er", "sitter", "sit", "sits", "sitting", "med", "har",
  "who", "what", "where", "which", "when", "is", "are", "was", "a", "an", "in", "on", "at", "to", "does", "do", "there",
  "members", "member", "medlem", "medlemmer", "medlemmene", "deltar", "deltakere", "participants", "seated",
  "mandatet", "mandat", "mandate", "formalet", "formal", "purpose", "hensikten",
  "representert", "represented", "representasjon", "representation", "representerer", "represents", "represent",
  "beho", "bho", "bergen", "kommune", "kommunen", "oss", "vi", "we", "us", "our",
  "kan", "du", "jeg", "meg", "me", "you", "can", "tell", "fortell", "vis", "show", "please", "takk", "hei", "hi", "hello",
  "om", "about", "den", "det", "de", "sin", "sine", "its", "their", "noen", "someone", "anyone", "hos", "with", "by",
  "sitte", "belong", "belongs", "part", "inn", "ut", "ogsa", "also", "na", "now",
  // nynorsk
  "kven", "kva", "kvar", "kor", "eg", "medlemer", "medlemene", "representantar", "dei", "nokon", "fortel", "ogso", "no",
]);

export const MANDATE_WORDS = new Set(["mandatet", "mandat", "mandate", "formalet", "formal", "purpose", "hensikten", "hensikt", "oppgave", "oppgaven", "oppgava", "oppgavene", "task", "tasks", "remit"]);
export const REPRESENTED_WORDS = new Set(["representert", "represented", "representasjon", "representation", "representerer", "represents", "represent"]);
export const MEMBERSHIP_WORDS = new Set(["hvem", "kven", "medlemer", "medlemene", "who", "sitter", "sits", "sit", "members", "member", "medlemmer", "medlemmene", "deltakere", "participants", "deltar"]);
export const PERSON_GROUPS_WORDS = new Set(["grupper", "gruppene", "groups", "hvor", "kvar", "where", "organer", "bodies"]);
export const COORDINATOR_WORDS = new Set(["koordinator", "kontaktpersonen", "eining", "koordinatoren", "alrekkoordinator", "coordinator", "kontakt", "kontakte", "kontaktperson", "kontaktpersonen", "contact", "epost", "email", "mail"]);
export const PARTNER_WORDS = new Set(["partner", "partnere", "partnerne", "partnarar", "partnarane", "partners", "parter", "partene", "parties", "samarbeidspartnere", "klyngepartnere", "klyngepartnerne"]);
export const LOCATION_WORDS = new Set(["ligger", "ligg", "adresse", "adressen", "address", "kontor", "kontoret", "kontorene", "kontorlokaler", "kontorlokalene", "office", "offices", "located", "location", "borgertun", "moterom", "moterommet", "motelokale", "motelokalet", "etasje", "floor", "finne", "find"]);
export const WHO_WORDS = new Set(["hvem", "kven", "who"]);
export const WHERE_WORDS = new Set(["hvor", "kvar", "kor", "where"]);
export const CLUSTER_WORDS = new Set(["alrek", "alreks", "klyngen", "klynga", "helseklyngen", "helseklynge", "cluster", "klynge"]);
export const VISION_WORDS = new Set(["visjon", "visjonen", "vision"]);
export const FOCUS_WORDS = new Set(["satsingsomrader", "satsingsomradene", "satsinger", "hovedsatsinger", "hovedsatsingene", "fokusomrader", "focus", "priorities", "satsing", "satsingsomrade"]);
export const ESTABLISHED_WORDS = new Set(["etablert", "established", "founded", "startet", "started", "opprettet", "created", "grunnlagt", "oppretta", "starta", "grunnlagd"]);
export const ABOUT_WORDS = new Set(["hva", "kva", "fortel", "what", "om", "about", "fortell", "tell"]);
export const FORUM_WORDS = new Set(["alrekforum", "alrekforumet"]);
export const GROUPS_WORDS = new Set(["grupper", "gruppene", "groups", "organer", "organene", "faggrupper", "faggruppene", "bodies"]);
export const LIST_WORDS = new Set(["hvilke", "kva", "which", "what", "list", "liste", "alle", "all", "finnes", "finst", "oversikt", "overview", "vis", "show", "exist", "there"]);
export const HELP_WORDS = new Set(["hjelp", "help", "eksempler", "dome", "sporje", "sporre", "examples", "kommandoer", "kommandoar", "commands", "meny", "menu", "start", "hei", "hi", "hello"]);

/**
 * Words naming a kind of group, not a group: asked alone they are ambiguous between the
 * groups of that kind. The predicate picks those groups by id or kind.
 */
export const GENERIC_GROUP_WORDS: { words: string[]; kinds?: string[]; nameIncludes?: string[] }[] = [
  { words: ["faggruppe", "faggruppa", "faggruppen", "faggrupper", "faggruppene", "expert", "professional"], kinds: ["professional"] },
  { words: ["panel", "panelet", "panels"], kinds: ["panel"] },
  { words: ["forum", "forumet", "forums"], nameIncludes: ["forum"] },
  { words: ["komite", "komiteen", "committee", "komiteer"], nameIncludes: ["komite", "committee"] },
];

/** Verbs that open a yes/no question ("Sitter X i Y?", "Er BEHO med i Z?", "Is BEHO in Z?"). */
export const YES_NO_WORDS = new Set(["sitter", "sit", "er", "is", "does", "do", "har", "has", "deltar", "participates", "sits"]);

/** Subjects that mean BEHO itself, in "Er BEHO med i …?". */
export const BEHO_WORDS = new Set(["beho", "bho", "vi", "we", "kommunen", "byradsavdelingen"]);

/** Words asking for a person ("who is", "which groups", "where does … sit"). */
export const PERSON_CUE_WORDS = new Set(["hvem", "who", "grupper", "gruppene", "groups", "organer", "bodies", "sitter", "sits", "sit", "heter", "named"]);
