// @vitest-environment jsdom
import "./polyfills.js";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ApiClient } from "../../src/tab/api.js";
import { App } from "../../src/tab/components/App.js";
import { OneShot, startFirstLoad } from "../../src/tab/firstLoad.js";
import { browserHost } from "../../src/tab/hostInfo.js";
import { fakeApi, json, summary } from "./fakeApi.js";

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
      await new Promise((r) => setTimeout(r, 10));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });
});

describe("startFirstLoad", () => {
  it("asks for what the status view needs before anything renders", async () => {
    const { fetch, seen } = fakeApi();
    startFirstLoad(new ApiClient({ fetch }), browserHost("?view=status"));
    // The token is awaited first, so the requests go out a few microtasks later.
    await new Promise((r) => setTimeout(r, 0));
    expect(paths(seen).sort()).toEqual(["GET /api/me", "GET /api/periods/current/tiltak", "GET /api/summary"]);
  });

  it("prefetches only /api/me when another view opens first", async () => {
    const { fetch, seen } = fakeApi();
    const first = startFirstLoad(new ApiClient({ fetch }), browserHost("?view=upcoming"));
    await new Promise((r) => setTimeout(r, 0));
    expect(first.status).toBeUndefined();
    expect(paths(seen)).toEqual(["GET /api/me"]);
  });
});

describe("the tab with prefetched answers", () => {
  function renderPrefetched(fetch: typeof globalThis.fetch) {
    const host = browserHost("?view=status");
    const api = new ApiClient({ fetch });
    const firstLoad = startFirstLoad(api, host);
    return render(<App host={host} api={api} firstLoad={firstLoad} />);
  }

  it("shows the status view from them without asking again", async () => {
    const { fetch, seen } = fakeApi({ me: { isEditor: true } });
    renderPrefetched(fetch);
    expect(await screen.findByTestId("save-t1")).toBeTruthy();
    const asked = paths(seen);
    expect(asked.filter((p) => p === "GET /api/summary")).toHaveLength(1);
    expect(asked.filter((p) => p === "GET /api/periods/current/tiltak")).toHaveLength(1);
    expect(asked.filter((p) => p === "GET /api/me")).toHaveLength(1);
  });

  it("fetches afresh on retry after a prefetched answer failed", async () => {
    let calls = 0;
    const { fetch, seen } = fakeApi({
      routes: {
        "GET /api/summary": () => (++calls === 1 ? json({ error: { code: "unavailable", message: "storage down" } }, 503) : json(summary)),
      },
    });
    renderPrefetched(fetch);
    fireEvent.click(await screen.findByRole("button", { name: "Prøv igjen" }));
    expect(await screen.findByTestId("tiltak-t1")).toBeTruthy();
    expect(paths(seen).filter((p) => p === "GET /api/summary")).toHaveLength(2);
  });
});
