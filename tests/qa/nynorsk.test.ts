import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/qa/index.js";
import { detectLanguage } from "../../src/qa/language.js";
import { parseQuestion } from "../../src/qa/parse.js";
import type { Question } from "../../src/qa/question.js";
import { seedDirectory } from "../../src/seed/directory.js";
import { seedEvents } from "../../src/seed/events.js";
import { seedPlanPeriod, seedTiltak } from "../../src/seed/plan.js";

const knowledge = { events: seedEvents, period: seedPlanPeriod, tiltak: seedTiltak };

/** The target of a parsed question, compactly: ids, a period, a topic or "-". */
function target(q: Question): string {
  switch (q.intent) {
    case "groupMembers":
    case "representedIn":
    case "mandate":
      return q.groupId;
    case "personGroups":
      return q.personId;
    case "nextEvent":
      return q.eventIds.join(",");
    case "eventsInPeriod":
      return q.period.unit === "namedMonth"
        ? `month:${q.period.month}`
        : q.period.unit === "days"
          ? `days:${JSON.stringify(q.period.expr)}`
          : `${q.period.unit}:${q.period.offset}`;
    case "tiltakByArea":
      return q.areaIds.join(",");
    case "tiltakResponsible":
      return q.tiltakIds.length > 0 ? "tiltak" : q.areaIds.length > 0 ? `area:${q.areaIds.join(",")}` : "general";
    case "about":
      return q.topic;
    default:
      return "-";
  }
}

// [typed text, expected intent, expected target]: every one is nynorsk with no locale at all.
const nynorsk: [string, Question["intent"], string][] = [
  ["Kven sit i Husrådet?", "groupMembers", "husradet"],
  ["kven sit i husradet", "groupMembers", "husradet"],
  ["Kven sit i faggruppa for registre?", "groupMembers", "faggruppe-registre"],
  ["Kven sit i styringsgruppa?", "groupMembers", "styringsgruppen"],
  ["Kven er medlemer i lederforum?", "groupMembers", "lederforum"],
  ["Kven representerer BEHO i kommunikasjonsgruppa?", "groupMembers", "kommunikasjonsgruppen"],
  ["Kva grupper sit Karen Haugvaldstad i?", "personGroups", "karen-haugvaldstad"],
  ["Kvar sit Karen Haugvaldstad?", "personGroups", "karen-haugvaldstad"],
  ["Kva grupper sit Benedikte Paulsen i?", "personGroups", "benedikte-paulsen"],
  // As in bokmål, "med i" asks who is there; the answer says BEHO is not to be represented.
  ["Er BEHO med i brukarpanelet?", "representedIn", "brukerpanel"],
  ["Er BEHO representert i brukarpanelet?", "representedIn", "brukerpanel"],
  ["Kva er mandatet til faggruppa for registre?", "mandate", "faggruppe-registre"],
  ["Kva er oppgåva til Husrådet?", "mandate", "husradet"],
  ["Kvar ligg Alrek?", "location", "-"],
  ["Kvar ligg kontoret?", "location", "-"],
  ["Kven er Alrek-koordinator?", "coordinator", "-"],
  ["Kven er koordinatoren?", "coordinator", "-"],
  ["Kven er partnarane i Alrek?", "partners", "-"],
  ["Kva er Alrek?", "about", "general"],
  ["Kva er visjonen til Alrek?", "about", "vision"],
  ["Når vart Alrek oppretta?", "about", "established"],
  ["Kva er Alrekforum?", "forum", "-"],
  ["Kva grupper finst?", "listGroups", "-"],
  ["Kva skjer framover?", "upcomingEvents", "-"],
  ["komande hendingar", "upcomingEvents", "-"],
  ["Kva skjer neste månad?", "eventsInPeriod", "month:1"],
  ["Kva skjer denne veka?", "eventsInPeriod", "week:0"],
  ["Kva skjer neste veke?", "eventsInPeriod", "week:1"],
  ["Kva skjer i desember?", "eventsInPeriod", "month:12"],
  ["Når kjem neste fredagspresentasjon?", "nextEvent", "fredagspresentasjoner"],
  ["Kva tiltak har vi for utdanning for framtida?", "tiltakByArea", "utdanning"],
  ["Kva tiltak finst for forsking?", "tiltakByArea", "forskning"],
  ["Vis alle tiltaka", "allTiltak", "-"],
  ["Korleis går det med tiltaka?", "tiltakStatus", "-"],
  ["Kva er status for tiltaka?", "tiltakStatus", "-"],
  ["Kven har ansvar for kommunikasjonsplanen?", "tiltakResponsible", "tiltak"],
  ["Kven er ansvarleg for kommunikasjonsplanen?", "tiltakResponsible", "tiltak"],
  ["Kven sit i fotballaget?", "unknown", "-"],
];

