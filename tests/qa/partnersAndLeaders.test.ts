import { describe, expect, it } from "vitest";
import { answerQuestion, type Answer } from "../../src/qa/index.js";
import { seedData } from "../../src/seed/index.js";
import { seedDocuments } from "../../src/seed/documents.js";

const ask = (text: string, locale = "nb-NO"): Answer =>
  answerQuestion(text, { ...seedData, documents: seedDocuments, locale, now: new Date("2026-11-10T10:00:00Z") });

/** Members of Faggruppe for innovasjon og e-helse: the group a shared word ("helse") used to pull in. */
const EHELSE_MEMBERS = ["Aslaug Lunde", "Torill Kvamme"];

describe("partners are facts with yes/no answers", () => {
  it.each([
    ["Er UiB med i Alrek?", "nb", /^Ja, UiB er en av de 9 partnerne i Alrek helseklynge/],
    ["Er NORCE med i klyngen?", "nb", /^Ja, NORCE er en av de 9 partnerne/],
    ["Er Haukeland med i Alrek?", "nb", /^Ja, Haukeland .*Helse Bergen v\/Haukeland universitetssjukehus/],
    ["Er Høgskulen på Vestlandet med i Alrek helseklynge?", "nb", /^Ja, Høgskulen på Vestlandet er en av/],
    ["Er FHI partner i Alrek?", "nb", /^Ja, FHI er en av/],
    ["Er Bergen kommune en partner i klyngen?", "nb", /^Ja, Bergen kommune er en av/],
    ["Er Helse Vest med i Alrek?", "nb", /^Nei, «Helse Vest» er ikke blant de 9 partnerne dokumentet lister/],
    ["Er Helse Bergen med i Alrek?", "nb", /^Ja, Helse Bergen er en av/],
    ["Er Sykehuset Innlandet med i Alrek?", "nb", /^Nei, «Sykehuset Innlandet» er ikke blant/],
    ["Er NTNU en partner i Alrek?", "nb", /^Nei, «NTNU» er ikke blant/],
    ["Er VID ein partnar i klynga?", "nn", /^Ja, VID er ein av dei 9 partnarane/],
    ["Er Helse Vest ein partnar i klynga?", "nn", /^Nei, «Helse Vest» er ikkje blant dei 9 partnarane/],
    ["Is NORCE a partner in the cluster?", "en", /^Yes, NORCE is one of the 9 partners of Alrek helseklynge/],
    ["Is Helse Vest part of Alrek?", "en", /^No, «Helse Vest» is not among the 9 partners/],
    [
      "Is the University of Bergen a partner in Alrek?",
      "en",
      /^Yes, University of Bergen is one of the 9 partners.*Universitetet i Bergen \(UiB\)/,
    ],
    ["Hvem er UiB?", "nb", /^Ja, UiB er en av de 9 partnerne/],
  ])("%s", (question, lang, start) => {
    const a = ask(question);
    expect(a.kind).toBe("partnerCheck");
    expect(a.lang).toBe(lang);
    expect(a.text).toMatch(start);
    for (const m of EHELSE_MEMBERS) expect(a.text).not.toContain(m);
  });
});

