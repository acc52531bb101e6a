import { describe, expect, it } from "vitest";
import { renderAnswer } from "../../../src/bot/cards/index.js";
import { answerQuestion, type Answer } from "../../../src/qa/index.js";
import { seedData } from "../../../src/seed/index.js";
import { seedDocuments } from "../../../src/seed/documents.js";

const ask = (text: string): Answer =>
  answerQuestion(text, {
    ...seedData,
    documents: seedDocuments,
    locale: "nb-NO",
    now: new Date("2026-11-10T10:00:00Z"),
  });
const json = (card: unknown) => JSON.stringify(card);

describe("cards of the new answer kinds", () => {
  it.each([
    ["Er UiB med i Alrek?", "partnerCheck", ["UiB i Alrek helseklynge", "Partnerne dokumentet lister"]],
    [
      "Hvem leder Faggruppe for barn og unge?",
      "groupLeader",
      ["Hvem leder Faggruppe for barn og unge", "Fra dokumentet"],
    ],
    [
      "Hvordan kontakter jeg Karen Haugvaldstad?",
      "personContact",
      ["Kontakt: Karen Haugvaldstad", "mailto:Karen.Haugvaldstad@bergen.kommune.no"],
    ],
    ["Tusen takk!", "thanks", ["Bare hyggelig!", "Hva kan jeg spørre om?"]],
    ["Hvem leder den?", "needsSubject", ["Hvem eller hva mener du?", "Hvem sitter i Husrådet?"]],
    ["Hvor mange er det plass til i Borgertun?", "notInDocuments", ["Står ikke i dokumentene", "Vis eksempler"]],
    [
      "Når kommer mikrofonene i Borgertun?",
      "passage",
      ["Fra dokumentene", "Kilde", "Samarbeid med partnerne i klyngen"],
    ],
    ["Hva er tiltak nummer 6?", "tiltakDetail", ["Tiltak 6", "Eksempelvis simulering", "Satsingsområde"]],
    ["Hvem sitter i Husrådet? Hvem leder den?", "multi", ["BEHO sine medlemmer", "Hvem leder Husrådet"]],
  ])("%s (%s)", (question, kind, parts) => {
    const a = ask(question);
    expect(a.kind).toBe(kind);
    const card = renderAnswer(a);
    expect(card.type).toBe("AdaptiveCard");
    expect(card.version).toBe("1.5");
    expect(card.lang).toBe("nb");
    for (const p of parts) expect(json(card)).toContain(p);
  });

  it("the passage is set apart as a quote, its source under it", () => {
    const card = json(renderAnswer(ask("Når kommer mikrofonene i Borgertun?")));
    expect(card).toContain('"style":"emphasis"');
    expect(card).toContain("«");
  });

  it("a card in English or nynorsk carries that language", () => {
    expect(renderAnswer(ask("Who leads it?")).lang).toBe("en");
    expect(renderAnswer(ask("Kven leiar den?")).lang).toBe("nn");
  });

  it("a typed name is shown as text, never as markup", () => {
    const card = json(renderAnswer(ask("Er [Logg inn](https://evil.example) med i Alrek?")));
    expect(card).not.toContain("[Logg inn](https://evil.example)");
  });

  it("one heading, naming what was asked: a single tiltak is not under 'Ansvar'", () => {
    const card = renderAnswer(ask("tiltak nummer 2")) as { body: { style?: string; text?: string }[] };
    expect(card.body.filter((b) => b.style === "heading").map((b) => b.text)).toEqual(["Tiltak 2"]);
    expect(json(card)).not.toContain("Ansvar og oppfølging");
  });
});
