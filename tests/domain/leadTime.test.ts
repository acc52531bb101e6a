import { describe, expect, it } from "vitest";
import { isAllowedLeadTime, leadTimeProblem, parseLeadTime } from "../../src/domain/leadTime.js";
import { DEFAULT_LEAD_TIMES, parseLeadTime as schedulerParse } from "../../src/domain/reminderSchedule.js";

describe("the lead-time grammar", () => {
  it.each([
    ["P7D", { kind: "duration", minutes: 7 * 1440 }],
    ["P2W", { kind: "duration", minutes: 14 * 1440 }],
    ["PT1H", { kind: "duration", minutes: 60 }],
    ["P1DT2H30M", { kind: "duration", minutes: 1590 }],
    ["D-1@09:00", { kind: "dayRule", dayOffset: -1, time: "09:00" }],
    ["D0@08:30", { kind: "dayRule", dayOffset: 0, time: "08:30" }],
  ])("reads %s", (text, expected) => {
    expect(parseLeadTime(text)).toMatchObject({ text, ...expected });
  });

  it.each(["", "P", "PT", "P1Y", "PT30S", "tomorrow", "D1@09:00", "D-1@24:00", "D-1@9:00", "d-1@09:00", "D-01@09:00"])(
    "does not read %j",
    (text) => {
      expect(parseLeadTime(text)).toBeUndefined();
      expect(leadTimeProblem(text)).toMatch(/is not a lead time.*P7D.*D-1@09:00/);
    },
  );

  it("is the grammar the scheduler reads", () => {
    expect(schedulerParse).toBe(parseLeadTime);
  });
});

describe("lead times an event may have", () => {
  it.each(["P90D", "P12W6D", "PT1M", "D-90@07:00", "D0@00:00", ...Object.values(DEFAULT_LEAD_TIMES).flat()])(
    "allows %s",
    (text) => {
      expect(leadTimeProblem(text)).toBeUndefined();
      expect(isAllowedLeadTime(text)).toBe(true);
    },
  );

  it.each([
    ["P91D", /at most 90 days/],
    ["P13W", /at most 90 days/],
    ["PT2161H", /at most 90 days/],
    ["D-91@09:00", /at most 90 days/],
    ["PT0M", /longer than zero/],
    ["P0D", /longer than zero/],
    ["P3000000D", /at most 90 days/],
    ["P999999999999999999D", /at most 90 days/],
    [`P${"9".repeat(400)}D`, /at most 20 characters/],
    ["PT99999999999999999999M", /at most 20 characters/],
  ])("refuses %s", (text, message) => {
    expect(leadTimeProblem(text)).toMatch(message);
    expect(isAllowedLeadTime(text)).toBe(false);
  });
});
