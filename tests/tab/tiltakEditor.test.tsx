// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { defaultTiltak, fakeApi, json, period, type SeenRequest } from "./fakeApi.js";
import { renderApp } from "./renderApp.js";

afterEach(cleanup);

const patchPath = `PATCH /api/periods/${period.id}/tiltak/t1`;
const newer = { ...defaultTiltak[0], status: "done", notes: "Fullført av Karen", etag: 'W/"t1-2"' };

describe("editing a tiltak", () => {
  it("saves with If-Match and announces the result", async () => {
    const { fetch, seen } = fakeApi({
      me: { isEditor: true },
      routes: { [patchPath]: (req: SeenRequest) => json({ ...defaultTiltak[0], ...(req.body as object), etag: 'W/"t1-2"' }) },
    });
    renderApp(fetch);
    const card = await screen.findByTestId("tiltak-t1");
    fireEvent.change(within(card).getByRole("textbox", { name: "Notater" }), { target: { value: "Ny tekst" } });
    fireEvent.click(within(card).getByTestId("save-t1"));
    await waitFor(() => expect(within(card).getByTestId("save-result-t1").textContent).toBe("Lagret."));
    const patch = seen.find((r) => r.method === "PATCH")!;
    expect(patch.headers.get("If-Match")).toBe('W/"t1-1"');
    expect(patch.body).toEqual({ status: "in_progress", notes: "Ny tekst" });
  });

  it("on 412 shows the newer value, keeps the typed text and saves again on the new etag", async () => {
    let calls = 0;
    const { fetch, seen } = fakeApi({
      me: { isEditor: true },
      routes: {
        [patchPath]: (req: SeenRequest) => {
          calls += 1;
          if (calls === 1) {
            return json(
              { error: { code: "precondition_failed", message: "stale" }, current: newer, etag: newer.etag },
              412,
            );
          }
          return json({ ...newer, ...(req.body as object), etag: 'W/"t1-3"' });
        },
      },
    });
    renderApp(fetch);
    const card = await screen.findByTestId("tiltak-t1");
    const notes = within(card).getByRole("textbox", { name: "Notater" }) as HTMLTextAreaElement;
    fireEvent.change(notes, { target: { value: "Min egen tekst" } });
    fireEvent.click(within(card).getByTestId("save-t1"));

    const conflict = await within(card).findByTestId("conflict-message");
    expect(conflict.textContent).toContain("Noen andre har endret dette");
    expect(conflict.textContent).toContain("Fullført av Karen");
    expect(conflict.textContent).toContain("Fullført");
    expect(notes.value).toBe("Min egen tekst");
    expect(within(card).getByTestId("status-badge-t1").textContent).toBe("Fullført");

    fireEvent.click(within(card).getByTestId("save-t1"));
    await waitFor(() => expect(within(card).getByTestId("save-result-t1").textContent).toBe("Lagret."));
    const patches = seen.filter((r) => r.method === "PATCH");
    expect(patches.map((p) => p.headers.get("If-Match"))).toEqual(['W/"t1-1"', 'W/"t1-2"']);
    expect(patches[1].body).toMatchObject({ notes: "Min egen tekst" });
    expect(within(card).queryByTestId("conflict-message")).toBeNull();
  });

  it("shows the conflict in English", async () => {
    const { fetch } = fakeApi({
      me: { isEditor: true },
      routes: {
        [patchPath]: () =>
          json({ error: { code: "precondition_failed", message: "stale" }, current: newer, etag: newer.etag }, 412),
      },
    });
    renderApp(fetch, "?lang=en");
    const card = await screen.findByTestId("tiltak-t1");
    fireEvent.click(within(card).getByTestId("save-t1"));
    const conflict = await within(card).findByTestId("conflict-message");
    expect(conflict.textContent).toContain("Someone else changed this");
  });

  it("lists the history in a dialog", async () => {
    const { fetch } = fakeApi({
      routes: {
        [`GET /api/periods/${period.id}/tiltak/t1/history`]: () =>
          json({
            history: [
              {
                entityType: "tiltak",
                entityId: "t1",
                at: "2026-06-01T10:30:00.000Z",
                by: { oid: "o", tid: "t", name: "Karen Haugvaldstad" },
                field: "status",
                oldValue: "planned",
                newValue: "in_progress",
              },
            ],
          }),
      },
    });
    renderApp(fetch);
    fireEvent.click(await screen.findByTestId("history-t1"));
    const table = await screen.findByTestId("history-table");
    expect(table.textContent).toContain("Karen Haugvaldstad");
    expect(table.textContent).toContain("1. juni 2026 kl. 12.30");
    expect(table.textContent).toContain("planned → in_progress");
  });
});
