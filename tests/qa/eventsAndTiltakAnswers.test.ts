import { describe, expect, it } from "vitest";
import type { AlrekEvent } from "../../src/domain/events.js";
import type { Tiltak } from "../../src/domain/tiltak.js";
import { answerQuestion, parseQuestion, type Answer, type AnswerKind, type AnswerOf } from "../../src/qa/index.js";
import { seedDirectory } from "../../src/seed/directory.js";
import { seedEvents } from "../../src/seed/events.js";
import { seedPlanPeriod, seedTiltak } from "../../src/seed/plan.js";

const NOW = new Date("2026-11-22T12:00:00Z");
const snapshot = { directory: seedDirectory, events: seedEvents, period: seedPlanPeriod, tiltak: seedTiltak, now: NOW };
const ask = (text: string, extra: Partial<typeof snapshot> = {}) => answerQuestion(text, { ...snapshot, ...extra });

/** The answer narrowed to `kind`; fails the test with the answer's text otherwise. */
function as<K extends AnswerKind>(a: Answer, kind: K): AnswerOf<K> {
  if (a.kind !== kind) throw new Error(`expected ${kind}, got ${a.kind}: ${a.text}`);
  return a as AnswerOf<K>;
}

const UNDATED_TITLES = seedEvents.filter((e) => !e.start).map((e) => e.title);

describe("event answers at 2026-11-22", () => {
  it("the next Fredagspresentasjon is Friday 4 December 2026, in both languages", () => {
    const nb = as(ask("Når er neste fredagspresentasjon?"), "nextEvent");
    expect(nb.text).toContain("fredag 4. desember (klokkeslett ikke satt)");
    expect(nb.text).toContain("Kantinen, Årstadveien 17");
    expect(nb.events[0].next?.start).toBe("2026-12-03T23:00:00.000Z");
    const en = as(ask("when is the next friday presentation"), "nextEvent");
    expect(en.text).toContain("Friday 4 December (time not set)");
  });

  it("Alrek helsedager has no date: says so, and that it is yearly", () => {
    const nb = as(ask("når er alrek helsedager"), "nextEvent");
    expect(nb.events).toHaveLength(1);
    expect(nb.events[0].next).toBeUndefined();
    expect(nb.text).toContain("dato ikke satt");
    expect(nb.text).toContain("årlig");
    const en = as(ask("when is alrek health days"), "nextEvent");
    expect(en.text).toContain("date not set");
    expect(en.text).toContain("every year");
  });

  it("upcoming lists dated occurrences in order, never an undated event, and the undated ones apart", () => {
    const a = as(ask("Hva skjer fremover?"), "upcomingEvents");
    expect(a.occurrences.length).toBeGreaterThan(0);
    expect(a.occurrences.length).toBeLessThanOrEqual(5);
    expect(a.occurrences[0].when).toBe("fredag 4. desember (klokkeslett ikke satt)");
    expect(a.occurrences.every((o) => o.event.dateSet)).toBe(true);
    const starts = a.occurrences.map((o) => o.start);
    expect([...starts].sort()).toEqual(starts);
    expect(starts.every((s) => new Date(s) > NOW && new Date(s).getTime() < NOW.getTime() + 93 * 86_400_000)).toBe(
      true,
    );
    expect(a.undated.map((e) => e.id).sort()).toEqual(
      seedEvents
        .filter((e) => !e.start)
        .map((e) => e.id)
        .sort(),
    );
    expect(a.text).toContain("Dato ikke satt: Alrek helsedager (årlig, dato ikke satt)");
    // The dated part of the text comes before "Dato ikke satt" and names no undated event.
    const dated = a.text.split("Dato ikke satt")[0];
    for (const title of UNDATED_TITLES) expect(dated).not.toContain(title);
  });

  it("upcoming offers next month by name and all tiltak, and those buttons parse back", () => {
    const nb = as(ask("hva skjer"), "upcomingEvents");
    expect(nb.actions).toEqual([
      { label: "Neste måned (desember)", question: "Hva skjer i desember?" },
      { label: "Vis alle tiltak", question: "Vis alle tiltak" },
    ]);
    const en = as(ask("upcoming events"), "upcomingEvents");
    expect(en.actions.map((c) => c.question)).toEqual(["What's on in December?", "Show all measures"]);
    expect(en.text).toContain("Date not set:");
    for (const c of [...nb.actions, ...en.actions]) {
      expect(["eventsInPeriod", "allTiltak"]).toContain(parseQuestion(c.question, undefined, seedDirectory).intent);
    }
  });

  it("December lists 4 December", () => {
    const a = as(ask("Hva skjer i desember?"), "eventsInPeriod");
    expect(a.period).toBe("desember 2026");
    expect(a.occurrences.map((o) => o.when)).toEqual(["fredag 4. desember (klokkeslett ikke satt)"]);
    expect(a.text).toContain(
      "Hendelser i desember 2026: fredag 4. desember (klokkeslett ikke satt): Fredagspresentasjoner",
    );
  });

  it("a month that has passed this year means next year's", () => {
    const a = as(ask("what's on in January"), "eventsInPeriod");
    expect(a.period).toBe("January 2027");
    expect(a.occurrences[0].when).toBe("Friday 1 January 2027 (time not set)");
  });

  it("next month from November is December", () => {
    expect(as(ask("hva skjer neste måned"), "eventsInPeriod").period).toBe("desember 2026");
  });

  it("an empty window says 'Ingen hendelser i …'", () => {
    const noFriday = seedEvents.filter((e) => e.id !== "fredagspresentasjoner");
    expect(ask("Hva skjer i desember?", { events: noFriday }).text).toMatch(/^Ingen hendelser i desember 2026\./);
    expect(ask("events in december", { events: noFriday }).text).toMatch(/^No events in December 2026\./);
    expect(ask("hva skjer i morgen").text).toMatch(/^Ingen hendelser i morgen \(mandag 23\. november\)\./);
  });

  it("this week runs Monday to Sunday in Oslo", () => {
    expect(as(ask("this week"), "eventsInPeriod").period).toBe("this week (Monday 16 November – Sunday 22 November)");
  });

  it("a cancelled occurrence is left out and a moved one shows at its new time", () => {
    const friday = seedEvents.find((e) => e.id === "fredagspresentasjoner")!;
    const timed: AlrekEvent = { ...friday, start: "2024-01-05T12:00", timeSet: undefined };
    const moved: AlrekEvent = {
      ...timed,
      exceptions: [{ originalStart: "2026-12-04T12:00", newStart: "2026-12-11T13:00" }],
    };
    const a = as(ask("når er neste fredagspresentasjon", { events: [moved] }), "nextEvent");
    expect(a.text).toContain("fredag 11. desember kl. 13.00");
    // A date without a time moves by its date only, and still shows no time.
    const movedDay: AlrekEvent = {
      ...friday,
      exceptions: [{ originalStart: "2026-12-04T00:00", newStart: "2026-12-11T00:00" }],
    };
    expect(as(ask("når er neste fredagspresentasjon", { events: [movedDay] }), "nextEvent").text).toContain(
      "fredag 11. desember (klokkeslett ikke satt)",
    );
    const cancelled: AlrekEvent = { ...friday, exceptions: [{ originalStart: "2026-12-04T00:00", cancelled: true }] };
    expect(ask("Hva skjer i desember?", { events: [cancelled] }).text).toMatch(/^Ingen hendelser i desember 2026/);
  });
});

