import { describe, expect, it } from "vitest";
import type { ConversationSubject } from "../../src/domain/conversationContext.js";
import { answerTurn, type Answer } from "../../src/qa/index.js";
import { seedData } from "../../src/seed/index.js";
import { seedDocuments } from "../../src/seed/documents.js";

const NOW = new Date("2026-11-10T10:00:00Z");

/** Asks each question in turn in one conversation, keeping the subject as the bot does; the answers. */
function conversation(...questions: string[]): Answer[] {
  let context: ConversationSubject | undefined;
  return questions.map((q) => {
    const turn = answerTurn(q, { ...seedData, documents: seedDocuments, now: NOW, locale: "nb-NO", context });
    if (turn.subject) context = { ...turn.subject, at: NOW.toISOString() };
    return turn.answer;
  });
}

describe("follow-ups resolve against the conversation's last subject", () => {
  // [first question, follow-up, kind of the follow-up's answer, its language, words it says, words it must not say]
  it.each([
    // The false answers: the leader of another group, the all-groups menu, "fant ingen".
    [
      "Hvem sitter i Husrådet?",
      "og hvem leder den?",
      "groupLeader",
      "nb",
      ["Husrådet", "sier ikke hvem"],
      ["Karen Haugvaldstad", "Alrekforum"],
    ],
    [
      "Hvem er Anne Marita Milde?",
      "hvilke grupper sitter hun i?",
      "personGroups",
      "nb",
      ["Anne Marita Milde sitter i", "Lederforum"],
      ["Grupper: Partnermøtet"],
    ],
    [
      "Hvem er Anne Marita Milde?",
      "hvordan når jeg henne?",
      "personContact",
      "nb",
      ["Anne Marita Milde", "oppgir ikke e-post"],
      ["fant ingen"],
    ],
    [
      "Hvem er Alrek-koordinator?",
      "hvordan når jeg henne?",
      "personContact",
      "nb",
      ["Karen.Haugvaldstad@bergen.kommune.no"],
      [],
    ],
    [
      "Hvem er Alrek-koordinator?",
      "Hva er telefonnummeret hennes?",
      "personContact",
      "nb",
      ["oppgir ikke telefonnummer", "Karen.Haugvaldstad@bergen.kommune.no"],
      [],
    ],
    [
      "Hvem sitter i Alrekforum BEHO?",
      "og hvem leder den?",
      "groupLeader",
      "nb",
      ["Alrekforum BEHO ledes av Karen Haugvaldstad", "«Ledes av BEHO sin interne Alrek-koordinator.»"],
      [],
    ],
    [
      "Hvem sitter i faggruppe for barn og unge?",
      "Hvem leder den?",
      "groupLeader",
      "nb",
      ["«Ledes av representant fra Etat for barn og familie (BBSM).»", "Det står ikke hvem"],
      ["Maria Norheim", "Michelle Hansen"],
    ],
    [
      "Hva er mandatet til Husrådet?",
      "og Lederforum?",
      "mandate",
      "nb",
      ["Mandatet til Lederforum", "leiekontrakter"],
      [],
    ],
    ["Hvem sitter i Husrådet?", "og mandatet?", "mandate", "nb", ["Mandatet til Husrådet"], []],
    ["Hvem sitter i Styringsgruppen?", "hva med Lederforum?", "groupMembers", "nb", ["Anne Marita Milde"], ["Ingelin"]],
    [
      "Hvem er Karen Haugvaldstad?",
      "Sitter hun i styringsgruppa?",
      "groupMembers",
      "nb",
      ["Nei, Karen Haugvaldstad sitter ikke i Styringsgruppen"],
      [],
    ],
    [
      "Hvem er Karen Haugvaldstad?",
      "Er hun med i Husrådet?",
      "groupMembers",
      "nb",
      ["Ja, Karen Haugvaldstad sitter i Husrådet"],
      [],
    ],
    ["Hvem er Karen Haugvaldstad?", "Hva er bakgrunnen hennes?", "about", "nb", ["klinisk ernæringsfysiolog"], []],
    [
      "Hvem er Einar Engtrø?",
      "Hva er bakgrunnen hans?",
      "notInDocuments",
      "nb",
      ["Dokumentene sier ikke noe om bakgrunnen til Einar Engtrø"],
      ["ernæringsfysiolog"],
    ],
    ["Hvem sitter i styringsgruppen?", "hvem er de?", "groupMembers", "nb", ["Ingelin Søråas"], []],
    [
      "Når er neste fredagspresentasjon?",
      "og hvor er den?",
      "nextEvent",
      "nb",
      ["Fredagspresentasjoner", "Kantinen"],
      [],
    ],
    [
      "tiltak nummer 3",
      "hvem har ansvar for det?",
      "tiltakResponsible",
      "nb",
      ["Sikre at byrådsavdelingens medarbeidere"],
      ["Kommunaldirektør er overordnet"],
    ],
    [
      "Hva går det fjerde tiltaket ut på?",
      "Hvem har ansvar for tiltaket?",
      "tiltakResponsible",
      "nb",
      ["Benytte klyngeaktiviteter aktivt"],
      [],
    ],
    // nynorsk
    [
      "Kven sit i Husrådet?",
      "og kven leiar den?",
      "groupLeader",
      "nn",
      ["Dokumenta seier ikkje kven som leiar Husrådet"],
      ["Karen"],
    ],
    ["Kven er Anne Marita Milde?", "kva grupper sit ho i?", "personGroups", "nn", ["Anne Marita Milde sit i"], []],
    [
      "Kven er Alrek-koordinator?",
      "korleis når eg henne?",
      "personContact",
      "nn",
      ["Karen.Haugvaldstad@bergen.kommune.no"],
      [],
    ],
    [
      "Kven sit i faggruppa for barn og unge?",
      "Kven leiar dei?",
      "groupLeader",
      "nn",
      ["på bokmål", "Ledes av representant fra Etat for barn og familie"],
      ["Maria Norheim"],
    ],
    ["Kva er mandatet til Husrådet?", "kva med Lederforum?", "mandate", "nn", ["Mandatet til Lederforum"], []],
    // English
    [
      "Who sits in the house council?",
      "and who leads it?",
      "groupLeader",
      "en",
      ["do not say who leads House council"],
      ["Karen"],
    ],
    ["Who is Anne Marita Milde?", "which groups is she in?", "personGroups", "en", ["Anne Marita Milde sits in"], []],
    [
      "Who is the coordinator?",
      "how do I reach her?",
      "personContact",
      "en",
      ["Karen.Haugvaldstad@bergen.kommune.no"],
      [],
    ],
    [
      "Who is the coordinator?",
      "what is her background?",
      "about",
      "en",
      ["clinical nutritionist", "in Norwegian"],
      [],
    ],
    ["What is the mandate of the registry group?", "what about the user panel?", "mandate", "en", ["User panel"], []],
    [
      "Who sits in the steering group?",
      "who leads it?",
      "groupLeader",
      "en",
      ["do not say who leads Steering group"],
      [],
    ],
  ])("%s → %s", (first, followUp, kind, lang, says, never) => {
    const [, answer] = conversation(first, followUp);
    expect(answer.kind).toBe(kind);
    expect(answer.lang).toBe(lang);
    for (const s of says) expect(answer.text).toContain(s);
    for (const n of never) expect(answer.text).not.toContain(n);
  });

  it("a new explicit subject replaces the old one", () => {
    const [, , third] = conversation("Hvem sitter i Husrådet?", "Hvem sitter i Alrekforum BEHO?", "og hvem leder den?");
    expect(third.kind).toBe("groupLeader");
    expect(third.text).toContain("Alrekforum BEHO ledes av Karen Haugvaldstad");
  });

  it("a question without a subject of its own keeps the old one", () => {
    const [, , third] = conversation(
      "Hvem er Anne Marita Milde?",
      "Hva skjer fremover?",
      "hvilke grupper sitter hun i?",
    );
    expect(third.kind).toBe("personGroups");
    expect(third.text).toContain("Anne Marita Milde");
  });

  it.each([
    ["hvilke grupper sitter hun i?", "nb", "«hun»"],
    ["og hvem leder den?", "nb", "«den»"],
    ["kven leiar den?", "nn", "«den»"],
    ["and who leads it?", "en", "«it»"],
    ["hvordan når jeg henne?", "nb", "«henne»"],
  ])("with nothing to refer to, %s asks back", (question, lang, pronoun) => {
    const [answer] = conversation(question);
    expect(answer.kind).toBe("needsSubject");
    expect(answer.lang).toBe(lang);
    expect(answer.text).toContain(pronoun);
  });

  it("a personal pronoun never points at a group, nor 'den' at a person: it asks back", () => {
    expect(conversation("Hvem sitter i Husrådet?", "hvilke grupper sitter hun i?")[1].kind).toBe("needsSubject");
    expect(conversation("Hvem er Anne Marita Milde?", "hva er mandatet til den?")[1].kind).toBe("needsSubject");
  });

  it("a follow-up of several questions refers to the first question's subject", () => {
    const [answer] = conversation("Hvem sitter i faggruppe for registre? Og hvem leder den?");
    expect(answer.kind).toBe("multi");
    expect(answer.text).toContain("Einar Engtrø");
    expect(answer.text).toContain("Dokumentene sier ikke hvem som leder Faggruppe for registre.");
  });
});
