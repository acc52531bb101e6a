// @vitest-environment jsdom
import "./polyfills.js";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AlrekEvent, OccurrenceDto, WithEtag } from "../../src/tab/apiTypes.js";
import { fakeApi, json, occurrences, type SeenRequest } from "./fakeApi.js";
import { renderApp } from "./renderApp.js";

// Only Date is faked: "now" is Sunday 29 November 2026, so 4 December is "om 5 dager".
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-11-29T10:00:00.000Z"));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const fredag: WithEtag<AlrekEvent> = {
  id: "fredag",
  kind: "presentation",
  title: "Fredagspresentasjon",
  titleEn: "Friday presentation",
  start: "2026-01-02T12:00",
  end: "2026-01-02T13:00",
  timeZone: "Europe/Oslo",
  recurrence: "FREQ=MONTHLY;BYDAY=1FR",
  place: "Kantinen, Årstadveien 17",
  description: "Miljøene rullerer på hvem som presenterer.",
  editorNote: "Klokkeslett er ikke oppgitt; koordinator bør sette riktig tid.",
  exceptions: [],
  cancelled: false,
  etag: 'W/"fredag-1"',
};

const forum: WithEtag<AlrekEvent> = {
  id: "forum",
  kind: "meeting",
  title: "Alrekforum BEHO – desember",
  start: "2026-12-10T10:00",
  timeZone: "Europe/Oslo",
  exceptions: [],
  cancelled: false,
  etag: 'W/"forum-1"',
};

const forumOccurrence: OccurrenceDto = {
  eventId: "forum",
  key: "2026-12-10T10:00",
  start: "2026-12-10T09:00:00.000Z",
  moved: false,
  title: forum.title,
  kind: "meeting",
  reminders: ["2026-12-09T08:00:00.000Z"],
};

/** A fake API that keeps the events it is told to change, like the service does. */
function statefulApi(editor: boolean) {
  const events = new Map([fredag, forum].map((e) => [e.id, structuredClone(e)]));
  let n = 1;
  const save = (e: WithEtag<AlrekEvent>) => {
    const saved = { ...e, etag: `W/"${e.id}-${++n}"` };
    events.set(e.id, saved);
    return json(saved);
  };
  const checked = (req: SeenRequest, id: string) => {
    const e = events.get(id)!;
    return req.headers.get("If-Match") === e.etag ? e : undefined;
  };
  const api = fakeApi({
    me: { isEditor: editor },
    routes: {
      "GET /api/events/all": () => json({ events: [...events.values()] }),
      "GET /api/events": () =>
        json({
          occurrences: [...occurrences, forumOccurrence].filter((o) => {
            const e = events.get(o.eventId)!;
            return !e.cancelled && !e.exceptions.some((x) => x.cancelled && x.originalStart === o.key);
          }),
          undated: [],
        }),
      "POST /api/events/fredag/cancel": (req) => {
        const e = checked(req, "fredag");
        if (!e) return json({ error: { code: "precondition_failed", message: "stale" } }, 412);
        const occurrence = (req.body as { occurrence?: string }).occurrence;
        return save(
          occurrence
            ? { ...e, exceptions: [...e.exceptions, { originalStart: occurrence, cancelled: true }] }
            : { ...e, cancelled: true },
        );
      },
      "PATCH /api/events/fredag": (req) => {
        const e = checked(req, "fredag");
        if (!e) return json({ error: { code: "precondition_failed", message: "stale" } }, 412);
        return save({ ...e, ...(req.body as object) });
      },
    },
  });
  return { ...api, events };
}

const focusedTestId = () => document.activeElement?.getAttribute("data-testid");

