// @vitest-environment jsdom
import "./polyfills.js";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ApiClient } from "../../src/tab/api.js";
import type { BadEventRow, BadRow } from "../../src/tab/apiTypes.js";
import { DeliveryOverviewView } from "../../src/tab/components/DeliveryOverviewView.js";
import { I18nContext, translator } from "../../src/tab/i18n/index.js";
import { fakeApi, json, type SeenRequest } from "./fakeApi.js";
import { renderApp } from "./renderApp.js";

afterEach(cleanup);

/** As GET /api/events/all sends them to an editor: one event that could be read, one that could not. */
const badEvents: BadEventRow[] = [
  {
    table: "events",
    id: "typo-0202",
    reason: "start: 0202-12-01T10:00 is outside the years 1900–2199",
    event: {
      id: "typo-0202",
      kind: "meeting",
      title: "Alrekforum <b>desember</b>",
      start: "0202-12-01T10:00",
      timeZone: "Europe/Oslo",
      exceptions: [],
      cancelled: false,
      etag: 'W/"typo-1"',
    },
  },
  { table: "events", id: "garbled", reason: "exceptions: is not JSON" },
];

function kommende(editor: boolean) {
  return fakeApi({
    me: { isEditor: editor },
    routes: {
      "GET /api/events/all": () => json({ events: [], ...(editor ? { badRows: badEvents } : {}) }),
      "PATCH /api/events/typo-0202": (req: SeenRequest) =>
        json({ ...badEvents[0].event, ...(req.body as object), etag: 'W/"typo-2"' }),
    },
  });
}

describe("Kommende: stored events that no view shows (editors)", () => {
  it("lists each with what is wrong, typed text as text, and opens the readable one in the event form", async () => {
    const { fetch, seen } = kommende(true);
    renderApp(fetch, "?view=upcoming");
    const note = await screen.findByTestId("bad-rows");
    expect(within(note).getByRole("heading").textContent).toBe("Hendelser som ikke vises");
    expect(screen.getByTestId("bad-row-typo-0202").textContent).toContain(
      "Hva er galt: start: 0202-12-01T10:00 is outside the years 1900–2199",
    );
    expect(screen.getByTestId("bad-row-garbled").textContent).toContain("Hva er galt: exceptions: is not JSON");
    expect(note.querySelector("b")).toBeNull();
    // Only the row whose event could be read can be opened; the other names its id and what is wrong.
    expect(screen.queryByTestId("fix-garbled")).toBeNull();
    fireEvent.click(screen.getByTestId("fix-typo-0202"));
    const form = screen.getByTestId("event-form");
    const start = form.querySelector<HTMLInputElement>('input[name="start"]')!;
    expect(start.value).toBe("0202-12-01T10:00");
    fireEvent.change(start, { target: { value: "2026-12-01T10:00" } });
    fireEvent.click(within(form).getByTestId("event-save"));
    await waitFor(() => expect(seen.some((r) => r.method === "PATCH")).toBe(true));
    const patch = seen.find((r) => r.method === "PATCH")!;
    expect([patch.path, patch.headers.get("If-Match")]).toEqual(["/api/events/typo-0202", 'W/"typo-1"']);
    expect((patch.body as { start: string }).start).toBe("2026-12-01T10:00");
  });

  it("is not shown to readers", async () => {
    const { fetch } = kommende(false);
    renderApp(fetch, "?view=upcoming");
    await screen.findByRole("heading", { name: /Kommende hendelser/ });
    expect(screen.queryByTestId("bad-rows")).toBeNull();
  });
});

describe("delivery overview: rows that are skipped", () => {
  const skipped: BadRow[] = [
    {
      table: "Subscriptions",
      id: "YTpwZXJzb25hbA",
      reason: "leadTimes.meeting: P3000000D must be at most 90 days before the start (P90D or D-90@…)",
      firstSeen: "2026-12-09T08:30:00.000Z",
      lastSeen: "2026-12-09T08:31:00.000Z",
    },
    { table: "events", id: "typo-0202", reason: "start: 0202-12-01T10:00 is outside the years 1900–2199" },
  ];

  it.each([
    ["nb", "Vis leveranser av påminnelser", "Hva er galt"],
    ["nn", "Vis leveransar av påminningar", "Kva som er gale"],
    ["en", "Show reminder deliveries", "What is wrong"],
  ] as const)(
    "shows table, id and reason (%s), with events linked to their entry in Kommende",
    async (lang, show, what) => {
      const fetch = (async () =>
        json({ occurrences: [], unreachable: [], badRows: skipped })) as unknown as typeof globalThis.fetch;
      render(
        <I18nContext.Provider value={{ lang, t: translator(lang) }}>
          <DeliveryOverviewView api={new ApiClient({ fetch })} />
        </I18nContext.Provider>,
      );
      fireEvent.click(screen.getByRole("button", { name: show }));
      const table = await screen.findByTestId("skipped-rows");
      expect(
        within(table)
          .getAllByRole("columnheader")
          .map((h) => h.textContent),
      ).toContain(what);
      const rows = within(table)
        .getAllByRole("row")
        .slice(1)
        .map((r) => [...r.querySelectorAll("td")].slice(0, 3).map((td) => td.textContent));
      expect(rows).toEqual(skipped.map((r) => [r.table, r.id, r.reason]));
      expect(within(table).getByRole("link", { name: "typo-0202" }).getAttribute("href")).toBe(
        "#bad-row-events-typo-0202",
      );
    },
  );
});
