/**
 * Understands "Kan jeg låne Borgertun fredag 11. desember kl. 10–12?", "book Borgertun 14.1 9-11
 * for arbeidsverksted", nynorsk and English alike. Dates and times are read the Norwegian way
 * (11.12, 11. des., kl. 10–12, 10:00–12:00) relative to "now" in Europe/Oslo.
 */
import type { BookingLang } from "../../domain/booking.js";
import { addDaysToDate, daysInMonth, instantToZoned, OSLO } from "../../domain/time.js";
import { detectLanguage } from "../language.js";
import { fold, stripMentions } from "../normalize.js";

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

const MONTHS: [RegExp, number][] = [
  [/^jan/, 1],
  [/^feb/, 2],
  [/^mar/, 3],
  [/^apr/, 4],
  [/^ma[iy]/, 5],
  [/^jun/, 6],
  [/^jul/, 7],
  [/^aug/, 8],
  [/^sep/, 9],
  [/^o[ck]t/, 10],
  [/^nov/, 11],
  [/^de[sc]/, 12],
];
const MONTH_WORD =
  "(jan(?:uar|uary)?|feb(?:ruar|ruary)?|mars?|march|apr(?:il)?|mai|may|jun[ie]?|jul[iy]?|aug(?:ust)?|sep(?:t|tember)?|o[ck]t(?:ober)?|nov(?:ember)?|de[sc](?:ember)?)";
const WEEKDAYS: [RegExp, number][] = [
  [/^(mandag|mandagen|monday)$/, 1],
  [/^(tirsdag|tysdag|tuesday)$/, 2],
  [/^(onsdag|wednesday)$/, 3],
  [/^(torsdag|thursday)$/, 4],
  [/^(fredag|friday)$/, 5],
  [/^(lordag|laurdag|saturday)$/, 6],
  [/^(sondag|sundag|sunday)$/, 7],
];
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

/** True when the message asks to borrow or book Borgertun (the room named together with a booking verb). */
export function isBookingRequest(text: string): boolean {
  const folded = fold(stripMentions(text));
  return /\bborgertun\b/.test(folded) && VERBS.test(folded);
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

  const pickYear = (month: number, day: number, year?: number): string | undefined => {
    let y = year ?? today.year;
    if (y < 100) y += 2000;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(y, month)) return undefined;
    const iso = (yy: number) => `${yy}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    // Without a year, a date already past this year means next year's.
    return year === undefined && iso(y) < todayDate ? iso(y + 1) : iso(y);
  };
  const numeric = /(?<![\d:])(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2}))?\.?(?![\d:])/.exec(rest);
  const named =
    new RegExp(`(?<!\\d)(\\d{1,2})\\.?\\s*(?:of\\s+)?${MONTH_WORD}\\.?(?:\\s+(\\d{4}))?`).exec(rest) ?? null;
  const namedEn = new RegExp(`${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`).exec(rest);
  if (numeric) {
    out.date = pickYear(Number(numeric[2]), Number(numeric[1]), numeric[3] ? Number(numeric[3]) : undefined);
    rest = rest.replace(numeric[0], " ");
  } else if (named) {
    out.date = pickYear(monthOf(named[2]), Number(named[1]), named[3] ? Number(named[3]) : undefined);
    rest = rest.replace(named[0], " ");
  } else if (namedEn) {
    out.date = pickYear(monthOf(namedEn[1]), Number(namedEn[2]), namedEn[3] ? Number(namedEn[3]) : undefined);
    rest = rest.replace(namedEn[0], " ");
  }
  const foldedRest = fold(rest);
  if (!out.date) {
    if (/\b(i overmorgen|overmorgen|day after tomorrow)\b/.test(foldedRest)) out.date = addDaysToDate(todayDate, 2);
    else if (/\b(i morgen|imorgen|i morgon|imorgon|tomorrow)\b/.test(foldedRest))
      out.date = addDaysToDate(todayDate, 1);
    else if (/\b(i dag|idag|today)\b/.test(foldedRest)) out.date = todayDate;
    else {
      for (const word of foldedRest.split(/[^a-z]+/)) {
        const wd = WEEKDAYS.find(([re]) => re.test(word));
        if (!wd) continue;
        // "fredag" is the coming Friday: tomorrow at the earliest, a week ahead at the latest.
        const offset = ((wd[1] - today.weekday + 6) % 7) + 1;
        out.date = addDaysToDate(todayDate, offset);
        break;
      }
    }
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

function monthOf(word: string): number {
  return MONTHS.find(([re]) => re.test(word))?.[1] ?? 0;
}

/** The purpose as the user wrote it (case kept), found again in the original text. */
function restoreCase(original: string, lower: string): string {
  const at = original.toLowerCase().indexOf(lower);
  return at >= 0 ? original.slice(at, at + lower.length) : lower;
}
