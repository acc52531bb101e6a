// @vitest-environment jsdom
import "./polyfills.js";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { filterGroups, filterPeople } from "../../src/tab/representation.js";
import { fold, matches, matchScore } from "../../src/tab/search.js";
import { fakeApi, groups, people } from "./fakeApi.js";
import { renderApp } from "./renderApp.js";

afterEach(cleanup);

describe("fold", () => {
  it.each([
    ["Søråas", "soras"],
    ["Søraas", "soras"],
    ["Husrådet", "husradet"],
    ["Ærlig  Élan", "arlig elan"],
    ["Bærum", "barum"],
    ["Baerum", "barum"],
    ["soeraas", "soras"],
    ["  KAREN  ", "karen"],
  ])("%s → %s", (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe("matches", () => {
  it.each([
    ["soraas", "Ingelin Søråas"],
    ["søraas", "Ingelin Søråas"],
    ["Søråas", "Ingelin Søraas"],
    ["husradet", "Husrådet"],
    ["husrå", "Husrådet"],
    ["ingelin sor", "Ingelin Søråas"],
    ["soeraas", "Ingelin Søråas"],
    ["STYRING", "Styringsgruppen"],
  ])("%s finds %s", (query, text) => {
    expect(matches(query, [text])).toBe(true);
  });

  it.each([
    ["karen", "Ingelin Søråas"],
    ["husradetx", "Husrådet"],
  ])("%s does not find %s", (query, text) => {
    expect(matches(query, [text])).toBe(false);
  });

  it("ranks a word start above a match inside a word", () => {
    expect(matchScore("sor", ["Ingelin Søråas"])).toBe(2);
    expect(matchScore("ras", ["Ingelin Søråas"])).toBe(1);
  });
});

describe("filtering groups and people", () => {
  it("finds a group through a member's name", () => {
    expect(filterGroups(groups, people, "soraas").map((g) => g.id)).toEqual(["styringsgruppen"]);
    expect(filterPeople(people, "soraas").map((p) => p.id)).toEqual(["ingelin-soraas"]);
  });

  it("lists every group and no people for an empty query", () => {
    expect(filterGroups(groups, people, " ").length).toBe(groups.length);
    expect(filterPeople(people, "")).toEqual([]);
  });
});

describe("representation view", () => {
  it("filters as you type and shows a person's groups on click", async () => {
    const { fetch } = fakeApi();
    renderApp(fetch, "?view=representation");
    const box = await screen.findByTestId("search-box");
    expect(screen.getByTestId("group-brukerpanel")).toBeTruthy();
    fireEvent.change(box, { target: { value: "husradet" } });
    expect(screen.getByTestId("group-husradet")).toBeTruthy();
    expect(screen.queryByTestId("group-styringsgruppen")).toBeNull();

    fireEvent.change(box, { target: { value: "soraas" } });
    expect(screen.getByTestId("group-styringsgruppen")).toBeTruthy();
    fireEvent.click(screen.getAllByTestId("person-ingelin-soraas")[0]);
    const panel = screen.getByTestId("person-groups");
    expect(within(panel).getByRole("heading").textContent).toBe("Grupper for Ingelin Søråas");
    expect(within(panel).getByText("Styringsgruppen")).toBeTruthy();
  });

  it("says so where BEHO is not represented", async () => {
    const { fetch } = fakeApi();
    renderApp(fetch, "?view=representation&lang=en");
    expect((await screen.findByTestId("not-represented-brukerpanel")).textContent).toContain(
      "BEHO is not represented in this panel.",
    );
    expect(screen.queryByTestId("not-represented-husradet")).toBeNull();
  });
});
