import { describe, expect, it } from "vitest";
import { checkValues, initialValues, toEventInput } from "../../src/tab/eventForm.js";
import { translator } from "../../src/tab/i18n/index.js";

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

describe("the form's dates within the years the server accepts (2000–2100)", () => {
  const base = { ...initialValues(), title: "Alrekforum" };
  it.each([
    ["nb", { start: "0202-12-10T10:00" }, "start", "Datoen må være mellom år 2000 og 2100."],
    ["nn", { start: "9999-12-31", noTime: true }, "start", "Datoen må vere mellom år 2000 og 2100."],
    [
      "en",
      { start: "2026-12-10T10:00", end: "9999-12-31T11:00" },
      "end",
      "The date must be between the years 2000 and 2100.",
    ],
  ] as const)("[%s] %j is refused before asking the server", (lang, change, field, message) => {
    expect(checkValues({ ...base, ...change }, translator(lang))).toEqual({ [field]: message });
  });

  it.each([
    { start: "2000-01-01T00:00", end: "2100-12-31T23:59" },
    { start: "" },
    { start: "2026-12-04", noTime: true },
  ])("accepts %j", (change) => {
    expect(checkValues({ ...base, ...change }, translator("nb"))).toEqual({});
  });
});