describe("nynorsk questions", () => {
  it.each(nynorsk)("%s → %s %s, in nynorsk", (text, intent, expected) => {
    const q = parseQuestion(text, undefined, seedDirectory, knowledge);
    expect(q.intent).toBe(intent);
    expect(target(q)).toBe(expected);
    expect(q.lang).toBe("nn");
  });
});

// [typed text, activity locale, expected language]: nynorsk-only words decide; shared words do not; then the locale.
const languageCases: [string, string | undefined, "nb" | "nn" | "en"][] = [
  ["Når er neste fredagspresentasjon?", "nn-NO", "nn"],
  ["Når er neste fredagspresentasjon?", "nn", "nn"],
  ["Når er neste fredagspresentasjon?", "nno", "nn"],
  ["Når er neste fredagspresentasjon?", "nb-NO", "nb"],
  ["Når er neste fredagspresentasjon?", undefined, "nb"],
  ["hjelp", "nn-NO", "nn"],
  ["abonner", "nn-NO", "nn"],
  ["Er BEHO representert i brukerpanelet?", "nn-NO", "nn"],
  ["Er BEHO representert i brukerpanelet?", "en-US", "nb"],
  ["Husrådet", "nn-NO", "nn"],
  // Nynorsk words win over the locale and over words shared with bokmål.
  ["Kven sit i Husrådet?", "nb-NO", "nn"],
  ["Kven sit i Husrådet?", "en-US", "nn"],
  ["Er BEHO med i brukarpanelet?", "nb-NO", "nn"],
  ["Kva skjer framover?", undefined, "nn"],
  ["Eg finn ikkje møtet", "nb-NO", "nn"],
  // Clear bokmål words win over an nn-NO locale: the question's own language is answered.
  ["Hvem sitter i Husrådet?", "nn-NO", "nb"],
  ["Hva skjer fremover?", "nn-NO", "nb"],
  ["Hvor ligger Alrek?", "nn-NO", "nb"],
  ["Jeg finner ikke møtet", "nn-NO", "nb"],
  // English stays English.
  ["who sits in Husrådet?", "nn-NO", "en"],
  ["help", "nn-NO", "en"],
];

describe("the language of a question", () => {
  it.each(languageCases)("%s (locale %s) → %s", (text, locale, lang) => {
    expect(detectLanguage(text, locale)).toBe(lang);
  });
});

const NOW = new Date("2026-11-20T10:00:00Z");
const ask = (text: string, locale?: string) =>
  answerQuestion(text, { locale, directory: seedDirectory, ...knowledge, now: NOW });

describe("nynorsk answers", () => {
  it.each([
    ["Kven sit i Husrådet?", undefined, "groupMembers", ["BEHO i Husrådet", "Karen Haugvaldstad"]],
    ["Kven sit i faggruppa for registre?", undefined, "groupMembers", ["BEHO i Faggruppe for registre"]],
    ["Kva grupper sit Karen Haugvaldstad i?", undefined, "personGroups", ["Karen Haugvaldstad sit i:", "Husrådet"]],
    [
      "Er BEHO representert i brukarpanelet?",
      undefined,
      "representedIn",
      ["Nei", "BEHO skal ikke være representert i dette panelet"],
    ],
    ["Kvar ligg Alrek?", undefined, "location", ["ligg i Årstadveien 17", "Møtelokalet heiter"]],
    [
      "Kven er Alrek-koordinator?",
      undefined,
      "coordinator",
      ["Den interne Alrek-koordinatoren til BEHO er Karen Haugvaldstad", "E-post"],
    ],
    ["Kven er partnarane i Alrek?", undefined, "partners", ["9 partnarar"]],
    ["Kva er mandatet til faggruppa for registre?", undefined, "mandate", ["Mandatet til", "helsedatakilder"]],
    ["hjelp", "nn-NO", "help", ["Spør meg om representasjonen", "Kven sit i Husrådet?", "påminningar"]],
    ["Kven sit i fotballaget?", undefined, "unknown", ["Eg fann inga gruppe eller person", "fotballaget"]],
    [
      "Kva tiltak har vi for utdanning for framtida?",
      undefined,
      "tiltakByArea",
      ["Tiltak for Utdanning for fremtiden", "ansvar:"],
    ],
    ["Kven har ansvar for kommunikasjonsplanen?", undefined, "tiltakResponsible", ["kommunikasjonsplan", "ansvar:"]],
    ["Når er neste fredagspresentasjon?", "nn-NO", "nextEvent", ["neste gong"]],
  ] as const)("%s (locale %s)", (text, locale, kind, parts) => {
    const a = ask(text, locale);
    expect(a.kind).toBe(kind);
    expect(a.lang).toBe("nn");
    for (const p of parts) expect(a.text).toContain(p);
  });
});
