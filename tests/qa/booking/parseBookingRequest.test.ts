import { describe, expect, it } from "vitest";
import { bookingLanguage, isBookingRequest, parseBookingRequest } from "../../../src/qa/booking/parseBookingRequest.js";

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
    ["<at>Alrek</at> Er Borgertun ledig fredag?", true],
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