describe("Kommende", () => {
  it("shows a recurring event as one row with its rule and next date, opening to its dates", async () => {
    const { fetch } = statefulApi(false);
    renderApp(fetch, "?view=upcoming");
    const row = await screen.findByTestId("series-fredag");
    expect(row.textContent).toContain("første fredag i måneden, kl. 12.00–13.00");
    expect(screen.getByTestId("series-next-fredag").textContent).toBe("Neste: fredag 4. desember, om 5 dager");
    // Once, not once per date.
    expect(screen.getAllByText("Fredagspresentasjon")).toHaveLength(1);
    const toggle = screen.getByTestId("series-toggle-fredag");
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(toggle.textContent).toBe("Vis de neste 2 datoene");
    expect(screen.getByTestId("series-dates-fredag").hidden).toBe(true);
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    const dates = screen.getByTestId("series-dates-fredag");
    expect(dates.hidden).toBe(false);
    expect(
      within(dates)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["fredag 4. desember kl. 12.00", "fredag 1. januar 2027 kl. 12.00"]);
  });

  it("titles a month by its count in the singular for one event, and hides reminders and coordinator notes from viewers", async () => {
    const { fetch } = statefulApi(false);
    renderApp(fetch, "?view=upcoming");
    const december = await screen.findByTestId("month-2026-12");
    expect(within(december).getByRole("heading", { level: 3 }).textContent).toBe("desember 2026 (1 hendelse)");
    expect(december.textContent).toContain("10. desember 2026 kl. 10.00");
    const series = screen.getByTestId("series-fredag");
    expect(series.textContent).toContain("Miljøene rullerer på hvem som presenterer.");
    expect(series.textContent).not.toContain("koordinator bør");
    expect(screen.queryByTestId("coordinator-note")).toBeNull();
    expect(screen.queryByText("Påminnelser")).toBeNull();
    expect(screen.queryByTestId("add-event")).toBeNull();
    expect(screen.queryByText(/Avlys/)).toBeNull();
  });

  it("shows editors the coordinator's note and the reminder schedule in words", async () => {
    const { fetch } = statefulApi(true);
    renderApp(fetch, "?view=upcoming");
    expect((await screen.findByTestId("coordinator-note")).textContent).toBe(
      "Merknad til koordinator: Klokkeslett er ikke oppgitt; koordinator bør sette riktig tid.",
    );
    expect(screen.getByTestId("series-reminders-fredag").textContent).toBe(
      "Påminnelser: samme morgen kl. 08.30 (standard for typen)",
    );
    expect(screen.getByTestId("month-2026-12").textContent).toContain("9. desember 2026 kl. 09.00");
    expect(document.body.textContent).not.toMatch(/ISO|P7D|PT1H|D0@/);
  });

  it("cancels one date, keeps it as 'Avlyst' with an undo that has focus, and undoes it", async () => {
    const { fetch, seen, events } = statefulApi(true);
    renderApp(fetch, "?view=upcoming");
    fireEvent.click(await screen.findByTestId("series-toggle-fredag"));
    const cancel = screen.getByTestId("cancel-fredag-2026-12-04T12:00");
    expect(cancel.textContent).toBe("Avlys fredag 4. desember");
    fireEvent.click(cancel);
    const undo = await screen.findByTestId("undo-fredag-2026-12-04T12:00");
    await waitFor(() => expect(focusedTestId()).toBe("undo-fredag-2026-12-04T12:00"));
    expect(screen.getByTestId("cancelled-fredag-2026-12-04T12:00").textContent).toBe("Avlyst");
    expect(undo.getAttribute("aria-label")).toBe("Angre avlysning av fredag 4. desember");
    expect(screen.getByTestId("upcoming-result").textContent).toBe(
      "fredag 4. desember er avlyst. Det sendes ingen påminnelser for denne datoen.",
    );
    const post = seen.find((r) => r.method === "POST")!;
    expect([post.path, post.headers.get("If-Match"), post.body]).toEqual([
      "/api/events/fredag/cancel",
      'W/"fredag-1"',
      { occurrence: "2026-12-04T12:00" },
    ]);
    // The next date is now the January one.
    await waitFor(() =>
      expect(screen.getByTestId("series-next-fredag").textContent).toMatch(/^Neste: fredag 1. januar 2027/),
    );

    fireEvent.click(screen.getByTestId("undo-fredag-2026-12-04T12:00"));
    await screen.findByTestId("cancel-fredag-2026-12-04T12:00");
    await waitFor(() => expect(focusedTestId()).toBe("cancel-fredag-2026-12-04T12:00"));
    const patch = seen.find((r) => r.method === "PATCH")!;
    expect([patch.path, patch.headers.get("If-Match"), patch.body]).toEqual([
      "/api/events/fredag",
      'W/"fredag-2"',
      { exceptions: [] },
    ]);
    expect(events.get("fredag")!.exceptions).toEqual([]);
    expect(screen.queryByTestId("cancelled-fredag-2026-12-04T12:00")).toBeNull();
  });

  it("cancels the whole series after confirmation, shows it as cancelled, and undoes it", async () => {
    const { fetch, seen } = statefulApi(true);
    renderApp(fetch, "?view=upcoming");
    fireEvent.click(await screen.findByTestId("cancel-series-fredag"));
    expect(screen.getByRole("alertdialog").textContent).toContain("Avlyse hele serien «Fredagspresentasjon»?");
    fireEvent.click(screen.getByTestId("cancel-confirm"));
    await screen.findByTestId("series-cancelled-fredag");
    expect(seen.find((r) => r.method === "POST")!.body).toEqual({});
    fireEvent.click(await screen.findByTestId("undo-series-fredag"));
    await screen.findByTestId("cancel-series-fredag");
    expect(seen.find((r) => r.method === "PATCH")!.body).toEqual({ cancelled: false });
  });

  it("says that editing a series edits every date", async () => {
    const { fetch } = statefulApi(true);
    renderApp(fetch, "?view=upcoming");
    expect((await screen.findByTestId("edit-series-fredag")).textContent).toBe("Endre hele serien");
    fireEvent.click(screen.getByTestId("edit-series-fredag"));
    const form = screen.getByTestId("event-form");
    expect(within(form).getByRole("heading").textContent).toBe("Endre serien: Fredagspresentasjon");
    expect(within(form).getByTestId("series-note").textContent).toMatch(/gjelder alle datoer i serien/);
    fireEvent.click(within(form).getByRole("button", { name: "Lukk" }));
    await waitFor(() => expect(focusedTestId()).toBe("edit-series-fredag"));
  });
});

