// @vitest-environment jsdom
import "./polyfills.js";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { fakeApi } from "./fakeApi.js";
import { renderApp } from "./renderApp.js";

afterEach(cleanup);

describe("Representasjon", () => {
  it("pins Husrådet and Styringsgruppen first and shows members name first, with initials and their seat", async () => {
    const { fetch } = fakeApi();
    renderApp(fetch, "?view=representation");
    const pinned = await screen.findByTestId("pinned-groups");
    expect(
      within(pinned)
        .getAllByRole("heading", { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(["Husrådet", "Styringsgruppen"]);
    const karen = within(screen.getByTestId("group-husradet")).getByRole("button", { name: "Karen Haugvaldstad" });
    const row = karen.closest(".person-row")!;
    expect(row.querySelector(".person-avatar")!.textContent).toBe("KH");
    expect(row.querySelector(".person-avatar")!.getAttribute("aria-hidden")).toBe("true");
    expect(row.querySelector(".person-detail")!.textContent).toBe("Alrek-koordinator");
    expect(screen.getByRole("heading", { name: "Alle grupper" })).toBeTruthy();
    fireEvent.click(karen);
    expect(screen.getByTestId("person-groups").textContent).toContain("Husrådet");
  });

  it("searches as before and keeps the pinned section to what matches", async () => {
    const { fetch } = fakeApi();
    renderApp(fetch, "?view=representation");
    fireEvent.change(await screen.findByTestId("search-box"), { target: { value: "brukerpanel" } });
    expect(screen.queryByTestId("pinned-groups")).toBeNull();
    expect(screen.getByTestId("group-brukerpanel")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Grupper" })).toBeTruthy();
  });
});
