import { describe, expect, it } from "vitest";
import { answerQuestion, type AnswerOf } from "../../../src/qa/index.js";
import { seedData } from "../../../src/seed/index.js";
import type { AlrekEvent } from "../../../src/domain/events.js";
import { OSLO } from "../../../src/domain/time.js";

// Wednesday 25 November 2026 in Oslo.
const NOW = new Date("2026-11-25T09:00:00Z");
const CHRISTMAS_PARTY: AlrekEvent = {
  id: "julemote",
  kind: "meeting",
  title: "Julemøte i Alrekforum",
  start: "2026-12-25T12:00",
  end: "2026-12-25T13:00",
  timeZone: OSLO,
  exceptions: [],
  cancelled: false,
};
const AFTER_EASTER: AlrekEvent = {
  ...CHRISTMAS_PARTY,
  id: "etter-paske",
  title: "Samling i Borgertun",
  start: "2027-03-31T10:00",
  end: "2027-03-31T11:00",
};

const ask = (text: string) =>
  answerQuestion(text, {
    ...seedData,
    events: [...seedData.events, CHRISTMAS_PARTY, AFTER_EASTER],
    now: NOW,
    locale: "nb-NO",
  });

describe("holiday names and relative days resolve to dates in Europe/Oslo", () => {
  it.each([
    ["Hva skjer 1. juledag?", "nb", "1. juledag (fredag 25. desember)", "Julemøte i Alrekforum"],
    ["Hva skjer første juledag?", "nb", "1. juledag (fredag 25. desember)", "Julemøte i Alrekforum"],
    ["Kva skjer 1. juledag?", "nn", "1. juledag (fredag 25. desember)", "Julemøte i Alrekforum"],
    ["What's on on Christmas Day?", "en", "Christmas Day (Friday 25 December)", "Julemøte i Alrekforum"],
    [
      "Hva skjer etter påske?",
      "nb",
      "etter påske (tirsdag 30. mars 2027 – søndag 4. april 2027)",
      "Samling i Borgertun",
    ],
    ["Kva skjer etter påske?", "nn", "etter påske", "Samling i Borgertun"],
    ["What's happening after Easter?", "en", "after Easter", "Samling i Borgertun"],
    ["Hva skjer neste fredag?", "nb", "fredag 4. desember", ""],
    ["Hva skjer julaften?", "nb", "julaften (torsdag 24. desember)", ""],
    ["Hva skjer i påsken?", "nb", "påsken (torsdag 25. mars 2027 – mandag 29. mars 2027)", ""],
    ["Hva skjer 17. mai?", "nb", "grunnlovsdagen (17. mai) – mandag 17. mai 2027", ""],
    ["Hva skjer 4. desember?", "nb", "fredag 4. desember", "Fredagspresentasjoner"],
  ])("%s", (question, lang, window, event) => {
    const a = ask(question) as AnswerOf<"eventsInPeriod">;
    expect(a.kind).toBe("eventsInPeriod");
    expect(a.lang).toBe(lang);
    expect(a.period).toContain(window);
    if (event) expect(a.occurrences.map((o) => o.event.title)).toContain(event);
    expect(a.period).not.toMatch(/juli|July/);
  });
});
