// @vitest-environment jsdom
import "./polyfills.js";
import { cleanup, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const teams = vi.hoisted(() => ({
  initialize: vi.fn<() => Promise<void>>(),
  getContext: vi.fn(),
  getAuthToken: vi.fn<() => Promise<string>>(),
  notifySuccess: vi.fn(async () => undefined),
  registerOnThemeChangeHandler: vi.fn(),
  registerOnSaveHandler: vi.fn(),
  setConfig: vi.fn(async () => undefined),
  setValidityState: vi.fn(),
}));

vi.mock("@microsoft/teams-js", () => ({
  app: {
    initialize: teams.initialize,
    getContext: teams.getContext,
    notifySuccess: teams.notifySuccess,
    registerOnThemeChangeHandler: teams.registerOnThemeChangeHandler,
  },
  authentication: { getAuthToken: teams.getAuthToken },
  meeting: { shareAppContentToStage: vi.fn() },
  pages: {
    config: {
      registerOnSaveHandler: teams.registerOnSaveHandler,
      setConfig: teams.setConfig,
      setValidityState: teams.setValidityState,
    },
  },
}));

const { browserHost, readUrlOptions } = await import("../../src/tab/hostInfo.js");
const { startHost, withTimeout, TEAMS_INIT_TIMEOUT_MS } = await import("../../src/tab/teamsStartup.js");
const { registerTabConfig, tabConfig } = await import("../../src/tab/teamsConfig.js");
const { fakeApi } = await import("./fakeApi.js");
const { renderApp } = await import("./renderApp.js");

/** A window that is framed (its parent is another object), like a tab inside Teams. */
const framed = (search = "") => ({ parent: {}, location: { search } }) as unknown as Window;

beforeEach(() => {
  vi.clearAllMocks();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe("startup", () => {
  it("is browser mode at once in a top-level window, without asking Teams", async () => {
    const host = await startHost(window);
    expect(host.mode).toBe("browser");
    expect(teams.initialize).not.toHaveBeenCalled();
    expect(await host.getToken()).toBeUndefined();
  });

  it("falls back to browser mode after 3 s when Teams does not answer in an iframe", async () => {
    // Load the lazily imported SDK module with real timers first; the module loader needs them.
    await import("../../src/tab/teamsSdk.js");
    vi.useFakeTimers();
    teams.initialize.mockReturnValue(new Promise(() => {}));
    let settled = false;
    const started = startHost(framed("?lang=en")).finally(() => (settled = true));
    // The SDK is imported lazily, so the 3 s timer starts a few ticks later; step until it fires.
    let elapsed = 0;
    while (!settled && elapsed < 10 * TEAMS_INIT_TIMEOUT_MS) {
      await vi.advanceTimersByTimeAsync(100);
      elapsed += 100;
    }
    const host = await started;
    expect(elapsed).toBeGreaterThanOrEqual(TEAMS_INIT_TIMEOUT_MS);
    expect(elapsed).toBeLessThanOrEqual(TEAMS_INIT_TIMEOUT_MS + 500);
    expect(host.mode).toBe("browser");
    expect(host.lang).toBe("en");
  });

  it("falls back to browser mode when initialize rejects", async () => {
    teams.initialize.mockRejectedValue(new Error("no host"));
    expect((await startHost(framed())).mode).toBe("browser");
  });

  it("reads locale, theme and frame context from Teams and uses its token", async () => {
    teams.initialize.mockResolvedValue(undefined);
    teams.getContext.mockResolvedValue({
      app: { locale: "en-GB", theme: "dark" },
      page: { frameContext: "meetingStage" },
    });
    teams.getAuthToken.mockResolvedValue("token-1");
    const host = await startHost(framed("?view=upcoming"));
    expect(host).toMatchObject({ mode: "teams", lang: "en", theme: "dark", stage: true, initialView: "dashboard" });
    expect(host.authError).toBeUndefined();
    expect(await host.getToken()).toBe("token-1");
    expect(teams.notifySuccess).toHaveBeenCalled();
    const listener = vi.fn();
    host.onThemeChange?.(listener);
    teams.registerOnThemeChangeHandler.mock.calls[0][0]("contrast");
    expect(listener).toHaveBeenCalledWith("contrast");
  });

  it("records why sign-in failed and still starts", async () => {
    teams.initialize.mockResolvedValue(undefined);
    teams.getContext.mockResolvedValue({
      app: { locale: "nb-NO", theme: "default" },
      page: { frameContext: "sidePanel" },
    });
    teams.getAuthToken.mockRejectedValue(new Error("resourceRequiresConsent"));
    const host = await startHost(framed());
    expect(host).toMatchObject({
      mode: "teams",
      lang: "nb",
      theme: "light",
      sidePanel: true,
      authError: "resourceRequiresConsent",
    });
  });

  it("rejects a promise that takes too long", async () => {
    vi.useFakeTimers();
    const slow = withTimeout(new Promise(() => {}), 100);
    const check = expect(slow).rejects.toThrow("timed out");
    await vi.advanceTimersByTimeAsync(101);
    await check;
  });
});

describe("URL options", () => {
  it.each([
    [
      "?lang=en&theme=dark&view=upcoming",
      { lang: "en", theme: "dark", view: "upcoming", stage: false, meeting: false },
    ],
    ["?theme=contrast&stage=1", { lang: undefined, theme: "contrast", view: undefined, stage: true, meeting: false }],
    [
      "?lang=de&theme=pink&view=admin",
      { lang: undefined, theme: undefined, view: undefined, stage: false, meeting: false },
    ],
    ["?view=status&meeting=1", { lang: undefined, theme: undefined, view: "status", stage: false, meeting: true }],
  ])("%s", (search, expected) => {
    expect(readUrlOptions(search)).toEqual(expected);
  });

  it("opens the dashboard on the stage whatever ?view says", () => {
    expect(browserHost("?stage=1&view=upcoming").initialView).toBe("dashboard");
  });
});

describe("what the user sees", () => {
  it("shows the browser-mode badge", () => {
    const { fetch } = fakeApi();
    renderApp(fetch);
    expect(screen.getByTestId("mode-badge").textContent).toBe("Nettlesermodus");
  });

  it("explains a failed sign-in rather than showing an empty page", async () => {
    const { fetch } = fakeApi();
    renderApp(fetch, "", { mode: "teams", authError: "resourceRequiresConsent" });
    const problem = await screen.findByTestId("auth-problem");
    expect(problem.textContent).toContain("Innloggingen mislyktes");
    expect(problem.textContent).toContain("resourceRequiresConsent");
    expect(problem.textContent).toContain("Prøv å laste fanen på nytt");
    expect(screen.getByTestId("mode-badge").textContent).toBe("Teams");
    await screen.findByTestId("tiltak-t1");
  });

  it("switches theme when Teams says so", async () => {
    const { fetch } = fakeApi();
    let notify: (t: "light" | "dark" | "contrast") => void = () => {};
    const { container } = renderApp(fetch, "", { onThemeChange: (l) => (notify = l) });
    expect(container.querySelector(".theme-light")).toBeTruthy();
    const { act } = await import("@testing-library/react");
    act(() => notify("dark"));
    expect(container.querySelector(".theme-dark")).toBeTruthy();
  });
});

describe("tab configuration", () => {
  it("stores the content URL with the chosen view", async () => {
    let view: "status" | "upcoming" = "status";
    await registerTabConfig(() => view, "https://alrek.example");
    expect(teams.setValidityState).toHaveBeenCalledWith(true);
    view = "upcoming";
    const saveEvent = { notifySuccess: vi.fn(), notifyFailure: vi.fn() };
    teams.registerOnSaveHandler.mock.calls[0][0](saveEvent);
    await vi.waitFor(() => expect(saveEvent.notifySuccess).toHaveBeenCalled());
    expect(teams.setConfig).toHaveBeenCalledWith(tabConfig("https://alrek.example", "upcoming"));
    expect(tabConfig("https://alrek.example", "status")).toEqual({
      contentUrl: "https://alrek.example/tab/index.html?view=status&context=channel",
      websiteUrl: "https://alrek.example/tab/index.html?view=status&context=channel",
      entityId: "alrek-status",
      suggestedDisplayName: "Alrek status",
    });
  });

  it("explains itself in a plain browser", async () => {
    const { render } = await import("@testing-library/react");
    const { ConfigPage } = await import("../../src/tab/components/ConfigPage.js");
    render(<ConfigPage host={browserHost("?lang=en")} onViewChange={() => {}} />);
    expect(screen.getByTestId("config-browser").textContent).toContain("used when you add the Alrek tab");
    expect(screen.getByRole("radio", { name: "Upcoming" })).toBeTruthy();
  });
});
