import { describe, expect, it } from "vitest";
import { parseQuestion } from "../../src/qa/parse.js";
import type { Question } from "../../src/qa/question.js";
import { seedDirectory } from "../../src/seed/directory.js";

/** The target of a parsed question, for compact expectations: group/person id, candidates, or "-". */
function target(q: Question): string {
  switch (q.intent) {
    case "groupMembers":
    case "representedIn":
    case "mandate":
      return q.groupId;
    case "personGroups":
      return q.personId;
    case "ambiguous":
      return q.candidates
        .map((c) => c.id)
        .sort()
        .join(",");
    case "about":
      return q.topic;
    default:
      return "-";
  }
}

const FAGGRUPPER = [
  "faggruppe-barn-og-unge",
  "faggruppe-eldrehelse",
  "faggruppe-innovasjon-ehelse",
  "faggruppe-laering-og-mestring",
  "faggruppe-migrasjonshelse",
  "faggruppe-registre",
].join(",");

// [typed text, expected intent, expected target, expected language]
const cases: [string, Question["intent"], string, "nb" | "en"][] = [
  // groupMembers, bokmål, document names and colloquial forms
  ["Hvem sitter i Husrådet?", "groupMembers", "husradet", "nb"],
  ["hvem sitter i husradet", "groupMembers", "husradet", "nb"],
  ["hvem sitter i husraadet?", "groupMembers", "husradet", "nb"],
  ["husrådet", "groupMembers", "husradet", "nb"],
  ["husråd", "groupMembers", "husradet", "nb"],
  ["hvem sitter i husrdet", "groupMembers", "husradet", "nb"],
  ["hvem er med i styringsgruppa", "groupMembers", "styringsgruppen", "nb"],
  ["Hvem sitter i Styringsgruppen?", "groupMembers", "styringsgruppen", "nb"],
  ["hvem er i styringsgrupen", "groupMembers", "styringsgruppen", "nb"],
  ["styringsgrupa", "groupMembers", "styringsgruppen", "nb"],
  ["hvem sitter i eldregruppa?", "groupMembers", "faggruppe-eldrehelse", "nb"],
  ["Faggruppe for eldrehelse og eldreomsorg", "groupMembers", "faggruppe-eldrehelse", "nb"],
  ["hvem sitter i registergruppa", "groupMembers", "faggruppe-registre", "nb"],
  ["hvem er med i faggruppe for registre", "groupMembers", "faggruppe-registre", "nb"],
  ["hvem sitter i faglig forum", "groupMembers", "faglig-forum", "nb"],
  ["FAGLIG FORUM", "groupMembers", "faglig-forum", "nb"],
  ["hvem sitter i lederforum?", "groupMembers", "lederforum", "nb"],
  ["hvem er i kommunikasjonsgruppa", "groupMembers", "kommunikasjonsgruppen", "nb"],
  ["kommunikasjonsforum", "groupMembers", "kommunikasjonsgruppen", "nb"],
  ["hvem sitter i verneombudsgruppa", "groupMembers", "verneombudsgruppen", "nb"],
  ["hvem er med i partnermøtet", "groupMembers", "partnermotet", "nb"],
  ["hvem sitter i partnermotet", "groupMembers", "partnermotet", "nb"],
  ["hvem sitter i programkomiteen for alrekdagene", "groupMembers", "alrek-helsedager", "nb"],
  ["alrekdagene", "groupMembers", "alrek-helsedager", "nb"],
  ["hvem sitter i komiteen for samarbeidsmidler", "groupMembers", "komite-samarbeidsmidler", "nb"],
  ["hvem er med i faggruppe for barn og unge", "groupMembers", "faggruppe-barn-og-unge", "nb"],
  ["hvem sitter i migrasjonsgruppa", "groupMembers", "faggruppe-migrasjonshelse", "nb"],
  ["hvem er med i innovasjon og e-helse", "groupMembers", "faggruppe-innovasjon-ehelse", "nb"],
  ["faggruppe for innovasjon og ehelse", "groupMembers", "faggruppe-innovasjon-ehelse", "nb"],
  ["hvem sitter i lærings- og mestringsgruppa", "groupMembers", "faggruppe-laering-og-mestring", "nb"],
  ["hvem sitter i laerings og mestringsgruppa", "groupMembers", "faggruppe-laering-og-mestring", "nb"],
  ["brukerpanelet", "groupMembers", "brukerpanel", "nb"],
  ["hvem sitter i studentpanelet", "groupMembers", "studentpanel", "nb"],
  ["<at>Alrek</at> hvem sitter i husrådet", "groupMembers", "husradet", "nb"],
  ["@Alrek hvem sitter i husrådet", "groupMembers", "husradet", "nb"],
  ["hvem sitter i alrekforum", "groupMembers", "alrekforum-beho", "nb"],
  // groupMembers, English
  ["who sits in Husrådet?", "groupMembers", "husradet", "en"],
  ["members of the steering group", "groupMembers", "styringsgruppen", "en"],
  ["Who is in the house council?", "groupMembers", "husradet", "en"],
  ["who sits in the partner meeting", "groupMembers", "partnermotet", "en"],
  ["who is in the professional forum?", "groupMembers", "faglig-forum", "en"],
  ["who is in the user panel", "groupMembers", "brukerpanel", "en"],
  ["who are the members of the communications group", "groupMembers", "kommunikasjonsgruppen", "en"],
  ["who is in the communication group", "groupMembers", "kommunikasjonsgruppen", "en"],
  ["who sits in the safety representatives group", "groupMembers", "verneombudsgruppen", "en"],
  ["who is in the leaders forum", "groupMembers", "lederforum", "en"],
  ["who is in the registry group", "groupMembers", "faggruppe-registre", "en"],
  ["who is in the elderly care group", "groupMembers", "faggruppe-eldrehelse", "en"],
  ["who is in the children and youth group", "groupMembers", "faggruppe-barn-og-unge", "en"],
  ["who is in the migration health group", "groupMembers", "faggruppe-migrasjonshelse", "en"],
  ["who is in the innovation and e-health group", "groupMembers", "faggruppe-innovasjon-ehelse", "en"],
  ["who is in the learning and coping group", "groupMembers", "faggruppe-laering-og-mestring", "en"],
  ["who sits in the Alrek health days programme committee", "groupMembers", "alrek-helsedager", "en"],
  ["who is on the collaboration funds committee", "groupMembers", "komite-samarbeidsmidler", "en"],
  ["who is in the steering grup", "groupMembers", "styringsgruppen", "en"],
  // personGroups
  ["Hvilke grupper sitter Benedikte Paulsen i?", "personGroups", "benedikte-paulsen", "nb"],
  ["hvor sitter benedikte", "personGroups", "benedikte-paulsen", "nb"],
  ["Benedikte Poulsen", "personGroups", "benedikte-paulsen", "nb"],
  ["Which groups is Karen Haugvaldstad in?", "personGroups", "karen-haugvaldstad", "en"],
  ["karen haugvaldstad", "personGroups", "karen-haugvaldstad", "nb"],
  ["hvilke grupper sitter Ingelin Søråas i", "personGroups", "ingelin-soraas", "nb"],
  ["Ingelin Søraas", "personGroups", "ingelin-soraas", "nb"],
  ["ingelin soraas", "personGroups", "ingelin-soraas", "nb"],
  ["soeraas", "personGroups", "ingelin-soraas", "nb"],
  ["hvor sitter Mette Tollanes", "personGroups", "mette-tollanes", "nb"],
  ["Einar Engtro", "personGroups", "einar-engtro", "nb"],
  ["Anne Marita Milde", "personGroups", "anne-marita-milde", "nb"],
  ["Anne Milde", "personGroups", "anne-marita-milde", "nb"],
  ["which groups is Egil Kaberuka-Nielsen in", "personGroups", "egil-kaberuka-nielsen", "en"],
  ["Trond Egil Hansen", "personGroups", "trond-egil-hansen", "nb"],
  ["Kjell Wolf", "personGroups", "kjell-wolff", "nb"],
  ["where does Alette Stang sit", "personGroups", "alette-stang", "en"],
  ["Tollånes", "personGroups", "mette-tollanes", "nb"],
  ["hvilke grupper sitter Rønnaug Frøiland i", "personGroups", "ronnaug-froiland", "nb"],
  ["Ronnaug Froiland", "personGroups", "ronnaug-froiland", "nb"],
  ["Anita Brekke Roed", "personGroups", "anita-brekke-roed", "nb"],
  ["hvem sitter i styret", "groupMembers", "styringsgruppen", "nb"],
  ["e-helse", "groupMembers", "faggruppe-innovasjon-ehelse", "nb"],
  ["Hvem representerer BEHO i verneombudsgruppen?", "groupMembers", "verneombudsgruppen", "nb"],
  // representedIn
  ["Er BEHO representert i brukerpanelet?", "representedIn", "brukerpanel", "nb"],
  ["er beho representert i studentpanelet", "representedIn", "studentpanel", "nb"],
  ["Is BEHO represented in the student panel?", "representedIn", "studentpanel", "en"],
  ["is beho represented in the house council", "representedIn", "husradet", "en"],
  ["er vi representert i husradet", "representedIn", "husradet", "nb"],
  // mandate
  ["Hva er mandatet til faggruppe for registre?", "mandate", "faggruppe-registre", "nb"],
  ["what is the mandate of the registry group", "mandate", "faggruppe-registre", "en"],
  ["mandat husrådet", "mandate", "husradet", "nb"],
  ["hva er mandatet til brukerpanelet", "mandate", "brukerpanel", "nb"],
  ["what is the purpose of the leaders forum", "mandate", "lederforum", "en"],
  // facts
  ["Hvem er Alrek-koordinator?", "coordinator", "-", "nb"],
  ["who is the coordinator", "coordinator", "-", "en"],
  ["kontakt", "coordinator", "-", "nb"],
  ["Hvem er partnerne i Alrek?", "partners", "-", "nb"],
  ["who are the partners", "partners", "-", "en"],
  ["Hvor ligger Alrek?", "location", "-", "nb"],
  ["where is Alrek", "location", "-", "en"],
  ["hvor er kontoret", "location", "-", "nb"],
  ["hva er adressen", "location", "-", "nb"],
  ["hva er Alrek", "about", "general", "nb"],
  ["what is Alrek", "about", "general", "en"],
  ["hva er visjonen til Alrek", "about", "vision", "nb"],
  ["what are the focus areas", "about", "focusAreas", "en"],
  ["når ble Alrek etablert", "about", "established", "nb"],
  ["hva er Alrekforum", "forum", "-", "nb"],
  ["what is the alrek forum", "forum", "-", "en"],
  ["hvilke grupper finnes", "listGroups", "-", "nb"],
  ["list groups", "listGroups", "-", "en"],
  ["hjelp", "help", "-", "nb"],
  ["help", "help", "-", "en"],
  // ambiguity and failure
  ["faggruppe", "ambiguous", FAGGRUPPER, "nb"],
  ["hvem sitter i faggruppa?", "ambiguous", FAGGRUPPER, "nb"],
  ["panelet", "ambiguous", "brukerpanel,studentpanel", "nb"],
  ["Anne", "ambiguous", "anne-karine-monsen,anne-marita-milde", "nb"],
  ["hvor sitter Hansen", "ambiguous", "michelle-hansen,trond-egil-hansen", "nb"],
  ["hvem sitter i fotballaget?", "unknown", "-", "nb"],
  ["who is in the football team?", "unknown", "-", "en"],
  ["hvem sitter i faggruppe for fotball", "unknown", "-", "nb"],
  ["hva er været i morgen", "unknown", "-", "nb"],
  ["Hvem er Ola Nordmann?", "unknown", "-", "nb"],
];

