// @vitest-environment jsdom
import "./polyfills.js";
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiClient, ApiError } from "../../src/tab/api.js";
import { fakeApi, period } from "./fakeApi.js";
import { renderApp } from "./renderApp.js";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("api client", () => {
  it("sends the Teams token as a bearer token", async () => {
    const { fetch, seen } = fakeApi();
    await new ApiClient({ fetch, getToken: async () => "tok" }).me();
    expect(seen[0].headers.get("Authorization")).toBe("Bearer tok");
  });

  it("sends no Authorization header in browser mode", async () => {
    const { fetch, seen } = fakeApi();
    await new ApiClient({ fetch }).me();
    expect(seen[0].headers.has("Authorization")).toBe(false);
  });

  it("turns an error body into an ApiError with status and issues", async () => {
    const body = { error: { code: "validation_failed", message: "bad", issues: [{ field: "title", message: "x" }] } };
    const { fetch } = fakeApi({ routes: { "GET /api/me": () => new Response(JSON.stringify(body), { status: 400 }) } });
    const error = await new ApiClient({ fetch }).me().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).body?.error.issues).toEqual([{ field: "title", message: "x" }]);
  });
});

describe("CSV download", () => {
  it("fetches the CSV with the token and saves it as a file", async () => {
    const createObjectURL = vi.fn(() => "blob:csv");
    vi.stubGlobal("URL", Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    const { fetch, seen } = fakeApi({
      routes: {
        [`GET /api/periods/${period.id}/tiltak.csv`]: () =>
          new Response("\uFEFFid;tekst\n", { headers: { "Content-Type": "text/csv" } }),
      },
    });
    renderApp(fetch);
    fireEvent.click(await screen.findByTestId("download-csv"));
    await waitFor(() => expect(createObjectURL).toHaveBeenCalled());
    expect(seen.some((r) => r.path === `/api/periods/${period.id}/tiltak.csv`)).toBe(true);
    expect(clicked).toHaveBeenCalled();
    clicked.mockRestore();
  });
});
