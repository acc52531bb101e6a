/**
 * Questions about things the documents do not say, recognised so that they get "dokumentene sier
 * ikke …" instead of something nearby (the address card for Borgertun's capacity, a person's
 * groups for a phone number). Leaders the documents do not name are answered by groupLeader.
 */
import type { UndocumentedTopic } from "./question.js";

const has = (tokens: string[], words: readonly string[]) => tokens.some((t) => words.includes(t));

const CAPACITY = ["kapasitet", "kapasiteten", "capacity", "sitteplasser", "sitjeplassar", "seats", "seating"];
const HOW_MANY = (tokens: string[]) =>
  tokens.some((t, i) => ["hvor", "kor", "how"].includes(t) && ["mange", "many"].includes(tokens[i + 1] ?? ""));
const ROOM = ["borgertun", "moterom", "moterommet", "motelokale", "motelokalet", "lokalet", "room", "rommet"];
const PEOPLE = ["personer", "personar", "folk", "people", "deltakere", "deltakarar", "plasser", "plassar", "stoler"];
const PHONE = [
  "telefon",
  "telefonnummer",
  "telefonnummeret",
  "telefonnr",
  "tlf",
  "mobil",
  "mobilnummer",
  "mobilnummeret",
  "phone",
  "ringe",
  "call",
];
const PARKING = ["parkering", "parkere", "parkeringsplass", "parkeringsplasser", "parking", "park"];
const PRICE = [
  "pris",
  "prisen",
  "koster",
  "kostar",
  "kostnad",
  "cost",
  "costs",
  "price",
  "betale",
  "pay",
  "gratis",
  "free",
];

/** The undocumented topic a question asks about, if it is one of those recognised. */
export function undocumentedTopic(tokens: string[]): UndocumentedTopic | undefined {
  if (has(tokens, PHONE)) return "phone";
  if (has(tokens, CAPACITY)) return "capacity";
  if (tokens.includes("plass") && has(tokens, ["til", "for"]) && (has(tokens, ROOM) || has(tokens, PEOPLE)))
    return "capacity";
  if (HOW_MANY(tokens) && has(tokens, ROOM) && !tokens.includes("tiltak")) return "capacity";
  if (has(tokens, PARKING)) return "parking";
  // "Er det gratis å låne Borgertun?", "Hva koster det?": price; "free" only beside the room.
  if (
    has(
      tokens,
      PRICE.filter((w) => w !== "free"),
    ) ||
    (tokens.includes("free") && has(tokens, ["cost", "charge"]))
  )
    return "price";
  return undefined;
}
