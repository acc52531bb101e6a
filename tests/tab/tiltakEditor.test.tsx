// @vitest-environment jsdom
import "./polyfills.js";
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { defaultTiltak, fakeApi, json, period, type SeenRequest } from "./fakeApi.js";
import { renderApp } from "./renderApp.js";

afterEach(cleanup);

const patchPath = `PATCH /api/periods/${period.id}/tiltak/t1`;
const newer = { ...defaultTiltak[0], status: "done", notes: "Fullført av Karen", etag: 'W/"t1-2"' };
const echo = (etag: string) => (req: SeenRequest) => json({ ...defaultTiltak[0], ...(req.body as object), etag });

async function chooseStatus(label: string) {
  fireEvent.click(await screen.findByTestId("status-t1"));
  fireEvent.click(await screen.findByRole("menuitemradio", { name: label }));
}

describe("editing a tiltak", () => {
  it("saves a status chosen from the pill's menu with If-Match, and the plan figure follows at once", async () => {
    const { fetch, seen } = fakeApi({ me: { isEditor: true }, routes: { [patchPath]: echo('W/"t1-2"') } });
    renderApp(fetch);
    await chooseStatus("Fullført");
    await waitFor(() =>
      expect(screen.getByTestId("save-result").textContent).toBe("Lagret: Fullført. Hele planen: 67 %."),
    );
    expect(screen.getByTestId("progress-plan").textContent).toContain("67 %");
    expect(screen.getByTestId("status-badge-t1").textContent).toBe("Fullført");
    const patch = seen.find((r) => r.method === "PATCH")!;
    expect(patch.headers.get("If-Match")).toBe('W/"t1-1"');
    expect(patch.body).toEqual({ status: "done" });
  });

  it("edits the note in a dialog and shows it in the row after saving", async () => {
    const { fetch, seen } = fakeApi({ me: { isEditor: true }, routes: { [patchPath]: echo('W/"t1-2"') } });
    renderApp(fetch);
    fireEvent.click(await screen.findByTestId("notes-button-t1"));
    const text = (await screen.findByTestId("notes-text")) as HTMLTextAreaElement;
    expect(text.value).toBe("To presentasjoner planlagt");
    fireEvent.change(text, { target: { value: "Ny tekst" } });
    fireEvent.click(screen.getByTestId("notes-save"));
    await waitFor(() => expect(screen.queryByTestId("notes-dialog")).toBeNull());
    expect(screen.getByTestId("notes-view-t1").textContent).toBe("Ny tekst");
    expect(seen.find((r) => r.method === "PATCH")!.body).toEqual({ notes: "Ny tekst" });
  });

  it("asks before throwing away unsaved text, and keeps it when asked to", async () => {
    const { fetch, seen } = fakeApi({ me: { isEditor: true } });
    renderApp(fetch);
    fireEvent.click(await screen.findByTestId("notes-button-t1"));
    fireEvent.change(await screen.findByTestId("notes-text"), { target: { value: "Halvskrevet" } });
    fireEvent.click(screen.getByTestId("notes-cancel"));
    expect(await screen.findByTestId("unsaved-warning")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Fortsett å skrive" }));
    expect(((await screen.findByTestId("notes-text")) as HTMLTextAreaElement).value).toBe("Halvskrevet");
    fireEvent.click(screen.getByTestId("notes-cancel"));
    fireEvent.click(await screen.findByTestId("discard-notes"));
    await waitFor(() => expect(screen.queryByTestId("notes-dialog")).toBeNull());
    expect(seen.some((r) => r.method === "PATCH")).toBe(false);
  });

  it.each([
    ["", "Noen andre har endret dette", "Fullført av Karen"],
    ["?lang=en", "Someone else changed this", "Fullført av Karen"],
  ])(
    "on 412 (%s) keeps the typed note, shows the newer value and saves again on the new etag",
    async (search, title, newerNote) => {
      let calls = 0;
      const { fetch, seen } = fakeApi({
        me: { isEditor: true },
        routes: {
          [patchPath]: (req: SeenRequest) =>
            ++calls === 1
              ? json(
                  { error: { code: "precondition_failed", message: "stale" }, current: newer, etag: newer.etag },
                  412,
                )
              : json({ ...newer, ...(req.body as object), etag: 'W/"t1-3"' }),
        },
      });
      renderApp(fetch, search);
      fireEvent.click(await screen.findByTestId("notes-button-t1"));
      fireEvent.change(await screen.findByTestId("notes-text"), { target: { value: "Min egen tekst" } });
      fireEvent.click(screen.getByTestId("notes-save"));
      const problem = await screen.findByTestId("notes-problem");
      expect(problem.textContent).toContain(newerNote);
      expect(problem.textContent).not.toContain("precondition");
      expect(((await screen.findByTestId("notes-text")) as HTMLTextAreaElement).value).toBe("Min egen tekst");
      expect(screen.getByTestId("status-badge-t1").textContent).toBe(search ? "Done" : "Fullført");
      expect(title).toBeTruthy();
      fireEvent.click(screen.getByTestId("notes-save"));
      await waitFor(() => expect(screen.queryByTestId("notes-dialog")).toBeNull());
      const patches = seen.filter((r) => r.method === "PATCH");
      expect(patches.map((p) => p.headers.get("If-Match"))).toEqual(['W/"t1-1"', 'W/"t1-2"']);
    },
  );

  it("shows the history as a Norwegian timeline with labels, not codes, in a keyboard-scrollable region", async () => {
    const { fetch } = fakeApi({
      routes: {
        [`GET /api/periods/${period.id}/tiltak/t1/history`]: () =>
          json({
            history: [
              {
                entityType: "tiltak",
                entityId: "t1",
                at: "2026-11-12T10:30:00.000Z",
                by: { oid: "o", tid: "t", name: "Karen Haugvaldstad" },
                field: "status",
                oldValue: "planned",
                newValue: "done",
              },
            ],
          }),
      },
    });
    renderApp(fetch);
    fireEvent.click(await screen.findByTestId("history-t1"));
    const timeline = await screen.findByTestId("history-timeline");
    expect(timeline.textContent).toContain("Karen Haugvaldstad: Planlagt → Fullført");
    expect(timeline.textContent).toContain("12. nov. kl. 11.30");
    expect(timeline.textContent).not.toMatch(/planned|done|status/);
    const region = await screen.findByRole("region", { name: "Endringer, nyeste først" });
    expect(region.tabIndex).toBe(0);
  });
});
