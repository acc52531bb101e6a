import { describe, expect, it } from "vitest";
import { seedDirectory, vedlegg1Groups } from "../../src/seed/directory.js";

const group = (id: string) => {
  const g = seedDirectory.groups.find((x) => x.id === id);
  if (!g) throw new Error(`no group ${id}`);
  return g;
};

describe("seedDirectory", () => {
  it("has the 17 Vedlegg 1 rows in document order, then Alrekforum BEHO", () => {
    expect(vedlegg1Groups).toHaveLength(17);
    expect(seedDirectory.groups).toHaveLength(18);
    expect(seedDirectory.groups[0].name).toBe("Partnermøtet");
    expect(seedDirectory.groups[16].name).toBe("Studentpanel");
    expect(seedDirectory.groups[17].id).toBe("alrekforum-beho");
    expect(seedDirectory.groups.map((g) => g.order)).toEqual([...Array(18).keys()].map((i) => i + 1));
  });

  it("has no duplicate group or person ids, and every membership points at a person", () => {
    const groupIds = seedDirectory.groups.map((g) => g.id);
    const personIds = seedDirectory.people.map((p) => p.id);
    expect(new Set(groupIds).size).toBe(groupIds.length);
    expect(new Set(personIds).size).toBe(personIds.length);
    for (const g of seedDirectory.groups) for (const m of g.members) expect(personIds).toContain(m.personId);
    for (const g of seedDirectory.groups) expect(new Set(g.members.map((m) => m.personId)).size).toBe(g.members.length);
  });

  it.each([
    [
      "faglig-forum",
      "mandate",
      "Et felles forum for å dra veksler på tverrfaglig samarbeid og dyrke fram et mest mulig fruktbart samarbeidsklima.",
    ],
    [
      "faggruppe-barn-og-unge",
      "mandate",
      "Faggruppen skal se på mulighetene for utvikling og samarbeid på feltene livskvalitet, forebygging, mestring og trygge, sømløse tjenester for barn og unge i et folkehelse- og helsetjenesteperspektiv",
    ],
    [
      "studentpanel",
      "mandate",
      "Studentpanelet er bestående av individuelt engasjerte studenter fra de ulike fagmiljøene tilknyttet Alrek helseklynge, som ønsker å bidra til å fremme studenters muligheter og tilgang til tverrfaglig samarbeid og kunnskap. Studentpanelet er ikke et representativt eller valgt organ, derfor skal studentenes fagutvalg rådføres i større studentrelaterte saker.",
    ],
    ["partnermotet", "representation", "BEHO representeres av kommunaldirektør."],
    ["styringsgruppen", "representation", "Representanter fra BEHO, BBSM og kommuneoverlegen."],
    ["alrek-helsedager", "representation", "Rullerer. BEHO representeres av intern Alrek-koordinator."],
    ["verneombudsgruppen", "representation", "BEHO representeres av rådgiver i Smart omsorg"],
    [
      "lederforum",
      "mandate",
      "Forum for å diskutere administrative aspekter ved Årstadveien 17, som leiekontrakter m.m.",
    ],
  ] as const)("%s.%s is verbatim", (id, field, text) => {
    expect(group(id)[field]).toBe(text);
  });

  it("has no mandate where the document gives none", () => {
    expect(group("partnermotet").mandate).toBeUndefined();
    expect(group("styringsgruppen").mandate).toBeUndefined();
    expect(group("verneombudsgruppen").mandate).toBeUndefined();
  });

  it("marks the panels as not represented and the rotating seats as Rullerer", () => {
    for (const id of ["brukerpanel", "studentpanel"]) {
      expect(group(id).behoRepresented).toBe(false);
      expect(group(id).note).toBe("BEHO skal ikke være representert i dette panelet.");
      expect(group(id).members).toEqual([]);
    }
    expect(group("alrek-helsedager").note).toBe("Rullerer.");
    expect(group("komite-samarbeidsmidler").note).toBe("Rullerer.");
    expect(seedDirectory.groups.filter((g) => !g.behoRepresented)).toHaveLength(2);
  });

  it("attributes units where the text does, and only there", () => {
    expect(group("faglig-forum").members).toEqual([
      { personId: "anne-marita-milde", unit: "Kunnskapskommunen", role: "fagleder" },
      { personId: "kristine-lillebo", unit: "Seksjon for kommuneleger", role: "representant" },
    ]);
    expect(group("faggruppe-registre").members.map((m) => [m.personId, m.unit])).toEqual([
      ["einar-engtro", "Etat for sykehjem"],
      ["mette-tollanes", "Seksjon for kommuneleger"],
    ]);
    const styring = group("styringsgruppen").members;
    expect(styring.find((m) => m.personId === "ronnaug-froiland")?.unit).toBe("BBSM – Etat for barn og familie");
    expect(styring.find((m) => m.personId === "ingelin-soraas")?.unit).toBeUndefined();
    expect(group("faggruppe-barn-og-unge").members.every((m) => m.unit === undefined)).toBe(true);
    expect(group("faggruppe-eldrehelse").members.map((m) => m.personId)).toEqual([
      "anita-brekke-roed",
      "anne-karine-monsen",
      "benedikte-paulsen",
      "kari-sunnevag",
    ]);
  });

  it("has the people as the documents spell them", () => {
    const byId = new Map(seedDirectory.people.map((p) => [p.id, p]));
    expect(byId.get("ingelin-soraas")).toMatchObject({
      name: "Ingelin Søråas",
      altNames: ["Ingelin Søraas"],
      title: "administrasjonssjef i Seksjon for HR og organisasjon i BHO",
    });
    expect(byId.get("kjell-wolff")?.title).toBe("kommunaldirektør");
    expect(byId.get("karen-haugvaldstad")).toMatchObject({
      title: "intern Alrek-koordinator",
      unit: "Kunnskapskommunen Helse Omsorg Vest",
      email: "Karen.Haugvaldstad@bergen.kommune.no",
    });
    expect([...byId.values()].map((p) => p.name)).toEqual(
      expect.arrayContaining([
        "Egil Kaberuka-Nielsen",
        "Frode Aass Kristiansen",
        "Mette Tollånes",
        "Kari Sunnevåg",
        "Margrethe Lundegård",
        "Alette Stang",
      ]),
    );
  });

  it("builds Alrekforum BEHO from BEHO's representatives, led by the coordinator", () => {
    const forum = group("alrekforum-beho");
    expect(forum.kind).toBe("internal");
    expect(forum.members[0]).toEqual({ personId: "karen-haugvaldstad", role: "leder" });
    const inForum = new Set(forum.members.map((m) => m.personId));
    for (const g of vedlegg1Groups) {
      for (const m of g.members) if (m.personId !== "ronnaug-froiland") expect(inForum).toContain(m.personId);
    }
    expect(inForum.has("ronnaug-froiland")).toBe(false);
  });

  it("has the cluster facts", () => {
    const f = seedDirectory.facts;
    expect(f).toMatchObject({
      established: 2016,
      address: "Årstadveien 17",
      city: "Bergen",
      behoOffice: "3. etasje, Årstadveien 17",
    });
    expect(f.partners).toHaveLength(9);
    expect(f.partners.map((p) => p.shortName ?? p.name)).toContain("HVL");
    expect(f.vision).toBe(
      "Alrek helseklynge skaper innovative helse- og omsorgsløsninger for hele mennesket, ved hjelp av fremragende forskning og utdanning, fullverdige praksisarenaer og tverrfaglig samhandling.",
    );
    expect(f.focusAreas).toEqual(["kunnskapsutvikling", "kunnskapsdeling", "samskaping", "innovasjon"]);
    expect(f.meetingRoom.name).toBe("Borgertun");
    expect(f.forum).toMatchObject({ name: "Alrekforum BEHO", established: "høsten 2022" });
    expect(f.coordinator).toMatchObject({
      personId: "karen-haugvaldstad",
      email: "Karen.Haugvaldstad@bergen.kommune.no",
    });
  });

  it("gives every group an English name and aliases", () => {
    for (const g of seedDirectory.groups) {
      expect(g.nameEn.length).toBeGreaterThan(3);
      expect(g.aliases.length).toBeGreaterThan(2);
    }
  });
});
