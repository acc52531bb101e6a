// @vitest-environment jsdom
import "./polyfills.js";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AlrekEvent, OccurrenceDto, WithEtag } from "../../src/tab/apiTypes.js";
import { fakeApi, json } from "./fakeApi.js";
import { renderApp } from "./renderApp.js";

// "now" is Sunday 29 November 2026.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-11-29T10:00:00.000Z"));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** The seeded Fredagspresentasjoner as the service now sends them: a date without a time. */
const fredag: WithEtag<AlrekEvent> = {
  id: "fp",
  kind: "presentation",
  title: "Fredagspresentasjoner",
  start: "2024-01-05T00:00",
  timeSet: false,
  timeZone: "Europe/Oslo",
  recurrence: "FREQ=MONTHLY;BYDAY=1FR",
  description: "Alle er invitert.",
  editorNote: "Klokkeslett er ikke oppgitt; koordinator bør sette riktig tid.",
  exceptions: [],
  cancelled: false,
  etag: 'W/"fp-1"',
};
const holidayMeeting: WithEtag<AlrekEvent> = {
  id: "dag",
  kind: "meeting",
  title: "Dagsmøte",
  start: "2027-01-01T00:00",
  timeSet: false,
  timeZone: "Europe/Oslo",
  exceptions: [],
  cancelled: false,
  etag: 'W/"dag-1"',
};
const newYear = { key: "newYear", names: { nb: "1. nyttårsdag", nn: "1. nyttårsdag", en: "New Year's Day" } };
const occ = (
  eventId: string,
  title: string,
  key: string,
  start: string,
  extra: Partial<OccurrenceDto> = {},
): OccurrenceDto => ({
  eventId,
  key,
  start,
  moved: false,
  timeSet: false,
  confirmed: false,
  title,
  kind: "presentation",
  reminders: [],
  ...extra,
});
const occurrences: OccurrenceDto[] = [
  occ("fp", "Fredagspresentasjoner", "2026-12-04T00:00", "2026-12-03T23:00:00.000Z", {
    reminders: ["2026-12-03T08:00:00.000Z"],
  }),
  occ("fp", "Fredagspresentasjoner", "2027-01-01T00:00", "2026-12-31T23:00:00.000Z", { holiday: newYear }),
  occ("dag", "Dagsmøte", "2027-01-01T00:00", "2026-12-31T23:00:00.000Z", {
    kind: "meeting",
    holiday: newYear,
    confirmed: true,
  }),
];

function open(editor: boolean, lang = "nb") {
  const api = fakeApi({
    me: { isEditor: editor },
    routes: {
      "GET /api/events/all": () => json({ events: [fredag, holidayMeeting] }),
      "GET /api/events": () => json({ occurrences, undated: [] }),
    },
  });
  renderApp(api.fetch, `?view=upcoming${lang === "en" ? "&locale=en-GB" : ""}`);
}

describe("Kommende: dates without a time and public holidays", () => {
  it("shows a series without a time as such, never a clock time", async () => {
    open(false);
    const row = await screen.findByTestId("series-fp");
    expect(row.textContent).toContain("første fredag i måneden (klokkeslett ikke satt)");
    fireEvent.click(screen.getByTestId("series-toggle-fp"));
    const dates = within(screen.getByTestId("series-dates-fp"))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(dates[0]).toBe("fredag 4. desember (klokkeslett ikke satt)");
    expect(dates[1]).toBe("fredag 1. januar 2027 (klokkeslett ikke satt) Faller på 1. nyttårsdag · ikke bekreftet");
    expect(row.textContent).not.toMatch(/kl\. \d/);
  });

  it("marks a one-off date on a holiday, and shows the date without a time", async () => {
    open(false);
    const item = await screen.findByTestId("event-dag-2027-01-01T00:00");
    expect(item.textContent).toContain("1. januar 2027 (klokkeslett ikke satt)");
    expect(screen.getByTestId("holiday-dag-2027-01-01T00:00").textContent).toBe("Faller på 1. nyttårsdag · bekreftet");
  });

  it.each([
    [false, null],
    [true, "Merknad til koordinator: Klokkeslett er ikke oppgitt; koordinator bør sette riktig tid."],
  ])("editor %s: the coordinator's note (its own field) is shown only to editors", async (editor, expected) => {
    open(editor);
    const row = await screen.findByTestId("series-fp");
    expect(row.textContent).toContain("Alle er invitert.");
    expect(screen.queryByTestId("coordinator-note")?.textContent ?? null).toBe(expected);
  });
});
