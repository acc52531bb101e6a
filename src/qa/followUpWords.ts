/** Folded cue words of follow-ups (qa/followUp.ts): what is asked of the subject, in bokmål, nynorsk and English. */

export const LEADER_WORDS = new Set([
  "leder",
  "leier",
  "leiar",
  "ledes",
  "leiast",
  "leia",
  "leda",
  "ledet",
  "lederen",
  "leiaren",
  "leads",
  "lead",
  "led",
  "leader",
  "chair",
  "chairs",
  "chairperson",
  "head",
  "heads",
]);
export const CONTACT_WORDS = new Set([
  "kontakt",
  "kontakte",
  "kontakter",
  "kontakta",
  "kontaktar",
  "kontaktere",
  "reach",
  "contact",
  "treffe",
  "treffer",
  "fa",
  "tak",
]);
export const EMAIL_WORDS = new Set([
  "epost",
  "eposten",
  "epostadresse",
  "epostadressa",
  "epostadressen",
  "email",
  "emailen",
  "mail",
  "mailadresse",
]);
export const PHONE_WORDS = new Set([
  "telefon",
  "telefonnummer",
  "telefonnummeret",
  "telefonnr",
  "tlf",
  "mobil",
  "mobilnummer",
  "mobilnummeret",
  "ringe",
  "ring",
  "phone",
  "call",
]);
export const BACKGROUND_WORDS = new Set([
  "bakgrunn",
  "bakgrunnen",
  "bakgrunnen",
  "background",
  "utdannet",
  "utdanna",
  "utdanning",
  "erfaring",
  "erfaringa",
  "karriere",
  "career",
  "jobbet",
  "jobba",
]);
export const GROUPS_ASKED = new Set([
  "grupper",
  "gruppene",
  "groups",
  "organer",
  "bodies",
  "sitter",
  "sit",
  "sits",
  "where",
]);
export const WHEN_ASKED = new Set(["nar", "when", "dato", "date", "neste", "next"]);
export const HOW_WORDS = new Set(["hvordan", "korleis", "how"]);
export const STATUS_ASKED = new Set(["status", "fremdrift", "framdrift", "progress", "gar", "going"]);
export const RESPONSIBLE_ASKED = new Set([
  "ansvar",
  "ansvarlig",
  "ansvarleg",
  "responsible",
  "responsibility",
  "charge",
]);
