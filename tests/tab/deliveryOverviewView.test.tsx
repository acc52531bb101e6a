// @vitest-environment jsdom
import "./polyfills.js";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ApiClient } from "../../src/tab/api.js";
import { DeliveryOverviewView } from "../../src/tab/components/DeliveryOverviewView.js";
import { I18nContext, translator } from "../../src/tab/i18n/index.js";

afterEach(cleanup);

const overview = {
  occurrences: [
    {
      eventId: "m",
      occurrenceKey: "2026-12-15T10:00",
      title: "Alrekforum <b>BEHO</b>",
      rsvp: { yes: 3, no: 1, maybe: 2 },
      deliveries: [
        {
          targetId: "a",
          conversationName: "Alrekforum BEHO",
          conversationType: "channel",
          leadTime: "PT1H",
          dueAt: "2026-12-15T08:00:00Z",
          sentAt: "2026-12-15T08:00:05Z",
          state: "sent",
          cardUpdates: 1,
        },
        {
          targetId: "b",
          conversationType: "personal",
          leadTime: "PT1H",
          dueAt: "2026-12-15T08:00:00Z",
          state: "gone",
          cardUpdates: 0,
        },
      ],
    },
  ],
  unreachable: [{ targetId: "b", conversationType: "personal", status: "blocked", since: "2026-12-15T08:00:06Z" }],
};

function renderView(lang: "nb" | "nn" | "en", status = 200) {
  const fetch = (async () =>
    new Response(
      JSON.stringify(status === 200 ? overview : { error: { code: "forbidden", message: "Only editors" } }),
      { status, headers: { "content-type": "application/json" } },
    )) as typeof globalThis.fetch;
  return render(
    <I18nContext.Provider value={{ lang, t: translator(lang) }}>
      <DeliveryOverviewView api={new ApiClient({ fetch })} />
    </I18nContext.Provider>,
  );
}

describe("delivery overview (editors)", () => {
  it.each([
    [
      "nb",
      "Vis leveranser av påminnelser",
      "Alrekforum <b>BEHO</b> — Svar: Kommer 3 · Kommer ikke 1 · Kanskje 2",
      ["sendt, oppdatert 1×", "borte"],
    ],
    [
      "nn",
      "Vis leveransar av påminningar",
      "Alrekforum <b>BEHO</b> — Svar: Kjem 3 · Kjem ikkje 1 · Kanskje 2",
      ["sendt, oppdatert 1×", "borte"],
    ],
    [
      "en",
      "Show reminder deliveries",
      "Alrekforum <b>BEHO</b> — Answers: Coming 3 · Not coming 1 · Maybe 2",
      ["sent, updated 1×", "gone"],
    ],
  ] as const)(
    "loads when asked (%s) and shows where each reminder went, its state and the answers; typed text stays text",
    async (lang, button, caption, states) => {
      renderView(lang);
      fireEvent.click(screen.getByRole("button", { name: button }));
      const table = await screen.findByRole("table");
      expect(table.querySelector("caption")!.textContent).toBe(caption);
      expect(table.querySelector("b")).toBeNull();
      const rows = within(table).getAllByRole("row").slice(1);
      expect(rows.map((r) => r.querySelectorAll("td")[2].textContent)).toEqual(states);
      expect(screen.getByTestId("delivery-overview").querySelectorAll("li")).toHaveLength(1);
    },
  );

  it("shows the API's problem instead of a table when the caller may not see it", async () => {
    renderView("nb", 403);
    fireEvent.click(screen.getByRole("button", { name: "Vis leveranser av påminnelser" }));
    expect(await screen.findByRole("alert")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });
});
