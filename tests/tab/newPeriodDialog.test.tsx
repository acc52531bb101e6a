// @vitest-environment jsdom
import "./polyfills.js";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Dashboard, PlanPeriod } from "../../src/tab/apiTypes.js";
import { defaultTiltak, fakeApi, json, period, summary, tiltak, type SeenRequest } from "./fakeApi.js";
import { renderApp } from "./renderApp.js";

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const at = (iso: string) => vi.useFakeTimers({ toFake: ["Date"], now: new Date(iso) });

describe("the ended plan period in the status view", () => {
  beforeEach(() => at("2026-11-22T10:00:00Z"));

  it.each([
    ["", "Planperioden 2024–2025 er avsluttet; ny plan er ikke lagt inn.", "En redaktør kan opprette"],
    ["?lang=en", "The plan period 2024–2025 has ended; no new plan has been entered.", "An editor can create"],
  ])("tells a reader (%s) and offers no button", async (search, title, rest) => {
    renderApp(fakeApi().fetch, search);
    const notice = await screen.findByTestId("period-ended");
    expect(notice.textContent).toContain(title);
    expect(notice.textContent).toContain(rest);
    expect(screen.queryByTestId("new-period")).toBeNull();
  });

  it("says nothing while the period runs", async () => {
    at("2025-06-01T10:00:00Z");
    renderApp(fakeApi().fetch);
    await screen.findByTestId("tiltak-t1");
    expect(screen.queryByTestId("period-ended")).toBeNull();
  });

  it("marks a late tiltak with the word Forsinket and shows its due date", async () => {
    const list = [
      tiltak("t1", { dueDate: "2026-06-30", text: "Sen" }),
      tiltak("t2", { dueDate: "2026-06-30", status: "done", order: 2 }),
    ];
    renderApp(fakeApi({ tiltak: list }).fetch);
    const row = await screen.findByTestId("tiltak-t1");
    expect(within(row).getByTestId("overdue-t1").textContent).toBe("Forsinket");
    expect(within(row).getByTestId("due-t1").textContent).toBe("Frist 30. juni 2026");
    expect(screen.queryByTestId("overdue-t2")).toBeNull();
  });

  it("lets an editor set a due date, sending only that field", async () => {
    const { fetch, seen } = fakeApi({
      me: { isEditor: true },
      routes: {
        "PATCH /api/periods/2024-2025/tiltak/t1": (req) =>
          json({ ...defaultTiltak[0], ...(req.body as object), etag: 'W/"t1-2"' }),
      },
    });
    renderApp(fetch);
    fireEvent.click(await screen.findByTestId("notes-button-t1"));
    fireEvent.change(await screen.findByTestId("due-date"), { target: { value: "2027-03-31" } });
    fireEvent.click(screen.getByTestId("notes-save"));
    await waitFor(() => expect(screen.queryByTestId("notes-dialog")).toBeNull());
    expect(seen.find((r) => r.method === "PATCH")!.body).toEqual({ dueDate: "2027-03-31" });
    expect(screen.getByTestId("due-t1").textContent).toBe("Frist 31. mars 2027");
  });
});

describe("the stage's Trenger oppmerksomhet", () => {
  beforeEach(() => at("2026-11-22T10:00:00Z"));

  it("lists the ended period first, then stopped and overdue tiltak with their due date", async () => {
    const list = [
      tiltak("t1", {
        text: "Sent tiltak",
        dueDate: "2026-06-30",
        status: "in_progress",
        updatedAt: "2026-11-20T10:00:00Z",
      }),
      tiltak("t2", { text: "Ferdig tiltak", dueDate: "2026-01-31", status: "done", order: 2 }),
      tiltak("t3", { text: "Stoppet tiltak", status: "stopped", order: 3 }),
    ];
    renderApp(fakeApi({ tiltak: list }).fetch, "?stage=1");
    const attention = await screen.findByTestId("dash-attention");
    const items = within(attention)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items).toEqual([
      "Planperioden 2024–2025 er avsluttet; ny plan er ikke lagt inn.",
      "Stoppet: Stoppet tiltak",
      "Forsinket (Frist 30. juni 2026): Sent tiltak",
    ]);
  });
});

