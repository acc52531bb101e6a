// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { AlrekEvent, WithEtag } from "../../src/tab/apiTypes.js";
import { fakeApi, json, type SeenRequest } from "./fakeApi.js";
import { renderApp } from "./renderApp.js";

afterEach(cleanup);

const stored: WithEtag<AlrekEvent> = {
  id: "fredag",
  kind: "presentation",
  title: "Fredagspresentasjon",
  start: "2026-12-04T12:00",
  end: "2026-12-04T13:00",
  timeZone: "Europe/Oslo",
  recurrence: "FREQ=MONTHLY;BYDAY=1FR",
  exceptions: [],
  cancelled: false,
  etag: 'W/"fredag-1"',
};

describe("upcoming view", () => {
  it("groups occurrences by month with time, place, link and reminders, and lists undated events", async () => {
    const { fetch, seen } = fakeApi();
    renderApp(fetch, "?view=upcoming");
    const december = await screen.findByTestId("month-2026-12");
    expect(within(december).getByRole("heading", { name: "desember 2026" })).toBeTruthy();
    expect(december.textContent).toContain("4. desember 2026 kl. 12.00–13.00");
    expect(december.textContent).toContain("Kantinen, Årstadveien 17");
    expect(december.textContent).toContain("27. november 2026 kl. 12.00");
    expect(within(december).getByRole("link").getAttribute("href")).toBe("https://example.org/fredag");
    expect(screen.getByTestId("month-2027-01")).toBeTruthy();
    const undated = screen.getByTestId("undated");
    expect(within(undated).getByRole("heading", { name: "Dato ikke satt" })).toBeTruthy();
    expect(undated.textContent).toContain("Alrek-seminar");
    const events = seen.find((r) => r.path === "/api/events")!;
    expect(events).toBeTruthy();
    expect(screen.queryByTestId("add-event")).toBeNull();
  });

  it("uses English titles and headings in English", async () => {
    const { fetch } = fakeApi();
    renderApp(fetch, "?view=upcoming&lang=en");
    const december = await screen.findByTestId("month-2026-12");
    expect(december.textContent).toContain("Friday presentation");
    expect(screen.getByRole("heading", { name: "Date not set" })).toBeTruthy();
  });

  it("shows the server's validation errors next to the field", async () => {
    const { fetch, seen } = fakeApi({
      me: { isEditor: true },
      routes: {
        "POST /api/events": () =>
          json(
            {
              error: {
                code: "validation_failed",
                message: "invalid",
                issues: [{ field: "end", message: "Slutt må være etter start." }],
              },
            },
            400,
          ),
      },
    });
    renderApp(fetch, "?view=upcoming");
    fireEvent.click(await screen.findByTestId("add-event"));
    const form = screen.getByTestId("event-form");
    fireEvent.change(within(form).getByRole("textbox", { name: /Tittel/ }), { target: { value: "Nytt møte" } });
    fireEvent.change(within(form).getByRole("textbox", { name: /Påminnelser/ }), { target: { value: "p7d, PT1H" } });
    fireEvent.click(within(form).getByTestId("event-save"));
    expect(await within(form).findByText("Slutt må være etter start.")).toBeTruthy();
    const post = seen.find((r) => r.method === "POST")!;
    expect(post.body).toMatchObject({ title: "Nytt møte", kind: "meeting", timeZone: "Europe/Oslo", reminderLeadTimes: ["P7D", "PT1H"] });
  });

  it("checks reminder durations before sending", async () => {
    const { fetch, seen } = fakeApi({ me: { isEditor: true } });
    renderApp(fetch, "?view=upcoming");
    fireEvent.click(await screen.findByTestId("add-event"));
    const form = screen.getByTestId("event-form");
    fireEvent.change(within(form).getByRole("textbox", { name: /Tittel/ }), { target: { value: "Møte" } });
    fireEvent.change(within(form).getByRole("textbox", { name: /Påminnelser/ }), { target: { value: "1 uke" } });
    fireEvent.click(within(form).getByTestId("event-save"));
    expect(await within(form).findByText(/«1 UKE» er ikke en gyldig påminnelse/)).toBeTruthy();
    expect(seen.some((r) => r.method === "POST")).toBe(false);
  });

  it("cancels one occurrence of a recurring event after confirmation", async () => {
    const { fetch, seen } = fakeApi({
      me: { isEditor: true },
      routes: {
        "GET /api/events/all": () => json({ events: [stored] }),
        "POST /api/events/fredag/cancel": (req: SeenRequest) => json({ ...stored, ...(req.body as object) }),
      },
    });
    renderApp(fetch, "?view=upcoming");
    fireEvent.click(await screen.findByTestId("cancel-fredag-2026-12-04T12:00"));
    fireEvent.click(await screen.findByTestId("cancel-confirm"));
    await waitFor(() => expect(screen.getByTestId("upcoming-result").textContent).toBe("Avlyst."));
    const cancel = seen.find((r) => r.method === "POST")!;
    expect(cancel.path).toBe("/api/events/fredag/cancel");
    expect(cancel.headers.get("If-Match")).toBe('W/"fredag-1"');
    expect(cancel.body).toEqual({ occurrence: "2026-12-04T12:00" });
  });
});
