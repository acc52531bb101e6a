import { describe, expect, it } from "vitest";
import { answerQuestion, type Answer } from "../../src/qa/index.js";
import { seedData } from "../../src/seed/index.js";
import { seedDocuments } from "../../src/seed/documents.js";
import { qaTexts } from "../../src/qa/i18n/index.js";
import { LANGS } from "../../src/domain/language.js";

const ask = (text: string, now = new Date("2026-12-10T12:00:00Z")): Answer =>
  answerQuestion(text, { ...seedData, documents: seedDocuments, locale: "nb-NO", now, editor: true });

/** Text outside «quotes»: what the bot says in its own words. */
const ownWords = (text: string) => text.replace(/«[^»]*»/g, "«…»");

/** The deepest bracket nesting of a text. */
function nesting(text: string): number {
  let depth = 0;
  let max = 0;
  for (const ch of text) {
    depth += ch === "(" ? 1 : ch === ")" ? -1 : 0;
    max = Math.max(max, depth);
  }
  return max;
}

const QUESTIONS = [
  ...LANGS.flatMap((lang) => Object.values(qaTexts(lang).examples).flat()),
  "Hvem sitter i faggruppe for eldrehelse og eldreomsorg?",
  "Which groups is Benedikte Paulsen in?",
  "Kva grupper sit Torill Kvamme i?",
  "Hvem sitter i Alrek helsedager?",
  "Who sits in the Alrek health days programme committee?",
  "Når er neste fredagspresentasjon?",
  "When is the next Friday presentation?",
  "Hvem sitter i faggruppe for migrasjon og innvandrerhelse?",
  "Who is in the migration health group?",
  "Hvilke grupper sitter Anja Lundberg Bang i?",
  "Hva skjer 17. mai?",
  "Hva skjer i januar?",
];

describe("answers read well: one level of brackets, no word twice in a row", () => {
  it.each(QUESTIONS)("%s", (question) => {
    const a = ask(question);
    expect(nesting(a.text)).toBeLessThanOrEqual(1);
    const repeated = /\b([\p{L}]+)\s+\1\b/iu.exec(ownWords(a.text));
    expect(repeated?.[0]).toBeUndefined();
  });
});

describe("the answer comes first: yes or no, then the rest", () => {
  it.each([
    ["Er BEHO med i brukerpanelet?", /^Nei\./],
    ["Er BEHO med i brukarpanelet?", /^Nei\./],
    ["Is BEHO in the user panel?", /^No\./],
    ["Er UiB med i Alrek?", /^Ja, /],
    ["Sitter Karen Haugvaldstad i Husrådet?", /^Ja, /],
    ["Er Borgertun med i Alrek?", /^Nei, /],
    ["Hva er status på tiltakene?", /^Handlingsplan 2024–2025: 16 tiltak/],
    ["Hvilke tiltak har vi for utdanning for fremtiden?", /^Tiltak for Utdanning for fremtiden/],
  ])("%s", (question, start) => {
    expect(ask(question).text).toMatch(start);
  });
});

describe("quotes are marked as quotes, with a sentence of the answer's own language before them", () => {
  it.each([
    [
      "Kven sit i brukarpanelet?",
      /^Brukerpanel: BEHO er ikkje med i dette panelet\. Dokumentet seier: «BEHO skal ikke/,
    ],
    ["Er BEHO med i brukarpanelet?", /^Nei\. Brukerpanel: BEHO er ikkje med i dette panelet\. Dokumentet seier: «/],
    ["Kven sit i studentpanelet?", /^Studentpanel: BEHO er ikkje med/],
    ["Kva bakgrunn har Karen?", /^Karen Haugvaldstad er klinisk ernæringsfysiolog og byrja .* på bokmål: «/],
    ["Kven leiar faggruppa for barn og unge?", /^Dokumentet seier at .* \(på bokmål\): «Ledes av/],
    ["Kva er tiltak nummer 6?", /^Tiltak 6, under Utdanning for fremtiden\. Tiltaket, på bokmål: «Teste ut/],
  ])("nynorsk: %s", (question, start) => {
    expect(ask(question).text).toMatch(start);
  });

  it.each([
    ["Who sits in the student panel?", /The document says, in Norwegian: «BEHO skal ikke være representert/],
    ["What is the mandate of the registry group?", /\(in Norwegian\): «Gruppen skal drøfte/],
    ["What is Karen's background?", /^Karen Haugvaldstad is a clinical nutritionist\..* in Norwegian: «Karen er/],
    ["What is measure number 1?", /In Norwegian: «Utvikle en kommunikasjonsplan/],
    ["Who leads the children and youth group?", /In Norwegian: «Ledes av/],
    ["What does the document say about Covid-19?", /^The document says, in Norwegian: «/],
  ])("English: %s", (question, quoted) => {
    const text = ask(question).text;
    expect(text).toMatch(quoted);
    // No Norwegian sentence of the documents outside a quote.
    expect(ownWords(text)).not.toMatch(/\b(skal|ikke|være|Gruppen|Ledes)\b/);
  });
});

describe("one heading that names what was asked", () => {
  it.each([
    ["Hva er Karens bakgrunn?", "Karen Haugvaldstad: bakgrunn"],
    ["Hva er FRONESIS?", "Karen Haugvaldstad: FRONESIS"],
  ])("%s", async (question, title) => {
    const { renderAnswer } = await import("../../src/bot/cards/index.js");
    const card = renderAnswer(ask(question)) as { body: { style?: string; text?: string }[] };
    const headings = card.body.filter((b) => b.style === "heading");
    expect(headings.map((h) => h.text)).toEqual([title]);
  });
});
