import { describe, expect, it } from "vitest";
import { checkValues, initialValues, toEventInput } from "../../src/tab/eventForm.js";
import type { Translate } from "../../src/tab/i18n/index.js";

const t: Translate = (key, vars) => `${key}${vars ? ` ${JSON.stringify(vars)}` : ""}`;
const form = (reminders: string) => ({ ...initialValues(), title: "Møte", reminders });

describe("the event form's reminders follow the one lead-time grammar", () => {
  it.each(["", "P7D", "p7d, pt1h", "D-1@09:00", "P90D, D0@08:30", "P2W, PT30M"])("accepts %j", (reminders) => {
    expect(checkValues(form(reminders), t)).toEqual({});
  });

  it.each([
    ["tomorrow", "TOMORROW"],
    ["P7D, 1 hour", "1 HOUR"],
    ["P91D", "P91D"],
    ["D-91@09:00", "D-91@09:00"],
    ["D-1@25:00", "D-1@25:00"],
    ["PT0M", "PT0M"],
  ])("refuses %j, naming %s", (reminders, bad) => {
    expect(checkValues(form(reminders), t).reminders).toBe(`formBadDuration {"value":"${bad}"}`);
  });

  it("sends day rules as typed, in upper case", () => {
    expect(toEventInput(form("d-1@09:00, PT1H")).reminderLeadTimes).toEqual(["D-1@09:00", "PT1H"]);
  });
});