describe("guided new plan period", () => {
  beforeEach(() => at("2026-11-22T10:00:00Z"));

  const next: PlanPeriod = {
    ...period,
    id: "2026-2027",
    title: "Handlingsplan 2026–2027",
    startYear: 2026,
    endYear: 2027,
  };

  function api() {
    let created = false;
    const routes = {
      "POST /api/periods": (req: SeenRequest) => {
        created = true;
        const body = req.body as { carryOver: { tiltakIds: string[] } };
        return json(
          { period: next, tiltak: body.carryOver.tiltakIds.map((id) => tiltak(id, { periodId: next.id })) },
          201,
        );
      },
      "GET /api/dashboard": () => {
        const body: Dashboard = created
          ? {
              version: 'W/"v2"',
              summary: { ...summary, period: next },
              tiltak: [tiltak("t1", { periodId: next.id })],
              changes: [],
              changesSince: summary.now,
            }
          : { version: 'W/"v1"', summary, tiltak: defaultTiltak, changes: [], changesSince: summary.now };
        return new Response(JSON.stringify(body), {
          status: 200,
          headers: { "Content-Type": "application/json", ETag: body.version },
        });
      },
    };
    return fakeApi({ me: { isEditor: true }, routes });
  }

  it("prefills the next period, carries over the tiltak not done, and shows the new period with focus on its heading", async () => {
    const { fetch, seen } = api();
    renderApp(fetch);
    fireEvent.click(await screen.findByTestId("new-period"));
    const dialog = await screen.findByTestId("new-period-dialog");
    expect(screen.getByRole("dialog", { name: "Ny planperiode" })).toBeTruthy();
    expect((within(dialog).getByTestId("new-period-id") as HTMLInputElement).value).toBe("2026-2027");
    expect((within(dialog).getByTestId("new-period-name") as HTMLInputElement).value).toBe("Handlingsplan 2026–2027");
    const box = (id: string) =>
      within(within(dialog).getByTestId(`carry-${id}`).closest("li")!).getByRole("checkbox") as HTMLInputElement;
    expect([box("t1").checked, box("t2").checked, box("t3").checked]).toEqual([true, false, true]);
    fireEvent.click(box("t3"));
    expect(within(dialog).getByTestId("carry-over").textContent).toContain("(1 valgt)");
    // A new due date is asked for each chosen tiltak; the old one is not offered.
    const due = within(dialog).getByTestId("carry-due-t1") as HTMLInputElement;
    expect(due.value).toBe("");
    expect(within(dialog).queryByTestId("carry-due-t3")).toBeNull();
    fireEvent.change(due, { target: { value: "2026-10-01" } });
    // Status and the last note are kept unless unticked: untick the note.
    const keepNotes = within(within(dialog).getByTestId("carry-keep-notes").closest("div, span")!).getByRole(
      "checkbox",
    ) as HTMLInputElement;
    expect(keepNotes.checked).toBe(true);
    fireEvent.click(keepNotes);
    fireEvent.click(within(dialog).getByTestId("new-period-create"));

    await waitFor(() => expect(screen.queryByTestId("new-period-dialog")).toBeNull());
    const post = seen.find((r) => r.method === "POST")!;
    expect(post.body).toMatchObject({
      id: "2026-2027",
      title: "Handlingsplan 2026–2027",
      startYear: 2026,
      endYear: 2027,
      areas: period.areas.map((a) => ({ id: a.id, name: a.name })),
      carryOver: {
        fromPeriod: "2024-2025",
        tiltakIds: ["t1"],
        keepStatus: true,
        keepNotes: false,
        dueDates: { t1: "2026-10-01" },
      },
    });
    const heading = await screen.findByRole("heading", { name: /Handlingsplan 2026–2027/ });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByTestId("save-result").textContent).toBe("Handlingsplan 2026–2027 er opprettet med 1 tiltak.");
    expect(screen.queryByTestId("period-ended")).toBeNull();
  });

  it("shows the API's refusal in the dialog and keeps what was typed", async () => {
    const { fetch } = fakeApi({
      me: { isEditor: true },
      routes: {
        "POST /api/periods": () =>
          json({ error: { code: "conflict", message: "Plan period 2026-2027 already exists" } }, 409),
      },
    });
    renderApp(fetch);
    fireEvent.click(await screen.findByTestId("new-period"));
    fireEvent.change(await screen.findByTestId("new-period-name"), { target: { value: "Min plan" } });
    fireEvent.click(screen.getByTestId("new-period-create"));
    expect((await screen.findByTestId("new-period-problem")).textContent).toContain("Kunne ikke opprette planperioden");
    expect((screen.getByTestId("new-period-name") as HTMLInputElement).value).toBe("Min plan");
  });

  it("gives focus back to the button when cancelled", async () => {
    renderApp(api().fetch);
    const button = await screen.findByTestId("new-period");
    fireEvent.click(button);
    fireEvent.click(await screen.findByTestId("new-period-cancel"));
    await waitFor(() => expect(screen.queryByTestId("new-period-dialog")).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("new-period")));
  });
});
