import { describe, expect, it } from "vitest";
import { translator } from "../../src/tab/i18n/index.js";
import { customLeadTime, describeLeadTime, sortLeadTimes, type CustomUnit } from "../../src/tab/reminderChoices.js";
import { isValidDuration } from "../../src/domain/duration.js";

describe("customLeadTime", () => {
  it.each([
    ["1", "minutes", "PT1M"],
    ["90", "minutes", "PT90M"],
    ["2", "hours", "PT2H"],
    ["3", "days", "P3D"],
    ["90", "days", "P90D"],
    ["2", "weeks", "P14D"],
    [" 4 ", "days", "P4D"],
    ["0", "days", undefined],
    ["91", "days", undefined],
    ["13", "weeks", undefined],
    ["2161", "hours", undefined],
    ["1.5", "days", undefined],
    ["-1", "days", undefined],
    ["", "days", undefined],
    ["tre", "days", undefined],
  ] as [string, CustomUnit, string | undefined][])("%j %s → %s", (amount, unit, expected) => {
    const lead = customLeadTime(amount, unit);
    expect(lead).toBe(expected);
    // Whatever it makes, the server's own parser accepts.
    if (lead) expect(isValidDuration(lead)).toBe(true);
  });
});

describe("describeLeadTime", () => {
  it.each([
    ["nb", "P7D", "1 uke før"],
    ["nb", "P14D", "2 uker før"],
    ["nb", "P1W", "1 uke før"],
    ["nb", "P1D", "1 dag før"],
    ["nb", "P3D", "3 dager før"],
    ["nb", "PT1H", "1 time før"],
    ["nb", "PT90M", "90 minutter før"],
    ["nb", "P1DT2H30M", "1 dag og 2 timer og 30 minutter før"],
    ["nb", "D0@08:30", "samme morgen kl. 08.30"],
    ["nb", "D0@15:00", "samme dag kl. 15.00"],
    ["nb", "D-1@09:00", "dagen før kl. 09.00"],
    ["nb", "D-3@09:00", "3 dager før kl. 09.00"],
    ["en", "P7D", "1 week before"],
    ["en", "D0@08:30", "the same morning at 08:30"],
    ["en", "PT2H", "2 hours before"],
    ["nb", "tull", "tull"],
  ] as const)("%s %s → %s", (lang, lead, words) => {
    expect(describeLeadTime(lead, translator(lang))).toBe(words);
  });
});

describe("sortLeadTimes", () => {
  it.each([
    [
      ["PT1H", "P7D", "D-1@09:00", "P1D", "D0@08:30"],
      ["P7D", "D-1@09:00", "P1D", "D0@08:30", "PT1H"],
    ],
    [["PT1H", "PT1H"], ["PT1H"]],
    [[], []],
  ])("%j → %j", (input, expected) => {
    expect(sortLeadTimes(input)).toEqual(expected);
  });
});
