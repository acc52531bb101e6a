import { describe, expect, it } from "vitest";
import { isAllowedLeadTime } from "../../src/domain/leadTime.js";
import { DEFAULT_LEAD_TIMES } from "../../src/domain/reminderSchedule.js";
import { CUSTOM_UNITS, customLeadTime, KIND_DEFAULTS, REMINDER_PRESETS } from "../../src/tab/reminderChoices.js";

/** The tab offers choices, not a grammar of its own: everything it can send is in the domain's one grammar. */
describe("the event form's reminder choices and the one lead-time grammar", () => {
  it.each(REMINDER_PRESETS.map((p) => p.value))("preset %s is allowed by the server", (value) => {
    expect(isAllowedLeadTime(value)).toBe(true);
  });

  it("shows each kind the defaults the server uses", () => {
    expect(KIND_DEFAULTS).toEqual(DEFAULT_LEAD_TIMES);
  });

  it.each(CUSTOM_UNITS.flatMap((unit) => ["1", "2", "30", "90", "129600"].map((amount) => [amount, unit] as const)))(
    "custom %s %s is either refused by the form or allowed by the server",
    (amount, unit) => {
      const lead = customLeadTime(amount, unit);
      expect(lead === undefined || isAllowedLeadTime(lead)).toBe(true);
    },
  );

  it.each([
    ["0", "days"],
    ["91", "days"],
    ["13", "weeks"],
    ["-1", "hours"],
    ["1.5", "hours"],
    ["x", "minutes"],
  ] as const)("refuses custom %s %s, as the server would", (amount, unit) => {
    expect(customLeadTime(amount, unit)).toBeUndefined();
  });
});
