/**
 * Understands "Kan jeg låne Borgertun fredag 11. desember kl. 10–12?", "book Borgertun 14.1 9-11
 * for arbeidsverksted", nynorsk and English alike. Dates and times are read the Norwegian way
 * (11.12, 11. des., kl. 10–12, 10:00–12:00) relative to "now" in Europe/Oslo.
 */
import type { BookingLang } from "../../domain/booking.js";
import { findDateExpr, resolveDateExpr } from "../../domain/dateWords.js";
import { instantToZoned, OSLO } from "../../domain/time.js";
import { detectLanguage } from "../language.js";
import { fold, stripMentions, tokenize } from "../normalize.js";
import { undocumentedTopic } from "../undocumented.js";

/** What a message says about a Borgertun request; absent parts are to be asked for. */
export interface ParsedBookingRequest {
  lang: BookingLang;
  date?: string;
  from?: string;
  to?: string;
  purpose?: string;
  organisation?: string;
  expectedPeople?: number;
  microphones?: boolean;
}

const VERBS =
  /\b(lane|laane|lan|book|booke|booking|bestille|bestill|reservere|reserver|leie|borrow|reserve|hire|rent|ledig|available|free)\b/;
const NYNORSK = /\b(eg|ikkje|kva|kvar|korleis|kven|me|dykk|laurdag|sundag|tysdag|mandag|onsdag)\b/;
const NYNORSK_STRONG = /\b(eg|ikkje|kva|kvar|korleis|kven|dykk|laurdag|sundag|tysdag)\b/;
const ENGLISH = /\b(i|can|could|may|borrow|the|on|from|please|tomorrow|today|room)\b/;

const MONTH_WORD =
  "(jan(?:uar|uary)?|feb(?:ruar|ruary)?|mars?|march|apr(?:il)?|mai|may|jun[ie]?|jul[iy]?|aug(?:ust)?|sep(?:t|tember)?|o[ck]t(?:ober)?|nov(?:ember)?|de[sc](?:ember)?)";
const PARTNERS = [
  "UiB",
  "HVL",
  "VID",
  "NORCE",
  "FHI",
  "Helse Bergen",
  "Haraldsplass",
  "Vestland fylkeskommune",
  "BEHO",
  "Bergen kommune",
];

const T = "(\\d{1,2})(?:[:.](\\d{2}))?";
const DASH = "\\s*(?:-|–|—|til|to|until)\\s*";

const REQUEST_VERBS =
  /\b(lane|laane|lan|book|booke|booking|bestille|bestill|reservere|reserver|leie|borrow|reserve|hire|rent)\b/;
const AVAILABILITY =
  /\b(ledig|ledige|ledigt|opptatt|oppteken|opptekne|booket|booka|reservert|available|free|busy|booked|taken|occupied)\b/;

/**
 * True when the message asks whether Borgertun is free ("Er Borgertun ledig fredag kl. 10–12?",
 * "Is Borgertun free tomorrow?") without asking to borrow it.
 */
export function isAvailabilityQuestion(text: string): boolean {
  const folded = fold(stripMentions(text));
  return /\bborgertun\b/.test(folded) && AVAILABILITY.test(folded) && !REQUEST_VERBS.test(folded);
}

/**
 * True when the message asks to borrow or book Borgertun (the room named together with a booking
 * verb); not a question about whether it is free, what it costs or how many it holds.
 */
export function isBookingRequest(text: string): boolean {
  const folded = fold(stripMentions(text));
  if (!/\bborgertun\b/.test(folded) || !VERBS.test(folded) || isAvailabilityQuestion(text)) return false;
  const topic = undocumentedTopic(tokenize(text));
  return topic !== "price" && topic !== "capacity" && topic !== "parking";
}

/** bokmål, nynorsk or English, from the words of the message, then the activity's locale. */
export function bookingLanguage(text: string, locale?: string): BookingLang {
  const folded = fold(stripMentions(text));
  if (NYNORSK_STRONG.test(folded) || (NYNORSK.test(folded) && !/\b(jeg|ikke|hva)\b/.test(folded))) return "nn";
  if (ENGLISH.test(folded) && !/\b(jeg|kan|for|kl)\b/.test(folded.replace(/\bcan\b/, ""))) return "en";
  return detectLanguage(text, locale);
}