describe("a shared word never pulls in a real group", () => {
  it.each([
    "Hvem sitter i helsegruppa?",
    "Hvem sitter i Helseforum?",
    "Hva er helse?",
    "Hvem sitter i faggruppe for folkehelse?",
    "Kven sit i helsegruppa?",
    "Who is in the health group?",
    "Er Helse Vest med i Alrek?",
    "Hvem sitter i Helse Bergen?",
  ])("%s is not answered with the members of Faggruppe for innovasjon og e-helse", (question) => {
    const a = ask(question);
    expect(a.kind).not.toBe("groupMembers");
    for (const m of EHELSE_MEMBERS) expect(a.text).not.toContain(m);
  });

  it("an unknown group is said to be unknown, with the nearest groups as buttons", () => {
    const a = ask("Hvem sitter i helsegruppa?");
    expect(a.kind).toBe("unknown");
    expect("suggestions" in a && a.suggestions.map((s) => s.label)).toContain("Faggruppe for innovasjon og e-helse");
  });

  it.each([
    ["e-helse", "faggruppe-innovasjon-ehelse"],
    ["Hvem sitter i e-helsegruppa?", "faggruppe-innovasjon-ehelse"],
    ["hvem sitter i ehelsegruppa", "faggruppe-innovasjon-ehelse"],
  ])("the group's own names still find it: %s", (question, groupId) => {
    const a = ask(question);
    expect(a.kind).toBe("groupMembers");
    expect("group" in a && a.group.id).toBe(groupId);
  });
});

describe("group leaders as the documents give them", () => {
  it.each([
    ["Hvem leder Alrekforum BEHO?", "nb", ["Alrekforum BEHO ledes av Karen Haugvaldstad"], []],
    [
      "Hvem leder Faggruppe for barn og unge?",
      "nb",
      ["«Ledes av representant fra Etat for barn og familie (BBSM).»", "Det står ikke hvem det er."],
      ["Maria Norheim", "Marta Klakegg"],
    ],
    ["Hvem leder Husrådet?", "nb", ["Dokumentene sier ikke hvem som leder Husrådet."], ["Karen"]],
    [
      "Hvem er leder for styringsgruppen?",
      "nb",
      ["Dokumentene sier ikke hvem som leder Styringsgruppen."],
      ["Ingelin"],
    ],
    ["Hvem leder Faglig forum?", "nb", ["sier ikke hvem som leder Faglig forum"], ["Anne Marita Milde"]],
    ["Hvem leder registergruppa?", "nb", ["sier ikke hvem som leder Faggruppe for registre"], ["Einar"]],
    ["Kven leiar Alrekforum?", "nn", ["Alrekforum BEHO vert leidd av Karen Haugvaldstad", "på bokmål"], []],
    [
      "Kven leiar faggruppa for barn og unge?",
      "nn",
      ["ein representant for ei eining", "på bokmål"],
      ["Maria Norheim"],
    ],
    [
      "Kven leiar Kommunikasjonsgruppen?",
      "nn",
      ["Dokumenta seier ikkje kven som leiar Kommunikasjonsgruppen"],
      ["Karen"],
    ],
    [
      "Who leads the children and youth group?",
      "en",
      ["led by a representative of a unit", "In Norwegian"],
      ["Maria Norheim"],
    ],
    ["Who chairs the steering group?", "en", ["The documents do not say who leads Steering group"], []],
    ["Who heads Alrekforum?", "en", ["is led by Karen Haugvaldstad"], []],
  ])("%s", (question, lang, says, never) => {
    const a = ask(question);
    expect(a.kind).toBe("groupLeader");
    expect(a.lang).toBe(lang);
    for (const s of says) expect(a.text).toContain(s);
    for (const n of never) expect(a.text).not.toContain(n);
  });
});

