import { describe, expect, it } from "vitest";
import { initialValues, toEventInput } from "../../src/tab/eventForm.js";

describe("a date without a time in the form", () => {
  const dateOnly = {
    id: "fp",
    kind: "presentation" as const,
    title: "Fredagspresentasjoner",
    start: "2024-01-05T00:00",
    timeSet: false,
    timeZone: "Europe/Oslo",
    exceptions: [],
    cancelled: false,
    editorNote: "Sett tid",
  };
  it.each([
    [
      { noTime: true, start: "2026-12-04T12:00" },
      { start: "2026-12-04", timeSet: false, end: undefined },
    ],
    [{ noTime: false, start: "2026-12-04T12:00" }, { start: "2026-12-04T12:00" }],
  ])("%j is sent as %j", (change, expected) => {
    const body = toEventInput({ ...initialValues(dateOnly), ...change }, dateOnly);
    expect(body).toMatchObject({ ...expected, editorNote: "Sett tid" });
    if (!change.noTime) expect(body.timeSet).toBeUndefined();
  });
  it("opens with the date only and the box ticked", () => {
    expect(initialValues(dateOnly)).toMatchObject({ start: "2024-01-05", noTime: true, editorNote: "Sett tid" });
  });
});
