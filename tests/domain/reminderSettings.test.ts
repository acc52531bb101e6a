import { describe, expect, it } from "vitest";
import { readSettings, withoutKind } from "../../src/domain/reminderSettings.js";

describe("reading the settings card", () => {
  it.each([
    [
      "kinds and lead times",
      { kinds: "meeting,deadline", lead_meeting: "P1D, PT30M", digest: "also" },
      {
        ok: true,
        settings: { kinds: ["meeting", "deadline"], leadTimes: { meeting: ["P1D", "PT30M"] }, digest: "also" },
      },
    ],
    [
      "every kind is stored as all",
      { kinds: "meeting,conference,presentation,workshop,deadline", digest: "off" },
      { ok: true, settings: { kinds: [], leadTimes: {}, digest: undefined } },
    ],
    [
      "unknown kinds are dropped",
      { kinds: "meeting,<script>", digest: "only", lead_workshop: "D-1@09:00" },
      { ok: true, settings: { kinds: ["meeting"], leadTimes: { workshop: ["D-1@09:00"] }, digest: "only" } },
    ],
    [
      "a lead time that is not one",
      { kinds: "meeting", lead_meeting: "P1D, tomorrow" },
      { ok: false, bad: "tomorrow" },
    ],
    [
      "too many lead times",
      { kinds: "meeting", lead_meeting: "PT1H,PT2H,PT3H,PT4H,PT5H,PT6H" },
      { ok: false, bad: "PT1H,PT2H,PT3H,PT4H,PT5H,PT6H" },
    ],
  ])("%s", (_name, data, expected) => {
    expect(readSettings(data)).toEqual(expected);
  });

  it.each([
    [[], "meeting", ["conference", "presentation", "workshop", "deadline"]],
    [["meeting", "deadline"], "meeting", ["deadline"]],
    [["meeting"], "meeting", []],
  ] as const)("%j without %s is %j", (kinds, kind, expected) => {
    expect(withoutKind([...kinds], kind)).toEqual(expected);
  });
});