describe("parseQuestion", () => {
  it("has a large table", () => expect(cases.length).toBeGreaterThanOrEqual(80));

  it.each(cases)("%s → %s %s (%s)", (text, intent, expectedTarget, lang) => {
    const q = parseQuestion(text, undefined, seedDirectory);
    expect(q.intent).toBe(intent);
    expect(target(q)).toBe(expectedTarget);
    expect(q.lang).toBe(lang);
  });

  it("bare names follow the activity locale", () => {
    expect(parseQuestion("husrådet", "en-US", seedDirectory).lang).toBe("en");
    expect(parseQuestion("husrådet", "nb-NO", seedDirectory).lang).toBe("nb");
    expect(parseQuestion("husrådet", undefined, seedDirectory).lang).toBe("nb");
  });

  it("?", () => expect(parseQuestion("?", undefined, seedDirectory).intent).toBe("help"));
});

describe("person names in parts", () => {
  it.each([
    ["hvor sitter Anne Karine", "anne-karine-monsen"],
    ["Anne Marita", "anne-marita-milde"],
    ["Michelle Hansen", "michelle-hansen"],
    ["Karen", "karen-haugvaldstad"],
    ["Kari", "kari-sunnevag"],
    ["Marta", "marta-klakegg"],
    ["Maria", "maria-norheim"],
  ])("%s → %s", (text, personId) => {
    expect(parseQuestion(text, undefined, seedDirectory)).toMatchObject({ intent: "personGroups", personId });
  });

  it("a group question naming a member answers the group", () => {
    expect(parseQuestion("er Karen med i husrådet?", undefined, seedDirectory)).toMatchObject({
      intent: "groupMembers",
      groupId: "husradet",
    });
  });

  it("two groups at once are ambiguous", () => {
    expect(parseQuestion("hvem sitter i husrådet og styringsgruppa", undefined, seedDirectory).intent).toBe(
      "ambiguous",
    );
  });
});