const hm = (h: string, m?: string) => `${h.padStart(2, "0")}:${m ?? "00"}`;
const validTime = (h: string, m?: string) =>
  Number(h) <= 24 && Number(m ?? 0) < 60 && !(Number(h) === 24 && Number(m ?? 0) > 0);

/** Reads the parts of a Borgertun request; `now` decides what "fredag", "i morgen" and a year-less date mean. */
export function parseBookingRequest(text: string, now: Date, locale?: string): ParsedBookingRequest {
  const lang = bookingLanguage(text, locale);
  let rest = stripMentions(text).toLowerCase().replace(/\s+/g, " ");
  const out: ParsedBookingRequest = { lang };
  const today = instantToZoned(now, OSLO);
  const todayDate = today.local.slice(0, 10);

  // Times first: "kl. 10–12", "kl 10.00-12.00", "fra kl. 9 til 11", "10:00–12:00", "9-11".
  const timePatterns = [
    new RegExp(`(?:fra\\s+|from\\s+)?(?:kl\\.?|klokka|klokken|at)\\s*${T}${DASH}(?:kl\\.?\\s*)?${T}`),
    new RegExp(`(?:fra\\s+|from\\s+)?\\b(\\d{1,2}):(\\d{2})${DASH}(\\d{1,2})(?::(\\d{2}))?\\b`),
    new RegExp(
      `(?:fra\\s+|from\\s+)?(?<![.\\d])\\b(\\d{1,2})()(?:${DASH})(\\d{1,2})()\\b(?![.:]?\\d)(?!\\.\\s*${MONTH_WORD})`,
    ),
  ];
  for (const re of timePatterns) {
    const m = re.exec(rest);
    if (!m || !validTime(m[1], m[2] || undefined) || !validTime(m[3], m[4] || undefined)) continue;
    out.from = hm(m[1], m[2] || undefined);
    out.to = hm(m[3], m[4] || undefined);
    rest = rest.slice(0, m.index) + " " + rest.slice(m.index + m[0].length);
    break;
  }

  // The day: a feast ("1. juledag", "etter påske"), a date (11.12, 11. des., December 11), or a
  // day relative to today ("i morgen", "fredag", "neste fredag"), all in Europe/Oslo.
  const day = findDateExpr(rest);
  if (day) {
    out.date = resolveDateExpr(day.expr, todayDate).first;
    rest = `${rest.slice(0, day.index)} ${rest.slice(day.index + day.length)}`;
  }
  rest = rest.replace(/\b(i overmorgen|i morgen|imorgen|i morgon|i dag|idag|tomorrow|today)\b/g, " ");
  rest = rest.replace(
    /\b(på |pa |on )?(mandag|måndag|tirsdag|tysdag|onsdag|torsdag|fredag|lørdag|laurdag|søndag|sundag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(en)?\b/g,
    " ",
  );

  const people =
    /(\d{1,3})\s*(personer|person|folk|deltakere|deltakarar|stk|people|persons|participants|attendees)\b/.exec(rest);
  if (people) {
    out.expectedPeople = Number(people[1]);
    rest = rest.replace(people[0], " ");
  }
  if (/mikrofon|microphone|\bmics?\b/.test(fold(rest)))
    out.microphones = !/\b(uten|utan|without|ingen|no)\s+mikrofon|\b(without|no)\s+microphone/.test(fold(rest));
  const original = stripMentions(text);
  const partner = PARTNERS.find((p) => new RegExp(`\\b${p}\\b`, "i").test(original));
  if (partner) out.organisation = partner;

  const purpose = /\b(?:for|til)\s+(?!(?:\d|kl\b))(.+?)\s*[?.!]*\s*$/.exec(rest.replace(/\s+/g, " ").trim());
  if (purpose) {
    const cleaned = purpose[1]
      .replace(/\b(med|with)\s+(mikrofon\w*|microphones?)\b/g, "")
      .replace(/\s+/g, " ")
      .trim();
    const text = restoreCase(original, cleaned);
    if (text && !/^borgertun$/i.test(text)) out.purpose = text.slice(0, 200);
  }
  return out;
}

/** The purpose as the user wrote it (case kept), found again in the original text. */
function restoreCase(original: string, lower: string): string {
  const at = original.toLowerCase().indexOf(lower);
  return at >= 0 ? original.slice(at, at + lower.length) : lower;
}
