import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/qa/index.js";
import { parseQuestion } from "../../src/qa/parse.js";
import { seedDirectory } from "../../src/seed/directory.js";

const ask = (text: string, locale?: string) => answerQuestion(text, { locale, directory: seedDirectory });

describe("answerQuestion texts", () => {
  it.each([
    ["Hvem sitter i Husrådet?", "groupMembers", ["Husrådet", "Karen Haugvaldstad", "intern Alrek-koordinator"]],
    [
      "hvem er med i faglig forum",
      "groupMembers",
      ["Anne Marita Milde", "fagleder, Kunnskapskommunen", "Kristine Lillebø", "Seksjon for kommuneleger"],
    ],
    [
      "styringsgruppa",
      "groupMembers",
      ["Ingelin Søråas", "Trond Egil Hansen", "Rønnaug Frøiland (BBSM – Etat for barn og familie)"],
    ],
    ["alrekdagene", "groupMembers", ["Karen Haugvaldstad", "Rullerer."]],
    ["brukerpanelet", "groupMembers", ["BEHO skal ikke være representert i dette panelet"]],
    [
      "Hvilke grupper sitter Benedikte Paulsen i?",
      "personGroups",
      ["Benedikte Paulsen", "Faggruppe for eldrehelse og eldreomsorg", "Faggruppe for migrasjon og innvandrerhelse"],
    ],
    [
      "Er BEHO representert i brukerpanelet?",
      "representedIn",
      ["Nei", "BEHO skal ikke være representert i dette panelet"],
    ],
    ["er beho representert i husrådet", "representedIn", ["Ja", "Karen Haugvaldstad"]],
    ["Hva er mandatet til faggruppe for registre?", "mandate", ["helsedatakilder"]],
    [
      "Hvem er Alrek-koordinator?",
      "coordinator",
      ["Karen Haugvaldstad", "Karen.Haugvaldstad@bergen.kommune.no", "E-post"],
    ],
    [
      "Hvem er partnerne i Alrek?",
      "partners",
      ["NORCE", "Høgskulen på Vestlandet (HVL)", "Universitetet i Bergen (UiB)", "FHI", "9 partnere"],
    ],
    ["Hvor ligger Alrek?", "location", ["Årstadveien 17", "3. etasje", "Borgertun"]],
    ["hva er Alrek", "about", ["2016", "kunnskapsutvikling", "innovasjon"]],
    ["hva er Alrekforum", "forum", ["Alrekforum BEHO", "høsten 2022", "Karen Haugvaldstad"]],
    ["hjelp", "help", ["Hvem sitter i Husrådet?"]],
    ["Anne", "ambiguous", ["Hvilken mener du", "Anne Marita Milde", "Anne Karine Monsen"]],
    ["hvem sitter i fotballaget?", "unknown", ["Jeg fant ingen", "fotballaget"]],
  ] as const)("bokmål: %s", (text, kind, parts) => {
    const a = ask(text);
    expect(a.kind).toBe(kind);
    expect(a.lang).toBe("nb");
    for (const p of parts) expect(a.text).toContain(p);
  });

  it.each([
    ["who sits in Husrådet?", "groupMembers", ["House council", "Karen Haugvaldstad"]],
    [
      "Is BEHO represented in the student panel?",
      "representedIn",
      ["No", "BEHO skal ikke være representert i dette panelet", "not to be represented"],
    ],
    [
      "Which groups is Karen Haugvaldstad in?",
      "personGroups",
      ["Karen Haugvaldstad sits in", "House council", "Communications group"],
    ],
    ["who is the coordinator", "coordinator", ["coordinator", "E-mail", "Karen.Haugvaldstad@bergen.kommune.no"]],
    ["what is the mandate of the registry group", "mandate", ["Mandate of Registry group", "helsedatakilder"]],
    ["where is Alrek", "location", ["is at Årstadveien 17"]],
    ["help", "help", ["Ask me"]],
    ["who is in the football team?", "unknown", ["I found no group"]],
  ] as const)("English: %s", (text, kind, parts) => {
    const a = ask(text);
    expect(a.kind).toBe(kind);
    expect(a.lang).toBe("en");
    for (const p of parts) expect(a.text).toContain(p);
  });

  it("never answers an unknown group with some group's members", () => {
    const a = ask("hvem sitter i fotballaget?");
    for (const p of seedDirectory.people) expect(a.text).not.toContain(p.name);
  });

  it("offers the nearest groups for a near miss it cannot be sure of", () => {
    const a = ask("hvem sitter i husstyret");
    expect(a.kind).toBe("unknown");
    if (a.kind !== "unknown") return;
    expect(a.suggestions.length).toBeGreaterThan(0);
  });

  it("every clarification button sends a question that resolves to exactly that candidate", () => {
    for (const [text, lang] of [
      ["faggruppe", "nb"],
      ["Anne", "nb"],
      ["Hansen", "en"],
      ["panel", "en"],
    ] as const) {
      const a = ask(text, lang === "en" ? "en-US" : undefined);
      expect(a.kind).toBe("ambiguous");
      if (a.kind !== "ambiguous") continue;
      expect(a.candidates.length).toBeGreaterThan(1);
      for (const c of a.candidates) {
        const q = parseQuestion(c.question, undefined, seedDirectory);
        expect(["groupMembers", "personGroups"]).toContain(q.intent);
        expect(q.lang).toBe(lang);
      }
    }
  });

  it("every listed group's button resolves back to that group, in both languages", () => {
    for (const locale of ["nb-NO", "en-US"]) {
      const a = ask(locale === "en-US" ? "list groups" : "hvilke grupper finnes", locale);
      if (a.kind !== "listGroups") throw new Error(a.kind);
      expect(a.groups).toHaveLength(18);
      a.groups.forEach((choice, i) => {
        const q = parseQuestion(choice.question, locale, seedDirectory);
        expect(q).toMatchObject({ intent: "groupMembers", groupId: seedDirectory.groups[i].id });
      });
    }
  });

  it("shows unit or role on members", () => {
    const a = ask("hvem sitter i eldregruppa");
    if (a.kind !== "groupMembers") throw new Error(a.kind);
    expect(a.members.map((m) => m.detail)).toEqual([
      "EVR",
      "Etat for hjemmebaserte tjenester (EHBT)",
      "ETTU",
      "Utviklingssenter for sykehjem og hjemmetjenester (USHT) Vestland (Hordaland)",
    ]);
  });
});
