import { describe, expect, it } from "vitest";
import { answerQuestion, type AnswerOf } from "../../src/qa/index.js";
import { splitQuestions } from "../../src/qa/multi.js";
import { seedData } from "../../src/seed/index.js";
import { seedDocuments } from "../../src/seed/documents.js";

const ask = (text: string) =>
  answerQuestion(text, {
    ...seedData,
    documents: seedDocuments,
    locale: "nb-NO",
    now: new Date("2026-11-10T10:00:00Z"),
  });

describe("several questions in one message are each answered", () => {
  it.each([
    [
      "Hvem sitter i Husrådet og hva er mandatet til Lederforum?",
      "nb",
      ["groupMembers", "mandate"],
      ["Karen Haugvaldstad", "leiekontrakter"],
    ],
    [
      "Hvem sitter i Husrådet? Hva er mandatet til Lederforum?",
      "nb",
      ["groupMembers", "mandate"],
      ["Karen Haugvaldstad", "leiekontrakter"],
    ],
    [
      "Hvem er koordinator, og hvor ligger Alrek?",
      "nb",
      ["coordinator", "location"],
      ["Karen Haugvaldstad", "Årstadveien 17"],
    ],
    [
      "Hvem leder Alrekforum? Og hvem sitter i Styringsgruppen?",
      "nb",
      ["groupLeader", "groupMembers"],
      ["ledes av Karen", "Ingelin Søråas"],
    ],
    [
      "Kven sit i Husrådet, og kva er mandatet til Lederforum?",
      "nn",
      ["groupMembers", "mandate"],
      ["Karen Haugvaldstad", "leiekontrakter"],
    ],
    ["Kven er koordinator? Kvar ligg Alrek?", "nn", ["coordinator", "location"], ["Karen", "ligg i Årstadveien 17"]],
    [
      "Who sits in the house council and what is the mandate of the leaders forum?",
      "en",
      ["groupMembers", "mandate"],
      ["Karen Haugvaldstad", "leiekontrakter"],
    ],
    [
      "Is UiB a partner in Alrek? Who leads the steering group?",
      "en",
      ["partnerCheck", "groupLeader"],
      ["Yes, UiB", "do not say who leads"],
    ],
    [
      "Er Helse Vest med i Alrek? Hvem sitter i faggruppe for registre?",
      "nb",
      ["partnerCheck", "groupMembers"],
      ["Nei, «Helse Vest»", "Einar Engtrø"],
    ],
    [
      "Hva er tiltak nummer 1? Og hvem har ansvar for det?",
      "nb",
      ["tiltakDetail", "tiltakResponsible"],
      ["Tiltak 1", "ansvar: BEHO"],
    ],
  ])("%s", (question, lang, kinds, says) => {
    const a = ask(question) as AnswerOf<"multi">;
    expect(a.kind).toBe("multi");
    expect(a.lang).toBe(lang);
    expect(a.parts.map((p) => p.kind)).toEqual(kinds);
    for (const s of says) expect(a.text).toContain(s);
    // The first part's answer first: the notification's summary.
    expect(a.text.startsWith(a.parts[0].text)).toBe(true);
  });

  it("past three questions, the others are offered as buttons and said to be offered", () => {
    const a = ask(
      "Hvem sitter i Husrådet? Hvem sitter i Lederforum? Hvem sitter i Faglig forum? Hvem sitter i Styringsgruppen?",
    ) as AnswerOf<"multi">;
    expect(a.parts).toHaveLength(3);
    expect(a.offered).toEqual([
      { label: "Hvem sitter i Styringsgruppen?", question: "Hvem sitter i Styringsgruppen?" },
    ]);
    expect(a.text).toContain("Du spurte også om: «Hvem sitter i Styringsgruppen?»");
  });

  it.each([
    "Hvem sitter i faggruppe for barn og unge?",
    "Hva er mandatet til faggruppe for lærings- og mestringsaktivitet?",
    "Hva skjer fremover?",
    "Kan jeg låne Borgertun 1. juledag?",
    "hvem sitter i innovasjon og e-helse",
  ])("one question stays one, whatever 'og' it holds: %s", (question) => {
    expect(splitQuestions(question)).toEqual([question]);
  });

  it("thanks beside a question adds no section of its own", () => {
    const a = ask("Takk! Hvem sitter i Husrådet?");
    expect(a.kind).toBe("groupMembers");
  });
});
