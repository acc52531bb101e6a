import { describe, expect, it } from "vitest";
import {
  bookingLanguage,
  isAvailabilityQuestion,
  isBookingRequest,
  parseBookingRequest,
} from "../../../src/qa/booking/parseBookingRequest.js";

// Wednesday 25 November 2026, 10:00 in Oslo.
const NOW = new Date("2026-11-25T09:00:00Z");

describe("parseBookingRequest", () => {
  it.each([
    [
      "Kan jeg låne Borgertun fredag 11. desember kl. 10–12?",
      { lang: "nb", date: "2026-12-11", from: "10:00", to: "12:00" },
    ],
    [
      "book Borgertun 14.1 9-11 for arbeidsverksted",
      { lang: "nb", date: "2027-01-14", from: "09:00", to: "11:00", purpose: "arbeidsverksted" },
    ],
    ["Kan eg låne Borgertun 11.12 kl. 10-12?", { lang: "nn", date: "2026-12-11", from: "10:00", to: "12:00" }],
    [
      "Can I borrow Borgertun on 11 December 10:00-12:00?",
      { lang: "en", date: "2026-12-11", from: "10:00", to: "12:00" },
    ],
    [
      "Kan vi låne Borgertun 11. des. kl 9.30-11.30 for brukermedvirkning, 20 personer, med mikrofoner",
      { date: "2026-12-11", from: "09:30", to: "11:30", expectedPeople: 20, microphones: true },
    ],
    ["Kan jeg booke Borgertun i morgen kl. 13-15?", { date: "2026-11-26", from: "13:00", to: "15:00" }],
    [
      "Kan jeg låne Borgertun fredag kl 8–10 for HVL-møte",
      { date: "2026-11-27", from: "08:00", to: "10:00", purpose: "HVL-møte", organisation: "HVL" },
    ],
    [
      "Can we book Borgertun tomorrow 9-11 for a workshop from UiB",
      { lang: "en", date: "2026-11-26", from: "09:00", to: "11:00", organisation: "UiB" },
    ],
    ["Kan eg låne Borgertun på onsdag 12:00–14:00?", { lang: "nn", date: "2026-12-02", from: "12:00", to: "14:00" }],
    ["Kan jeg låne Borgertun 3.2.2027 fra kl. 10 til 12?", { date: "2027-02-03", from: "10:00", to: "12:00" }],
    [
      "Can I borrow Borgertun on December 11 from 10:00 to 12:00?",
      { lang: "en", date: "2026-12-11", from: "10:00", to: "12:00" },
    ],
  ])("%s", (text, expected) => {
    expect(parseBookingRequest(text, NOW)).toMatchObject(expected);
  });

  it.each([
    ["Kan jeg låne Borgertun?", {}],
    ["Kan jeg låne Borgertun 31.2 kl. 10-12?", { from: "10:00", to: "12:00" }],
  ])("leaves out what %s does not say (or says wrong)", (text, expected) => {
    const parsed = parseBookingRequest(text, NOW);
    expect(parsed).toMatchObject(expected);
    expect(parsed.date).toBeUndefined();
  });
});

describe("isBookingRequest", () => {
  it.each([
    ["Kan jeg låne Borgertun fredag?", true],
    ["book Borgertun 14.1 9-11", true],
    ["Can I borrow Borgertun?", true],
    ["<at>Alrek</at> Er Borgertun ledig fredag?", false],
    ["Kan jeg låne Borgertun hvis den er ledig fredag?", true],
    ["Hva koster det å låne Borgertun?", false],
    ["Hvor er Borgertun?", false],
    ["Kan jeg låne en bok?", false],
  ])("%s → %s", (text, expected) => {
    expect(isBookingRequest(text)).toBe(expected);
  });
});

describe("bookingLanguage", () => {
  it.each([
    ["Kan jeg låne Borgertun?", "nb"],
    ["Kan eg låne Borgertun?", "nn"],
    ["Can I borrow Borgertun?", "en"],
  ])("%s → %s", (text, lang) => {
    expect(bookingLanguage(text)).toBe(lang);
  });
});

describe("holiday names and days in words (Wednesday 25 November 2026)", () => {
  it.each([
    ["Kan jeg låne Borgertun 1. juledag kl 10-12?", "2026-12-25"],
    ["Kan jeg låne Borgertun første juledag kl 10-12 for julemøte?", "2026-12-25"],
    ["Kan jeg låne Borgertun julaften kl. 10-12?", "2026-12-24"],
    ["Kan jeg låne Borgertun etter påske kl. 10-12?", "2027-03-30"],
    ["Kan jeg låne Borgertun skjærtorsdag kl. 10-12?", "2027-03-25"],
    ["Kan jeg låne Borgertun 17. mai kl. 10-12?", "2027-05-17"],
    ["Kan jeg låne Borgertun neste fredag kl. 10-12?", "2026-12-04"],
    ["Kan eg låne Borgertun neste fredag kl. 10-12?", "2026-12-04"],
    ["Kan eg låne Borgertun om ei veke kl. 10-12?", "2026-12-02"],
    ["Can I borrow Borgertun on Christmas Eve 10-12?", "2026-12-24"],
    ["Can I borrow Borgertun next Friday 10:00-12:00?", "2026-12-04"],
    ["Can I borrow Borgertun after Easter 10-12?", "2027-03-30"],
  ])("%s → %s", (text, date) => {
    const parsed = parseBookingRequest(text, NOW);
    expect(parsed.date).toBe(date);
    expect(parsed.from).toBe("10:00");
    expect(parsed.to).toBe("12:00");
  });

  it("1. juledag is never 1 July, and leaves nothing of itself in the purpose", () => {
    const parsed = parseBookingRequest("Kan jeg låne Borgertun 1. juledag kl 10-12 for julemøte?", NOW);
    expect(parsed.date).toBe("2026-12-25");
    expect(parsed.purpose).toBe("julemøte");
  });
});

describe("isAvailabilityQuestion", () => {
  it.each([
    ["Er Borgertun ledig fredag kl. 10–12?", true],
    ["Er Borgertun ledig 1. juledag?", true],
    ["Er Borgertun opptatt i morgen?", true],
    ["Is Borgertun free on Friday?", true],
    ["Is Borgertun available tomorrow 10-12?", true],
    ["Kan jeg låne Borgertun fredag?", false],
    ["Hvor er Borgertun?", false],
  ])("%s → %s", (text, expected) => {
    expect(isAvailabilityQuestion(text)).toBe(expected);
  });
});