describe("the event form's reminders", () => {
  const openForm = async () => {
    const api = fakeApi({
      me: { isEditor: true },
      routes: { "POST /api/events": (req) => json({ ...(req.body as object), id: "ny", etag: 'W/"ny-1"' }, 201) },
    });
    renderApp(api.fetch, "?view=upcoming");
    fireEvent.click(await screen.findByTestId("add-event"));
    const form = screen.getByTestId("event-form");
    fireEvent.change(within(form).getByRole("textbox", { name: /Tittel/ }), { target: { value: "Nytt møte" } });
    return { form, seen: api.seen };
  };
  const posted = async (seen: SeenRequest[]) => {
    await waitFor(() => expect(seen.some((r) => r.method === "POST")).toBe(true));
    return seen.find((r) => r.method === "POST")!.body as { reminderLeadTimes?: string[] };
  };

  it("offers checkboxes with the kind's defaults ticked, and leaves untouched defaults to the kind", async () => {
    const { form, seen } = await openForm();
    const box = (name: string) => within(form).getByRole("checkbox", { name }) as HTMLInputElement;
    expect(["1 uke før", "1 dag før", "Samme morgen kl. 08.30", "1 time før"].map((n) => box(n).checked)).toEqual([
      false,
      false,
      false,
      true,
    ]);
    expect(within(form).getByTestId("reminder-picker").textContent).toContain("dagen før kl. 09.00");
    expect(form.textContent).not.toMatch(/ISO|P7D|PT1H/);
    fireEvent.change(within(form).getByRole("combobox", { name: "Type" }), { target: { value: "presentation" } });
    expect(box("Samme morgen kl. 08.30").checked).toBe(true);
    expect(box("1 time før").checked).toBe(false);
    fireEvent.click(within(form).getByTestId("event-save"));
    expect((await posted(seen)).reminderLeadTimes).toBeUndefined();
  });

  it.each([
    ["ticks a preset", ["1 uke før"], undefined, ["P7D", "D-1@09:00", "PT1H"]],
    ["unticks one", ["1 time før"], undefined, ["D-1@09:00"]],
    ["adds 3 days", [], ["3", "days"], ["P3D", "D-1@09:00", "PT1H"]],
    ["adds 2 weeks", [], ["2", "weeks"], ["P14D", "D-1@09:00", "PT1H"]],
    ["adds 90 minutes", [], ["90", "minutes"], ["D-1@09:00", "PT90M", "PT1H"]],
  ])("%s and sends the API's notation", async (_name, clicks, custom, expected) => {
    const { form, seen } = await openForm();
    for (const name of clicks) fireEvent.click(within(form).getByRole("checkbox", { name }));
    if (custom) {
      fireEvent.change(within(form).getByTestId("reminder-amount"), { target: { value: custom[0] } });
      fireEvent.change(within(form).getByTestId("reminder-unit"), { target: { value: custom[1] } });
      fireEvent.click(within(form).getByTestId("reminder-add"));
    }
    fireEvent.click(within(form).getByTestId("event-save"));
    expect((await posted(seen)).reminderLeadTimes).toEqual(expected);
  });

  it.each([["0"], ["1,5"], ["tre"], ["91"]])("refuses %s days as a custom reminder", async (amount) => {
    const { form } = await openForm();
    fireEvent.change(within(form).getByTestId("reminder-amount"), { target: { value: amount } });
    fireEvent.click(within(form).getByTestId("reminder-add"));
    expect(within(form).getByText("Skriv et helt tall fra 1 og oppover, høyst 90 dager før.")).toBeTruthy();
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
    fireEvent.click(within(form).getByTestId("event-save"));
    expect(await within(form).findByText("Slutt må være etter start.")).toBeTruthy();
    expect(seen.find((r) => r.method === "POST")!.body).toMatchObject({
      title: "Nytt møte",
      kind: "meeting",
      timeZone: "Europe/Oslo",
    });
  });

  it("uses English titles and headings in English", async () => {
    const { fetch } = fakeApi();
    renderApp(fetch, "?view=upcoming&lang=en");
    const december = await screen.findByTestId("month-2026-12");
    expect(december.textContent).toContain("Friday presentation");
    expect(screen.getByRole("heading", { name: "Date not set" })).toBeTruthy();
  });
});
