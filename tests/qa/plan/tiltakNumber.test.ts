import { describe, expect, it } from "vitest";
import { answerQuestion, type AnswerOf } from "../../../src/qa/index.js";
import { seedData } from "../../../src/seed/index.js";
import { seedDocuments } from "../../../src/seed/documents.js";

const ask = (text: string) =>
  answerQuestion(text, {
    ...seedData,
    documents: seedDocuments,
    locale: "nb-NO",
    now: new Date("2025-06-10T10:00:00Z"),
  });

describe("one tiltak by number, ordinal or paraphrase: that tiltak, not the plan or an area", () => {
  it.each([
    ["tiltak nummer 1", "t01", "nb"],
    ["Hva er tiltak nummer 6?", "t06", "nb"],
    ["tiltak nr. 3", "t03", "nb"],
    ["tiltak 16", "t16", "nb"],
    ["Hva går det fjerde tiltaket ut på?", "t04", "nb"],
    ["det første tiltaket", "t01", "nb"],
    ["Hva er det siste tiltaket?", "t16", "nb"],
    ["det andre tiltaket under utdanning", "t06", "nb"],
    ["det tredje tiltaket for effektiv organisering", "t13", "nb"],
    ["Kva er tiltak nummer 6?", "t06", "nn"],
    ["Kva går det fjerde tiltaket ut på?", "t04", "nn"],
    ["What is measure number 2?", "t02", "en"],
    ["What is the fourth measure about?", "t04", "en"],
    ["the last measure", "t16", "en"],
    // Paraphrases of a tiltak's text
    ["tiltaket om Alrek legesenter", "t07", "nb"],
    ["Hva er tiltaket om å teste VR og simulering?", "t06", "nb"],
    ["tiltaket om en faggruppe for utdanning", "t08", "nb"],
    ["Hva går tiltaket om møtestrukturen i Alrekforum ut på?", "t14", "nb"],
    ["tiltaket om næringsklynger og nettverksbygging", "t16", "nb"],
  ])("%s → %s", (question, id, lang) => {
    const a = ask(question);
    expect(a.kind).toBe("tiltakDetail");
    expect(a.lang).toBe(lang);
    const detail = a as AnswerOf<"tiltakDetail">;
    expect(detail.tiltak.map((t) => t.id)).toEqual([id]);
    expect(detail.tiltak[0].number).toBe(Number(id.slice(1)));
    // The tiltak, not all sixteen or the plan's whole responsibility section.
    expect(a.text).not.toContain("Kommunaldirektør er overordnet ansvarlig");
    expect(a.text.length).toBeLessThan(500);
  });

  it("a number past the plan's end is said to be none", () => {
    const a = ask("tiltak nummer 20");
    expect(a.kind).toBe("tiltakDetail");
    expect(a.text).toBe("Handlingsplanen har 16 tiltak; det er ikke noe tiltak nummer 20.");
  });

  it("responsibility by number names that tiltak's responsible", () => {
    const a = ask("Hvem har ansvar for tiltak nummer 13?");
    expect(a.kind).toBe("tiltakResponsible");
    expect(a.text).toContain("ansvar: Alrek-koordinator");
  });

  it("the answer starts with the tiltak, its number and area; English quotes the Norwegian text as such", () => {
    expect(ask("tiltak nummer 7").text).toMatch(/^Tiltak 7, under Utdanning for fremtiden: «Bruke Alrek legesenter/);
    expect(ask("What is measure number 7?").text).toMatch(
      /^Measure 7, under Education for the future \(Utdanning for fremtiden\)\. In Norwegian: «Bruke/,
    );
  });
});

describe("plan answers are short: a summary by area, the full list a button away", () => {
  it.each([
    ["Hvilke tiltak har vi?", "nb"],
    ["Vis alle tiltak", "nb"],
    ["Kva tiltak har vi?", "nn"],
    ["Show all measures", "en"],
  ])("%s", (question, lang) => {
    const a = ask(question) as AnswerOf<"allTiltak">;
    expect(a.kind).toBe("allTiltak");
    expect(a.lang).toBe(lang);
    expect(a.full).toBe(false);
    expect(a.text.length).toBeLessThan(600);
    expect(a.text).not.toContain("Utvikle en kommunikasjonsplan");
    expect(a.actions.length).toBeGreaterThan(1);
    const full = ask(a.actions[0].question) as AnswerOf<"allTiltak">;
    expect(full.kind).toBe("allTiltak");
    expect(full.full).toBe(true);
  });
});
