import { describe, expect, it } from "vitest";
import { answerQuestion, type Answer, type AnswerOf } from "../../src/qa/index.js";
import { seedData } from "../../src/seed/index.js";
import { seedDocuments } from "../../src/seed/documents.js";

const ask = (text: string, locale = "nb-NO"): Answer =>
  answerQuestion(text, { ...seedData, documents: seedDocuments, locale, now: new Date("2026-11-10T10:00:00Z") });

/** Every passage's text, to check that a quote is the documents' own words. */
const DOCUMENT_TEXT = seedDocuments.map((p) => p.text).join("\n");

describe("what the documents do not say is said plainly, not answered with something nearby", () => {
  it.each([
    [
      "Hvor mange personer er det plass til i Borgertun?",
      "nb",
      "Dokumentene sier ikke hvor mange det er plass til i Borgertun.",
    ],
    ["Hva er kapasiteten i Borgertun?", "nb", "Dokumentene sier ikke hvor mange det er plass til i Borgertun."],
    ["Hvor mange får plass i møterommet?", "nb", "Dokumentene sier ikke hvor mange det er plass til"],
    ["Kor mange er det plass til i Borgertun?", "nn", "Dokumenta seier ikkje kor mange det er plass til i Borgertun."],
    ["How many people fit in Borgertun?", "en", "The documents do not say how many people fit in Borgertun."],
    ["What is the capacity of Borgertun?", "en", "The documents do not say how many people fit in Borgertun."],
    ["Hvor kan jeg parkere?", "nb", "Dokumentene sier ikke noe om parkering."],
    ["Kvar kan eg parkere?", "nn", "Dokumenta seier ikkje noko om parkering."],
    ["Hva koster det å låne Borgertun?", "nb", "Dokumentene sier ikke noe om priser."],
    ["Is there parking at Årstadveien 17?", "en", "The documents say nothing about parking."],
    ["Hva er telefonnummeret til koordinatoren?", "nb", "oppgir ikke telefonnummer"],
    ["Hva er åpningstidene i kantina?", "nb", "Dokumentene sier ikke noe om dette."],
    ["Hva er wifi-passordet?", "nb", "Dokumentene sier ikke noe om dette."],
    ["Kva er wifi-passordet?", "nn", "Dokumenta seier ikkje noko om dette."],
    ["What is the wifi password?", "en", "The documents do not say anything about this."],
  ])("%s", (question, lang, says) => {
    const a = ask(question);
    expect(["notInDocuments", "personContact"]).toContain(a.kind);
    expect(a.lang).toBe(lang);
    expect(a.text).toContain(says);
    // Not the address card, not a group, not a tiltak.
    expect(a.text).not.toMatch(/ligger i Årstadveien|is at Årstadveien|BEHO i |Tiltak \d/);
  });

  it("carries the question along, so it can be forwarded (bot/cards/forwardable.ts)", () => {
    const a = ask("Hvor mange personer er det plass til i Borgertun?") as AnswerOf<"notInDocuments">;
    expect(a.question).toBe("Hvor mange personer er det plass til i Borgertun?");
  });
});

describe("a quoted passage when nothing structured fits", () => {
  it.each([
    [
      "Når kommer mikrofonene i Borgertun?",
      "nb",
      "Mikrofoner vil komme på plass i løpet av vår/høst 2024.",
      "Samarbeid med partnerne i klyngen",
    ],
    [
      "Hvem rapporterer Husrådet til?",
      "nb",
      "Husrådet rapporterer til Lederforum",
      "BEHO sin organisering i Alrek helseklynge",
    ],
    ["Hva er Samhandlingsreformen?", "nb", "Samhandlingsreformen som trådte i kraft i 2012", "Om Alrek helseklynge"],
    ["Hva er HelseOmsorg21?", "nb", "HelseOmsorg21 fra 2014", "Om Alrek helseklynge"],
    [
      "Har BEHO fast kontorplass i Årstadveien?",
      "nb",
      "Byrådsavdelingen disponerer et kontorlandskap i Årstadveien 17",
      "BEHO sin organisering i Alrek helseklynge",
    ],
    ["Kan partnere låne Borgertun?", "nb", "forespørsel om å låne lokalet", "Samarbeid med partnerne i klyngen"],
    ["Hva sa Ingelin Søraas om Alreksamarbeidet?", "nb", "Ingelin Søraas, administrasjonssjef", "avsnitt 6"],
    [
      "Hva er Tillits- og faglighetsreformen?",
      "nb",
      "Tillits- og faglighetsreform",
      "Hvorfor er BEHO partner i Alrek helseklynge?",
    ],
    [
      "Kva er formålet med dokumentet?",
      "nn",
      "Formålet med dokumentet er å gi retning og veiledning",
      "Formålet med dokumentet",
    ],
    ["Kva seier dokumenta om mikrofonane?", "nn", "mikrofoner", "Samarbeid med partnerne i klyngen"],
    ["Når kjem mikrofonane i Borgertun?", "nn", "Mikrofoner", "Samarbeid med partnerne i klyngen"],
    ["What does the document say about Covid-19?", "en", "Covid-19", "Samarbeid med partnerne i klyngen"],
    ["What does the plan say about HelseOmsorg21?", "en", "HelseOmsorg21", "Om Alrek helseklynge"],
  ])("%s", (question, lang, quoted, section) => {
    const a = ask(question);
    expect(a.kind).toBe("passage");
    expect(a.lang).toBe(lang);
    const p = a as AnswerOf<"passage">;
    // Quoted as written: every passage is a sentence of the documents, word for word.
    for (const passage of p.passages) expect(DOCUMENT_TEXT).toContain(passage.text);
    expect(p.passages.map((x) => x.text).join(" ")).toContain(quoted);
    expect(p.passages[0].section).toBe(section);
    expect(p.passages[0].lang).toBe("nb");
    // Framed as the document's words in the asker's language, the quote in «», the source after it.
    const lead = {
      nb: /^Fra dokumentet: «/,
      nn: /^Dette står i dokumentet, på bokmål: «/,
      en: /^The document says, in Norwegian: «/,
    }[lang as "nb" | "nn" | "en"];
    expect(a.text).toMatch(lead);
    expect(a.text).toContain(`«${section}»`);
  });

  it("a passage that is a tiltak is answered as that tiltak", () => {
    const a = ask("Hva med Alrek legesenter som praksisarena?");
    expect(a.kind).toBe("tiltakDetail");
    expect(a.text).toContain("Bruke Alrek legesenter");
  });

  it("needs the documents: without them a question nothing answers is not understood", () => {
    const a = answerQuestion("Når kommer mikrofonene i Borgertun?", {
      ...seedData,
      now: new Date("2026-11-10T10:00:00Z"),
    });
    expect(a.kind).not.toBe("passage");
  });
});
