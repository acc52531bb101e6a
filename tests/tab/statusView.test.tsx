// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { defaultTiltak, fakeApi } from "./fakeApi.js";
import { renderApp } from "./renderApp.js";

afterEach(cleanup);

describe("status view", () => {
  it("renders the tiltak of the current period grouped by area, with progress", async () => {
    const { fetch } = fakeApi();
    renderApp(fetch);
    const t1 = await screen.findByTestId("tiltak-t1");
    expect(within(t1).getByText("Delta på Fredagspresentasjoner")).toBeTruthy();
    expect(within(t1).getByText("Pågår")).toBeTruthy();
    expect(within(t1).getByText("To presentasjoner planlagt")).toBeTruthy();
    expect(within(t1).getByText("Sist endret 4. desember 2026 kl. 12.00 av Karen Haugvaldstad")).toBeTruthy();
    expect(within(screen.getByTestId("area-utdanning")).getByTestId("tiltak-t2")).toBeTruthy();
    expect(within(screen.getByTestId("area-forskning")).getByTestId("tiltak-t3")).toBeTruthy();
    expect(screen.getByTestId("progress-plan").textContent).toContain("33 %");
    expect(screen.getByTestId("progress-utdanning").textContent).toContain("50 %");
    expect(screen.getByTestId("progress-forskning").textContent).toContain("0 %");
    expect(screen.getAllByRole("progressbar").length).toBe(3);
  });

  it("shows English labels with ?lang=en", async () => {
    const { fetch } = fakeApi();
    renderApp(fetch, "?lang=en");
    const t1 = await screen.findByTestId("tiltak-t1");
    expect(within(t1).getByText("In progress")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Education for the future" })).toBeTruthy();
    expect(screen.getByTestId("mode-badge").textContent).toBe("Browser mode");
  });

  it("hides edit controls from people who are not editors", async () => {
    const { fetch } = fakeApi({ me: { isEditor: false } });
    renderApp(fetch);
    await screen.findByTestId("tiltak-t1");
    // Let /api/me answer too.
    await new Promise((r) => setTimeout(r, 20));
    for (const t of defaultTiltak) expect(screen.queryByTestId(`save-${t.id}`)).toBeNull();
    expect(screen.queryByRole("textbox", { name: "Notater" })).toBeNull();
    expect(screen.getByTestId("history-t1")).toBeTruthy();
  });

  it("shows edit controls to editors", async () => {
    const { fetch } = fakeApi({ me: { isEditor: true } });
    renderApp(fetch);
    expect(await screen.findByTestId("save-t1")).toBeTruthy();
    expect(screen.getAllByRole("textbox", { name: "Notater" }).length).toBe(3);
  });

  it("uses the large stage layout without edit controls with ?stage=1", async () => {
    const { fetch } = fakeApi({ me: { isEditor: true } });
    renderApp(fetch, "?stage=1&view=representation");
    expect(screen.getByTestId("stage-layout")).toBeTruthy();
    await screen.findByTestId("tiltak-t1");
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByTestId("save-t1")).toBeNull();
    expect(screen.queryByTestId("print-report")).toBeNull();
  });

  it("explains a 403 from the API instead of showing an empty page", async () => {
    const forbidden = () =>
      new Response(JSON.stringify({ error: { code: "forbidden", message: "nope" } }), { status: 403 });
    const { fetch } = fakeApi({ routes: { "GET /api/me": forbidden, "GET /api/summary": forbidden } });
    renderApp(fetch);
    const problems = await screen.findAllByText(/Du har ikke tilgang til dette \(403\)/);
    expect(problems.length).toBeGreaterThan(0);
  });

  it("explains a 401 from the API", async () => {
    const unauthorized = () => new Response("{}", { status: 401 });
    const { fetch } = fakeApi({ routes: { "GET /api/summary": unauthorized } });
    renderApp(fetch, "?lang=en");
    expect(await screen.findByText(/You are not signed in \(401\)/)).toBeTruthy();
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