describe("how to reach someone: what the documents give, and that they give no phone numbers", () => {
  it.each([
    ["Hvordan kontakter jeg Karen Haugvaldstad?", "personContact", ["Karen.Haugvaldstad@bergen.kommune.no"]],
    ["Hva er e-posten til Karen?", "personContact", ["Karen.Haugvaldstad@bergen.kommune.no"]],
    [
      "Hva er telefonnummeret til Karen?",
      "personContact",
      ["oppgir ikke telefonnummer til Karen Haugvaldstad", "e-post"],
    ],
    ["Hva er telefonnummeret til Einar Engtrø?", "personContact", ["oppgir ikke telefonnummer til Einar Engtrø"]],
    ["Hvordan kontakter jeg Mette Tollånes?", "personContact", ["oppgir ikke e-post eller telefon for Mette Tollånes"]],
    ["Korleis kontaktar eg Karen Haugvaldstad?", "personContact", ["Karen.Haugvaldstad@bergen.kommune.no"]],
    ["Kva er telefonnummeret til Aslaug Lunde?", "personContact", ["oppgir ikkje telefonnummer til Aslaug Lunde"]],
    ["What is Karen Haugvaldstad's phone number?", "personContact", ["no phone number for Karen Haugvaldstad"]],
    ["How do I contact Anja Lundberg Bang?", "personContact", ["no e-mail or phone number for Anja Lundberg Bang"]],
    ["Hva er telefonnummeret til Alrek?", "notInDocuments", ["Dokumentene oppgir ingen telefonnumre"]],
    ["Hva er telefonnummeret til Husrådet?", "notInDocuments", ["ingen telefonnumre for Husrådet"]],
  ])("%s", (question, kind, says) => {
    const a = ask(question);
    expect(a.kind).toBe(kind);
    for (const s of says) expect(a.text).toContain(s);
    expect(a.text).not.toMatch(/\d{8}|\+47/);
  });
});

describe("the coordinator's background and what she takes part in, in the asker's language", () => {
  it.each([
    [
      "Hva er Karens bakgrunn?",
      "nb",
      /^Karen er klinisk ernæringsfysiolog/,
      ["Kilde: Nyhetssak"],
      ["FRONESIS", "Ett av tiltakene"],
    ],
    ["Hva er bakgrunnen til koordinatoren?", "nb", /^Karen er klinisk ernæringsfysiolog/, [], ["FRONESIS"]],
    [
      "Kva bakgrunn har Karen?",
      "nn",
      /^Karen Haugvaldstad er klinisk ernæringsfysiolog og byrja/,
      ["på bokmål: «Karen er klinisk"],
      ["FRONESIS"],
    ],
    [
      "Kva er bakgrunnen til koordinatoren?",
      "nn",
      /^Karen Haugvaldstad er klinisk ernæringsfysiolog/,
      [],
      ["FRONESIS"],
    ],
    [
      "What is Karen's background?",
      "en",
      /^Karen Haugvaldstad is a clinical nutritionist/,
      ["in Norwegian: «Karen er klinisk"],
      ["FRONESIS"],
    ],
    ["What is the coordinator's background?", "en", /^Karen Haugvaldstad is a clinical nutritionist/, [], []],
    ["Hva er FRONESIS?", "nb", /^I tillegg jobber hun 50% som prosjektkoordinator/, [], ["ernæringsfysiolog"]],
    [
      "Which projects does Karen work on?",
      "en",
      /^Karen Haugvaldstad also works 50 % as project coordinator/,
      ["FRONESIS"],
      ["nutritionist"],
    ],
  ])("%s", (question, lang, start, says, never) => {
    const a = ask(question);
    expect(a.kind).toBe("about");
    expect(a.lang).toBe(lang);
    expect(a.text).toMatch(start);
    for (const s of says) expect(a.text).toContain(s);
    for (const n of never) expect(a.text).not.toContain(n);
  });

  it.each([
    ["Hva deltar koordinatoren i?", "nb", ["Husrådet", "Kommunikasjonsgruppen", "FRONESIS"]],
    ["Kva deltek koordinatoren i?", "nn", ["Husrådet", "Ho jobbar òg 50 %"]],
    ["What does the coordinator take part in?", "en", ["House council", "She also works 50 %"]],
  ])("%s: her seats and her project", (question, lang, says) => {
    const a = ask(question);
    expect(a.kind).toBe("personGroups");
    expect(a.lang).toBe(lang);
    for (const s of says) expect(a.text).toContain(s);
  });

  it("someone else's background is not the coordinator's", () => {
    const a = ask("Hva er bakgrunnen til Anne Marita Milde?");
    expect(a.kind).toBe("notInDocuments");
    expect(a.text).not.toContain("ernæringsfysiolog");
  });
});
