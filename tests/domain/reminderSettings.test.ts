import { describe, expect, it } from "vitest";
import { withoutKind } from "../../src/domain/reminderSettings.js";

describe("turning off one kind", () => {
  it.each([
    [[], "meeting", ["conference", "presentation", "workshop", "deadline"]],
    [["meeting", "deadline"], "meeting", ["deadline"]],
    [["meeting"], "meeting", []],
  ] as const)("%j without %s is %j", (kinds, kind, expected) => {
    expect(withoutKind([...kinds], kind)).toEqual(expected);
  });
});
