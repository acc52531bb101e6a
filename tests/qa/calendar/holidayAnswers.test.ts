import { describe, expect, it } from "vitest";
import { confirmOccurrence } from "../../../src/domain/eventRules.js";
import type { AlrekEvent } from "../../../src/domain/events.js";
import { answerQuestion } from "../../../src/qa/index.js";
import { seedDirectory } from "../../../src/seed/directory.js";
import { seedEvents } from "../../../src/seed/events.js";
import { seedPlanPeriod, seedTiltak } from "../../../src/seed/plan.js";

const friday = seedEvents.find((e) => e.id === "fredagspresentasjoner")!;
const ask = (text: string, now: string, events: AlrekEvent[] = seedEvents) =>
  answerQuestion(text, {
    directory: seedDirectory,
    events,
    period: seedPlanPeriod,
    tiltak: seedTiltak,
    now: new Date(now),
  });

describe("questions about months with a holiday Friday carry the mark", () => {
  it.each([
    [
      "Hva skjer i januar?",
      "2026-11-22T12:00:00Z",
      "fredag 1. januar 2027 (klokkeslett ikke satt): Fredagspresentasjoner (Kantinen, Årstadveien 17) – faller på 1. nyttårsdag; ikke bekreftet",
    ],
    ["hva skjer i jan", "2026-12-20T12:00:00Z", "faller på 1. nyttårsdag"],
    [
      "What's on in January?",
      "2026-11-22T12:00:00Z",
      "Friday 1 January 2027 (time not set): Friday presentations (Kantinen, Årstadveien 17) – falls on New Year's Day; not confirmed",
    ],
    ["Hva skjer neste måned?", "2026-12-10T12:00:00Z", "faller på 1. nyttårsdag"],
    [
      "Hva skjer i april?",
      "2026-03-01T12:00:00Z",
      "fredag 3. april (klokkeslett ikke satt): Fredagspresentasjoner (Kantinen, Årstadveien 17) – faller på langfredag",
    ],
    [
      "Hva skjer i mai?",
      "2026-03-01T12:00:00Z",
      "fredag 1. mai (klokkeslett ikke satt): Fredagspresentasjoner (Kantinen, Årstadveien 17) – faller på arbeidernes dag (1. mai)",
    ],
    ["what happens in may", "2026-03-01T12:00:00Z", "falls on Labour Day (1 May)"],
    [
      "Hva skjer i april?",
      "2034-03-01T12:00:00Z",
      "fredag 7. april (klokkeslett ikke satt): Fredagspresentasjoner (Kantinen, Årstadveien 17) – faller på langfredag",
    ],
    [
      "Hva skjer fremover?",
      "2026-12-10T12:00:00Z",
      "fredag 1. januar 2027 (klokkeslett ikke satt): Fredagspresentasjoner (Kantinen, Årstadveien 17) – faller på 1. nyttårsdag",
    ],
    [
      "what's coming up",
      "2026-03-20T12:00:00Z",
      "Friday 3 April (time not set): Friday presentations (Kantinen, Årstadveien 17) – falls on Good Friday",
    ],
  ])("%s (at %s) contains %s", (question, now, expected) => {
    expect(ask(question, now).text).toContain(expected);
  });

  it.each([
    ["Hva skjer i desember?", "2026-11-22T12:00:00Z"],
    ["Hva skjer i februar?", "2026-11-22T12:00:00Z"],
    ["Hva skjer i juni?", "2026-03-01T12:00:00Z"],
  ])("%s (at %s) has no holiday mark", (question, now) => {
    expect(ask(question, now).text).not.toMatch(/faller på|falls on/);
  });
});

describe("next answers skip an unconfirmed holiday date", () => {
  it.each([
    [
      "Når er neste fredagspresentasjon?",
      "2026-12-10T12:00:00Z",
      "neste gang fredag 5. februar 2027 (klokkeslett ikke satt)",
      "Hoppet over fordi det er helligdag og ikke bekreftet: fredag 1. januar 2027 (klokkeslett ikke satt), 1. nyttårsdag.",
    ],
    ["når er fredagspresentasjonen", "2026-12-10T12:00:00Z", "fredag 5. februar 2027", "1. nyttårsdag"],
    [
      "When is the next Friday presentation?",
      "2026-12-10T12:00:00Z",
      "next on Friday 5 February 2027 (time not set)",
      "Skipped as a public holiday not confirmed: Friday 1 January 2027 (time not set), New Year's Day.",
    ],
    [
      "Når er neste fredagspresentasjon?",
      "2026-03-10T12:00:00Z",
      "neste gang fredag 5. juni (klokkeslett ikke satt)",
      "fredag 3. april (klokkeslett ikke satt), langfredag; fredag 1. mai (klokkeslett ikke satt), arbeidernes dag (1. mai).",
    ],
    ["neste fredagspresentasjon", "2034-03-10T12:00:00Z", "fredag 5. mai", "langfredag"],
  ])("%s at %s: %s, mentioning %s", (question, now, next, skipped) => {
    const text = ask(question, now).text;
    expect(text).toContain(next);
    expect(text).toContain(skipped);
    // One level of brackets only: "(… (klokkeslett ikke satt) (1. nyttårsdag) er hoppet over" was the bug.
    let depth = 0;
    for (const ch of text) {
      depth += ch === "(" ? 1 : ch === ")" ? -1 : 0;
      expect(depth).toBeLessThanOrEqual(1);
    }
  });

  it.each([
    [
      "2027-01-01T00:00",
      "2026-12-10T12:00:00Z",
      "neste gang fredag 1. januar 2027 (klokkeslett ikke satt)",
      "faller på 1. nyttårsdag, bekreftet",
    ],
    [
      "2026-04-03T00:00",
      "2026-03-10T12:00:00Z",
      "neste gang fredag 3. april (klokkeslett ikke satt)",
      "faller på langfredag, bekreftet",
    ],
  ])("confirmed by an editor, %s is next again", (key, now, next, mark) => {
    const events = [confirmOccurrence(friday, key)];
    expect(ask("Når er neste fredagspresentasjon?", now, events).text).toContain(next);
    expect(ask("Hva skjer fremover?", now, events).text).toContain(mark);
  });
});