describe("tiltak answers", () => {
  it("an area's answer lists its tiltak texts exactly, with status and responsible", () => {
    const a = as(ask("Hvilke tiltak har vi for utdanning for fremtiden?"), "tiltakByArea");
    const expected = seedTiltak.filter((t) => t.areaId === "utdanning").map((t) => t.text);
    expect(a.areas).toHaveLength(1);
    expect(a.areas[0].tiltak.map((t) => t.text)).toEqual(expected);
    for (const text of expected) expect(a.text).toContain(text);
    expect(a.text).toContain("Planlagt");
    expect(a.text).toContain("BEHO (alle medarbeidere og ledere)");
  });

  it("English area answer names the area in English and lists the Norwegian texts", () => {
    const a = as(ask("What are the measures for public-private collaboration?"), "tiltakByArea");
    expect(a.text).toContain("Collaboration between the public and private sectors");
    for (const t of seedTiltak.filter((x) => x.areaId === "offentlig-privat")) expect(a.text).toContain(t.text);
    expect(a.areas[0].tiltak[0].statusLabel).toBe("Planned");
  });

  it("status counts all 16 tiltak by status, with progress per area", () => {
    const a = as(ask("Hva er status på tiltakene?"), "tiltakStatus");
    expect(a.total).toBe(16);
    expect(a.counts).toEqual([
      { status: "planned", label: "Planlagt", count: 16 },
      { status: "in_progress", label: "Pågår", count: 0 },
      { status: "done", label: "Fullført", count: 0 },
      { status: "stopped", label: "Stoppet", count: 0 },
    ]);
    expect(a.areas.map((x) => x.total)).toEqual([4, 4, 2, 4, 2]);
    expect(a.text).toContain("16 tiltak");
    expect(a.actions.map((c) => c.question)).toContain("Vis alle tiltak");
  });

  it("status follows the stored statuses (summarizePlan)", () => {
    const tiltak: Tiltak[] = seedTiltak.map((t, i) => ({
      ...t,
      status: i < 4 ? "done" : i < 6 ? "in_progress" : i === 6 ? "stopped" : "planned",
    }));
    const a = as(ask("What is the status of measures?", { tiltak }), "tiltakStatus");
    expect(a.counts.map((c) => [c.label, c.count])).toEqual([
      ["Planned", 9],
      ["In progress", 2],
      ["Done", 4],
      ["Stopped", 1],
    ]);
    // The one progress rule (domain/progress.ts): the stopped one stays in the total.
    expect(a.percent).toBe(Math.round(((4 + 1) / 16) * 100));
    expect(a.areas[0].percent).toBe(100);
    expect(a.text).toContain("16 measures");
  });

  it("all tiltak: 16, grouped by area in plan order", () => {
    const a = as(ask("Vis alle tiltak"), "allTiltak");
    expect(a.total).toBe(16);
    expect(a.areas.map((x) => x.area.id)).toEqual([
      "kommunikasjon",
      "utdanning",
      "forskning",
      "organisering",
      "offentlig-privat",
    ]);
    expect(a.areas.flatMap((x) => x.tiltak.map((t) => t.id))).toEqual(seedTiltak.map((t) => t.id));
  });

  it("responsibility for the communication plan names t01's responsible and status, the general division only as a button", () => {
    const a = as(ask("Hvem har ansvar for kommunikasjonsplanen?"), "tiltakResponsible");
    expect(a.tiltak.map((t) => t.id)).toEqual(["t01"]);
    expect(a.text).toMatch(/^«Utvikle en kommunikasjonsplan med informasjonspakke/);
    expect(a.text).toContain("ansvar: BEHO (alle medarbeidere og ledere); status: Planlagt");
    expect(a.text).not.toContain("Kommunaldirektør er overordnet ansvarlig");
    expect(a.actions.map((c) => c.question)).toContain("Hvem har ansvar for planen?");
    expect(as(ask("Hvem har ansvar for planen?"), "tiltakResponsible").text).toContain(
      "Kommunaldirektør er overordnet ansvarlig",
    );
    const en = as(ask("who is responsible for the communication plan"), "tiltakResponsible");
    expect(en.text).toContain("responsible: BEHO (alle medarbeidere og ledere); status: Planned");
  });

  it("the coordinator role tiltak is the coordinator's", () => {
    const a = as(ask("hvem har ansvar for koordinatorrollen"), "tiltakResponsible");
    expect(a.tiltak[0].responsible).toBe("Alrek-koordinator");
  });

  it("without a plan the plan answers say so", () => {
    expect(ask("vis alle tiltak", { period: undefined, tiltak: [] }).text).toBe(
      "Ingen handlingsplan er registrert ennå.",
    );
    expect(ask("status", { period: undefined, tiltak: [] }).text).toBe("Ingen handlingsplan er registrert ennå.");
  });
});

describe("help", () => {
  it("lists examples for representation, events and tiltak, and the commands", () => {
    const nb = as(ask("hjelp"), "help");
    expect(nb.sections.map((s) => s.title)).toEqual(["Representasjon", "Arrangementer", "Handlingsplanen"]);
    expect(nb.commands.map((c) => c.question)).toEqual(["abonner", "avslutt abonnement", "påminnelser", "ny hendelse"]);
    const en = as(ask("help"), "help");
    expect(en.commands.map((c) => c.question)).toEqual(["subscribe", "unsubscribe", "reminders", "new event"]);
  });

  it("every example question is understood, in its own language", () => {
    for (const text of ["hjelp", "help"]) {
      const a = as(ask(text), "help");
      for (const e of a.examples) {
        const q = parseQuestion(e.question, undefined, seedDirectory, snapshot);
        expect(["unknown", "ambiguous", "help"]).not.toContain(q.intent);
        expect(q.lang).toBe(a.lang);
      }
    }
  });
});
