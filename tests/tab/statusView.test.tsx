// @vitest-environment jsdom
import "./polyfills.js";
import { act, cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ApiClient } from "../../src/tab/api.js";
import { App } from "../../src/tab/components/App.js";
import { OneShot } from "../../src/tab/firstLoad.js";
import { browserHost } from "../../src/tab/hostInfo.js";
import { defaultTiltak, fakeApi } from "./fakeApi.js";
import { renderApp } from "./renderApp.js";

afterEach(cleanup);

describe("status view", () => {
  it("renders the tiltak of the current period as compact rows by area, with progress explained", async () => {
    const { fetch } = fakeApi();
    renderApp(fetch);
    const t1 = await screen.findByTestId("tiltak-t1");
    expect(within(t1).getByText("Delta på Fredagspresentasjoner")).toBeTruthy();
    expect(within(t1).getByTestId("status-badge-t1").textContent).toBe("Pågår");
    expect(within(t1).getByText("To presentasjoner planlagt")).toBeTruthy();
    expect(within(t1).getByText("Endret 4. des. av Karen Haugvaldstad")).toBeTruthy();
    expect(within(screen.getByTestId("area-utdanning")).getByTestId("tiltak-t2")).toBeTruthy();
    expect(within(screen.getByTestId("area-forskning")).getByTestId("tiltak-t3")).toBeTruthy();
    // (1 done + ½ in progress) / 3
    expect(screen.getByTestId("progress-plan").textContent).toContain("50 %");
    expect(screen.getByTestId("progress-utdanning").textContent).toContain("75 %");
    expect(screen.getByTestId("progress-forskning").textContent).toContain("0 %");
    expect(screen.getAllByRole("progressbar").length).toBe(3);
    expect(
      screen.getByText(/Stoppede teller med i totalen, så å stoppe et tiltak gir aldri høyere prosent/),
    ).toBeTruthy();
  });

  it("shows English labels with ?lang=en", async () => {
    const { fetch } = fakeApi();
    renderApp(fetch, "?lang=en");
    const t1 = await screen.findByTestId("tiltak-t1");
    expect(within(t1).getByText("In progress")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Education for the future" })).toBeTruthy();
    expect(screen.getByTestId("mode-badge").textContent).toBe("Browser mode");
  });

  it("shows read-only pills and no note buttons to people who are not editors", async () => {
    const { fetch } = fakeApi({ me: { isEditor: false } });
    const api = new ApiClient({ fetch });
    // Who the user is is known before the first render, and async act applies it: so what is absent
    // once the rows show stays absent (no later answer can add editing controls).
    const me = new OneShot(Promise.resolve(await api.me()));
    await act(async () => {
      render(<App host={browserHost("")} api={api} firstLoad={{ me }} />);
    });
    await screen.findByTestId("tiltak-t1");
    for (const t of defaultTiltak) {
      expect(screen.queryByTestId(`notes-button-${t.id}`)).toBeNull();
      expect(screen.queryByTestId(`status-${t.id}`)).toBeNull();
    }
    expect(screen.getByTestId("history-t1")).toBeTruthy();
  });

  it("gives editors a status menu and a note button per row, and no open forms", async () => {
    const { fetch } = fakeApi({ me: { isEditor: true } });
    renderApp(fetch);
    expect(await screen.findByTestId("status-t1")).toBeTruthy();
    expect(screen.getByTestId("notes-button-t1")).toBeTruthy();
    expect(screen.queryAllByRole("textbox").length).toBe(0);
  });

  it("shows the dashboard alone on the stage, without edit controls, whatever ?view says", async () => {
    const { fetch } = fakeApi({ me: { isEditor: true } });
    renderApp(fetch, "?stage=1&view=representation");
    expect(screen.getByTestId("stage-layout")).toBeTruthy();
    const dashboard = await screen.findByTestId("dashboard");
    // The view the stage shows is the dashboard, whatever ?view asked for.
    expect(screen.getByTestId("panel-dashboard")).toBeTruthy();
    expect(screen.queryByTestId("panel-representation")).toBeNull();
    expect(screen.queryByRole("tablist")).toBeNull();
    expect(screen.queryByTestId("status-t1")).toBeNull();
    expect(within(dashboard).getByTestId("tile-done").textContent).toBe("1Fullført");
    expect(within(dashboard).getByText(/Planperioden 2024–2025 er avsluttet/)).toBeTruthy();
  });

  it("explains a 403 from the API instead of showing an empty page", async () => {
    const forbidden = () =>
      new Response(JSON.stringify({ error: { code: "forbidden", message: "nope" } }), { status: 403 });
    const { fetch } = fakeApi({ routes: { "GET /api/me": forbidden, "GET /api/dashboard": forbidden } });
    renderApp(fetch);
    const problems = await screen.findAllByText(/Du har ikke tilgang til dette \(403\)/);
    expect(problems.length).toBeGreaterThan(0);
  });

  it.each([
    ["a 401", "?lang=en", () => new Response("{}", { status: 401 }), /You are not signed in \(401\)/],
    [
      "a network failure",
      "",
      () => Promise.reject(new TypeError("Failed to fetch")),
      /fikk ikke kontakt med tjenesten/,
    ],
  ])("explains %s in words", async (_name, search, answer, text) => {
    const { fetch } = fakeApi({ routes: { "GET /api/dashboard": answer as () => Response } });
    renderApp(fetch, search);
    expect(await screen.findByText(text)).toBeTruthy();
  });

  it("opens the print report with the management-group heading and every tiltak", async () => {
    const { fetch } = fakeApi();
    renderApp(fetch);
    (await screen.findByTestId("print-report")).click();
    const report = await screen.findByTestId("print-report-view");
    expect(
      within(report).getByRole("heading", {
        name: "Status for handlingsplan 2024–2025 – rapport til kommunaldirektørens ledergruppe",
      }),
    ).toBeTruthy();
    expect(within(report).getByText("Felles forskningsprosjekt")).toBeTruthy();
    expect(within(report).getByText("Dato: 22. november 2026")).toBeTruthy();
  });
});
