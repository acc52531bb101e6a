// @vitest-environment jsdom
import "./polyfills.js";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiClient } from "../../src/tab/api.js";
import { App } from "../../src/tab/components/App.js";
import { OneShot, startFirstLoad } from "../../src/tab/firstLoad.js";
import { browserHost } from "../../src/tab/hostInfo.js";
import { fakeApi, json } from "./fakeApi.js";

afterEach(cleanup);

const paths = (seen: { method: string; path: string }[]) => seen.map((r) => `${r.method} ${r.path}`);

describe("OneShot", () => {
  it("hands its promise out once", async () => {
    const shot = new OneShot(Promise.resolve(7));
    expect(await shot.take()).toBe(7);
    expect(shot.take()).toBeUndefined();
  });

  it("leaves a failure to whoever takes it, and none unhandled if nobody does", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      new OneShot(Promise.reject(new Error("never taken")));
      const taken = new OneShot(Promise.reject(new Error("taken")));
      await expect(taken.take()).rejects.toThrow("taken");
      // Node reports unhandled rejections when the microtask queue has drained, before any
      // setImmediate callback runs: past this point, none can still be reported.
      await new Promise((r) => setImmediate(r));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });
});

describe("startFirstLoad", () => {
  it("asks for /api/me and the live dashboard before anything renders", async () => {
    const { fetch, seen } = fakeApi();
    startFirstLoad(new ApiClient({ fetch }), browserHost("?view=status"));
    // The token is awaited first, so the requests go out a few microtasks later.
    await vi.waitFor(() => expect(paths(seen).sort()).toEqual(["GET /api/dashboard", "GET /api/me"]));
  });
});

describe("the tab with prefetched answers", () => {
  function renderPrefetched(fetch: typeof globalThis.fetch) {
    const host = browserHost("?view=status");
    const api = new ApiClient({ fetch });
    const firstLoad = startFirstLoad(api, host);
    return render(<App host={host} api={api} firstLoad={firstLoad} />);
  }

  it("shows the status view from them without asking again at once", async () => {
    const { fetch, seen } = fakeApi({ me: { isEditor: true } });
    renderPrefetched(fetch);
    expect(await screen.findByTestId("status-t1")).toBeTruthy();
    const asked = paths(seen);
    expect(asked.filter((p) => p === "GET /api/dashboard")).toHaveLength(1);
    expect(asked.filter((p) => p === "GET /api/me")).toHaveLength(1);
  });

  it("fetches afresh on retry after a prefetched answer failed, in Norwegian", async () => {
    let calls = 0;
    const ok = fakeApi().fetch;
    const { fetch, seen } = fakeApi({
      routes: {
        "GET /api/dashboard": (req) =>
          ++calls === 1
            ? json({ error: { code: "unavailable", message: "Internal error" } }, 503)
            : ok(`http://tab.test${req.path}`),
      },
    });
    renderPrefetched(fetch);
    const problem = await screen.findByTestId("api-problem");
    expect(problem.textContent).toContain("tjenesten svarte med en feil (503)");
    expect(problem.textContent).not.toContain("Internal error");
    fireEvent.click(await screen.findByRole("button", { name: "Prøv igjen" }));
    expect(await screen.findByTestId("tiltak-t1")).toBeTruthy();
    expect(paths(seen).filter((p) => p === "GET /api/dashboard")).toHaveLength(2);
  });
});
