import { describe, expect, it } from "vitest";
import { validateEventInput } from "../../src/domain/eventRules.js";
import { expandAll, expandOccurrences, nextOccurrence } from "../../src/domain/occurrences.js";
import { seedEvents } from "../../src/seed/events.js";

describe("seedEvents", () => {
  it("holds exactly the events the plan names", () => {
    expect(seedEvents.map((e) => [e.title, e.kind])).toEqual([
      ["Fredagspresentasjoner", "presentation"],
      ["Alrek helsedager", "conference"],
      ["DigitalHelse", "conference"],
      ["Høstmøte om forskning i primærhelsetjenesten", "conference"],
      ["Partnermøtet", "meeting"],
      ["Søknadsfrist Alrek samarbeidsmidler", "deadline"],
      ["Søknadsfrist Rebekka Ege Hegermanns legat", "deadline"],
    ]);
    expect(new Set(seedEvents.map((e) => e.id)).size).toBe(seedEvents.length);
  });

  it("passes the same validation as user input, with English titles and descriptions", () => {
    for (const e of seedEvents) {
      expect(validateEventInput(e, { id: e.id })).toEqual(e);
      expect(e.titleEn).toBeTruthy();
      expect(e.description).toBeTruthy();
    }
  });

  it("has the Friday presentations on the first Friday of every month in the canteen, arranged by Husrådet", () => {
    const fredag = seedEvents.find((e) => e.id === "fredagspresentasjoner")!;
    expect(fredag).toMatchObject({
      recurrence: "FREQ=MONTHLY;BYDAY=1FR",
      organiser: "Husrådet",
      groupId: "husradet",
      timeZone: "Europe/Oslo",
    });
    expect(fredag.place).toContain("Årstadveien 17");
    // No invented time: the date only, and the note for the coordinator kept out of the public text.
    expect(fredag.timeSet).toBe(false);
    expect(fredag.description).not.toMatch(/koordinator|Klokkeslett/i);
    expect(fredag.editorNote).toMatch(/Klokkeslett er ikke oppgitt/);
    const next = nextOccurrence(fredag, new Date("2026-11-22T12:00:00Z"));
    expect(next?.key).toBe("2026-12-04T00:00");
    expect(next?.timeSet).toBe(false);
  });

  it("invents no dates: only the Friday presentations have a start", () => {
    expect(seedEvents.filter((e) => e.start).map((e) => e.id)).toEqual(["fredagspresentasjoner"]);
  });

  it("never returns an event without start as an occurrence", () => {
    const undated = seedEvents.filter((e) => !e.start);
    expect(undated).toHaveLength(6);
    for (const e of undated) {
      expect(expandOccurrences(e, new Date("2000-01-01T00:00:00Z"), new Date("2100-01-01T00:00:00Z"))).toEqual([]);
      expect(nextOccurrence(e, new Date("2026-11-22T00:00:00Z"))).toBeUndefined();
    }
    const all = expandAll(seedEvents, new Date("2026-11-22T00:00:00Z"), new Date("2027-11-22T00:00:00Z"));
    expect(new Set(all.map((o) => o.eventId))).toEqual(new Set(["fredagspresentasjoner"]));
    expect(all).toHaveLength(12);
  });

  it("does not share mutable arrays between events", () => {
    expect(seedEvents[0].exceptions).not.toBe(seedEvents[1].exceptions);
  });
});
