import { describe, expect, it } from "vitest";
import { summarizePlan } from "../../src/domain/tiltakRules.js";
import { seedPlanPeriod, seedTiltak } from "../../src/seed/plan.js";

describe("seedPlanPeriod", () => {
  it("is Handlingsplan 2024–2025 with its five areas in document order", () => {
    expect(seedPlanPeriod).toMatchObject({
      id: "2024-2025",
      title: "Handlingsplan 2024–2025",
      startYear: 2024,
      endYear: 2025,
    });
    expect(seedPlanPeriod.areas.map((a) => [a.order, a.name])).toEqual([
      [1, "Kommunikasjon og involvering"],
      [2, "Utdanning for fremtiden"],
      [3, "Forskning som er nyttig og nyttiggjort"],
      [4, "Effektiv organisering"],
      [5, "Samarbeid mellom offentlig og privat sektor"],
    ]);
    expect(seedPlanPeriod.areas.every((a) => a.nameEn && a.goal)).toBe(true);
  });

  it("keeps the goal texts verbatim", () => {
    expect(seedPlanPeriod.areas[1].goal).toBe(
      "Gjennom klyngedeltakelsen vil byrådsavdelingen videreutvikle utdanningsfeltet og læringsmetodene, slik at de møter kommunens behov og bidrar til å rekruttere og beholde ansatte i kommunehelsetjenesten.",
    );
    expect(seedPlanPeriod.areas[3].goal).toBe(
      "Erfaringene fra tidligere perioder tilsier at byrådsavdelingen har behov for å være godt koordinert og samordnet for å best mulig nyttiggjøre seg av klyngedeltakelsen.",
    );
  });
});

describe("seedTiltak", () => {
  it("has sixteen planned tiltak t01..t16 split 4+4+2+4+2 over the areas", () => {
    expect(seedTiltak).toHaveLength(16);
    expect(seedTiltak.map((t) => t.id)).toEqual(
      Array.from({ length: 16 }, (_, i) => `t${String(i + 1).padStart(2, "0")}`),
    );
    const perArea = seedPlanPeriod.areas.map((a) => seedTiltak.filter((t) => t.areaId === a.id).length);
    expect(perArea).toEqual([4, 4, 2, 4, 2]);
    expect(seedTiltak.every((t) => t.status === "planned" && t.notes === "" && t.periodId === "2024-2025")).toBe(true);
  });

  it.each([
    ["t01", "Utvikle en kommunikasjonsplan med informasjonspakke til bruk for- og i klyngesamarbeidet."],
    [
      "t07",
      "Bruke Alrek legesenter som en samhandlings- og praksisarena for studenter og ansatte i relevante utdanningsløp.",
    ],
    ["t14", "Videreføre og evaluere møtestrukturen «Alrekforum BEHO» som ble opprettet høsten 2022."],
    [
      "t16",
      "Vektlegge nettverksbygging og styrke samhandling med andre næringsklynger og eksterne organisasjoner som har spisskompetanse innen innovasjon i helse.",
    ],
  ])("keeps %s verbatim", (id, text) => {
    expect(seedTiltak.find((t) => t.id === id)?.text).toBe(text);
  });

  it("puts the 'Eksempelvis' sub-bullets in examples", () => {
    expect(seedTiltak.filter((t) => t.examples).map((t) => [t.id, t.examples])).toEqual([
      ["t06", "Eksempelvis simulering, podcast, VR-teknologi med mer."],
      [
        "t15",
        "Eksempelvis innovasjons- og forbedringsprogrammet Smart omsorg, Seksjon for E-helse, Seksjon for digital transformasjon konsern, Seksjon for næring og landbruk, DesignLab med flere.",
      ],
      [
        "t16",
        "Eksempelvis Norwegian Smart Care Cluster, Eitri Medical Incubator, VIS Innovasjon, Bergen næringsråd, DigiVestland, Innovasjon Norge med flere.",
      ],
    ]);
    expect(seedTiltak.some((t) => t.text.includes("Eksempelvis"))).toBe(false);
  });

  it("gives the coordinator the Effektiv organisering tiltak and everyone the rest", () => {
    const byResponsible = (r: string) => seedTiltak.filter((t) => t.responsible === r).map((t) => t.id);
    expect(byResponsible("Alrek-koordinator")).toEqual(["t11", "t12", "t13", "t14"]);
    expect(byResponsible("BEHO (alle medarbeidere og ledere)")).toHaveLength(12);
  });

  it("starts with zero progress", () => {
    const s = summarizePlan(seedPlanPeriod, seedTiltak);
    expect(s).toMatchObject({ total: 16, progress: 0, byStatus: { planned: 16, in_progress: 0, done: 0, stopped: 0 } });
  });
});
