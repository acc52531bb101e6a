import { describe, expect, it } from "vitest";
import { answerQuestion, type Answer } from "../../src/qa/index.js";
import { seedData } from "../../src/seed/index.js";

const ask = (text: string, locale?: string): Answer =>
  answerQuestion(text, { ...seedData, locale, now: new Date("2026-11-10T10:00:00Z") });

const suggestionLabels = (a: Answer): string[] => ("suggestions" in a ? a.suggestions.map((s) => s.label) : []);

describe("a name not in the documents is said to be unknown, never answered as someone else", () => {
  it.each([
    ["Hvilke grupper sitter Karen Olsen i?", "Karen Olsen", ["Karen Haugvaldstad"]],
    ["Hvem er Karen Olsen?", "Karen Olsen", ["Karen Haugvaldstad"]],
    ["hvilke grupper sitter karen olsen i", "karen olsen", ["Karen Haugvaldstad"]],
    ["Hvor sitter Kari Nordmann?", "Kari Nordmann", ["Kari Sunnevåg"]],
    ["Hvem er Karen Hansen", "Karen Hansen", ["Karen Haugvaldstad", "Michelle Hansen"]],
    ["Hvilke grupper sitter Ola Nordmann i?", "Ola Nordmann", []],
    ["Hvem er Ola Nordmann?", "Ola Nordmann", []],
    ["Hvor sitter Ola Nordmann?", "Ola Nordmann", []],
    ["Which groups is Karen Olsen in?", "Karen Olsen", ["Karen Haugvaldstad"]],
    ["Who is Ola Nordmann?", "Ola Nordmann", []],
    ["Hva gjør Benedikte Olsen?", "Benedikte Olsen", ["Benedikte Paulsen"]],
  ])("%s", (question, name, suggested) => {
    const a = ask(question);
    expect(a.kind).toBe("unknown");
    expect(a.text).toMatch(/^(Jeg finner ingen person som heter|I find no person named) «/);
    expect(a.text).toContain(`«${name}»`);
    for (const s of suggested) expect(suggestionLabels(a)).toContain(s);
    expect(a.text).not.toMatch(/sitter i:|sits in:|Grupper:/);
  });

  it.each([
    ["Hvem er Karen?", "Karen Haugvaldstad"],
    ["Hvem er Anne Marita?", "Anne Marita Milde"],
    ["Hvilke grupper sitter Karen Haugvalstad i?", "Karen Haugvaldstad"],
  ])("a known name or part still finds the person: %s", (question, person) => {
    const a = ask(question);
    expect(a.kind).toBe("personGroups");
    expect(a.text).toContain(person);
  });
});

describe("a group not in the documents is said to be unknown, with the nearest as buttons", () => {
  it.each([
    ["Hvem sitter i faggruppe for folkehelse?"],
    ["Hvem er med i faggruppa for kreft"],
    ["Who sits in the professional group for cancer?"],
    ["Hvem sitter i panelet for pårørende?"],
  ])("%s", (question) => {
    const a = ask(question);
    expect(a.kind).toBe("unknown");
    expect(a.text).toMatch(/^(Jeg finner ingen slik gruppe|I find no such group)/);
    expect(suggestionLabels(a).length).toBeGreaterThan(0);
  });

  it.each([
    ["hvem sitter i faggruppe for regsitre", "Einar Engtrø"],
    ["hvem sitter i faggruppa for eldrehelse", "Anita Brekke Røed"],
  ])("a typo of a real group still answers: %s", (question, member) => {
    expect(ask(question).text).toContain(member);
  });
});

describe("yes/no questions start with the answer", () => {
  it.each([
    ["Sitter Karen Haugvaldstad i Husrådet?", "groupMembers", /^Ja, Karen Haugvaldstad sitter i Husrådet/],
    [
      "Sitter Karen Haugvaldstad i Styringsgruppen?",
      "groupMembers",
      /^Nei, Karen Haugvaldstad sitter ikke i Styringsgruppen/,
    ],
    ["sitter benedikte paulsen i faggruppe for migrasjon", "groupMembers", /^Ja, Benedikte Paulsen/],
    ["Er BEHO med i brukerpanelet?", "representedIn", /^Nei\./],
    ["Er BEHO med i Husrådet?", "representedIn", /^Ja, BEHO er representert i Husrådet/],
    ["Is BEHO in the user panel?", "representedIn", /^No\./],
    ["Sitter Anne Marita Milde i Lederforum?", "groupMembers", /^Ja, Anne Marita Milde sitter i Lederforum/],
  ])("%s", (question, kind, start) => {
    const a = ask(question);
    expect(a.kind).toBe(kind);
    expect(a.text).toMatch(start);
  });
});

describe("past events, plan-level facts and roles, as the documents give them", () => {
  it.each([
    ["Når var de første Alrekdagene?", "about", ["2021"]],
    [
      "Hva gjorde BEHO i forrige periode?",
      "about",
      ["Høstmøte om forskning i primærhelsetjenesten 2023", "Fredagspresentasjoner"],
    ],
    ["Hva skjedde i 2022-2023?", "about", ["Digital helse-dager"]],
    ["Hvilket satsingsområde er nytt?", "about", ["samarbeid mellom offentlig og privat sektor", "innovasjon i helse"]],
    ["Hva er nytt i planen?", "about", ["nytt satsingsområde"]],
    [
      "Hvor mange søknader sendte kommunen til forskningsrådet?",
      "about",
      ["10 søknader til Norges forskningsråd", "Februar 2023"],
    ],
    [
      "Hva er Karens bakgrunn?",
      "about",
      ["klinisk ernæringsfysiolog", "høsten 2020", "Etat for håndtering av Covid-19", "USHT"],
    ],
    ["Hva er FRONESIS?", "about", ["50%", "FRONESIS"]],
    ["Når ble koordinatoren ansatt?", "about", ["konkret tiltak i handlingsplanen for forrige periode"]],
    ["Når ble Alrekforum BEHO opprettet?", "forum", ["høsten 2022"]],
    ["Når ble klyngen etablert?", "about", ["2016"]],
    ["Hvem er kommunaldirektør?", "personGroups", ["Kjell Wolff"]],
    ["Hvem er administrasjonssjef?", "personGroups", ["Ingelin Søråas"]],
    ["Hvem er fagleder i Kunnskapskommunen?", "personGroups", ["Anne Marita Milde"]],
    ["Hvem er rådgiver i Smart omsorg?", "personGroups", ["Alette Stang"]],
    ["Hvem er kommuneoverlegen?", "about", ["oppgir ikke hvem det er", "Styringsgruppen"]],
    ["VR", "tiltakDetail", ["alternative læringsarenaer"]],
    ["Hva gjør vi med VR?", "tiltakDetail", ["alternative læringsarenaer"]],
    ["What is the coordinator's background?", "about", ["klinisk ernæringsfysiolog"]],
  ])("%s", (question, kind, parts) => {
    const a = ask(question);
    expect(a.kind).toBe(kind);
    for (const p of parts) expect(a.text).toContain(p);
  });

  it("names no one for a role the documents leave unnamed", () => {
    const a = ask("Hvem er kommuneoverlegen?");
    for (const p of seedData.directory.people) expect(a.text).not.toContain(p.name);
  });

  it("still answers the next Alrek helsedager as an event", () => {
    expect(ask("Når er Alrekdagene?").kind).toBe("nextEvent");
  });
});
