// @vitest-environment jsdom
import "./polyfills.js";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ApiClient } from "../../src/tab/api.js";
import type { FeedbackResponse } from "../../src/tab/apiTypes.js";
import { FeedbackView } from "../../src/tab/components/FeedbackView.js";
import { I18nContext, translator } from "../../src/tab/i18n/index.js";

afterEach(cleanup);

const feedback: FeedbackResponse = {
  since: "2026-05-26T09:00:00.000Z",
  retentionDays: 180,
  counts: { like: 4, dislike: 2 },
  items: [
    {
      activityId: "1700000000001",
      reaction: "dislike",
      text: 'Feil person <img src=x onerror="alert(1)"> [Logg inn](https://evil.example)',
      question: "Hvem sitter i <b>Husrådet</b>?",
      kind: "groupMembers",
      lang: "nb",
      at: "2026-12-04T11:00:00.000Z",
    },
    { activityId: "", reaction: "like", lang: "en", at: "2026-12-03T11:00:00.000Z" },
  ],
};

function renderView(lang: "nb" | "nn" | "en", answer: { status: number; body: unknown }) {
  const requested: string[] = [];
  const fetch = (async (url: RequestInfo | URL) => {
    requested.push(String(url));
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { "content-type": "application/json" },
    });
  }) as typeof globalThis.fetch;
  render(
    <I18nContext.Provider value={{ lang, t: translator(lang) }}>
      <FeedbackView api={new ApiClient({ fetch })} />
    </I18nContext.Provider>,
  );
  return requested;
}

describe("feedback on answers (editors)", () => {
  it.each([
    [
      "nb",
      "Vis tilbakemeldinger på svar",
      "Nyttig 4 · Ikke nyttig 2 (siste 180 dager)",
      ["👎 Ikke nyttig", "👍 Nyttig"],
      "(ikke kjent)",
    ],
    [
      "nn",
      "Vis tilbakemeldingar på svar",
      "Nyttig 4 · Ikkje nyttig 2 (siste 180 dagar)",
      ["👎 Ikkje nyttig", "👍 Nyttig"],
      "(ikkje kjent)",
    ],
    [
      "en",
      "Show feedback on answers",
      "Helpful 4 · Not helpful 2 (last 180 days)",
      ["👎 Not helpful", "👍 Helpful"],
      "(not known)",
    ],
  ] as const)(
    "loads when asked (%s): counts, newest first, and what people typed shown as text",
    async (lang, button, caption, ratings, notKnown) => {
      const requested = renderView(lang, { status: 200, body: feedback });
      expect(requested).toEqual([]);
      fireEvent.click(screen.getByRole("button", { name: button }));
      const table = await screen.findByRole("table");
      expect(requested).toEqual(["/api/feedback"]);
      expect(table.querySelector("caption")!.textContent).toBe(caption);
      const rows = within(table).getAllByRole("row").slice(1);
      const cells = rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent));
      expect(cells.map((c) => c[1])).toEqual(ratings);
      expect(cells[0][2]).toBe("Hvem sitter i <b>Husrådet</b>?");
      expect(cells[0][3]).toBe(feedback.items[0].text);
      expect(cells[1][2]).toBe(notKnown);
      expect(table.querySelector("b, img, a")).toBeNull();
    },
  );

  it("says so when there is no feedback yet", async () => {
    renderView("nb", { status: 200, body: { ...feedback, counts: { like: 0, dislike: 0 }, items: [] } });
    fireEvent.click(screen.getByRole("button", { name: "Vis tilbakemeldinger på svar" }));
    expect(await screen.findByText("Ingen har gitt tilbakemelding ennå.")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("shows the API's problem instead of a table when the caller may not see it", async () => {
    renderView("nb", { status: 403, body: { error: { code: "forbidden", message: "Only editors" } } });
    fireEvent.click(screen.getByRole("button", { name: "Vis tilbakemeldinger på svar" }));
    expect(await screen.findByRole("alert")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });
});
