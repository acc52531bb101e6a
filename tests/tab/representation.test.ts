import { describe, expect, it } from "vitest";
import { initials, pinGroups } from "../../src/tab/representation.js";
import { groups } from "./fakeApi.js";

describe("pinGroups", () => {
  it("puts Husrådet, then Styringsgruppen first and keeps the rest in order", () => {
    const { pinned, rest } = pinGroups(groups);
    expect(pinned.map((g) => g.id)).toEqual(["husradet", "styringsgruppen"]);
    expect(rest.map((g) => g.id)).toEqual(["brukerpanel"]);
  });

  it("pins only what the search left", () => {
    const { pinned, rest } = pinGroups(groups.filter((g) => g.id !== "husradet"));
    expect(pinned.map((g) => g.id)).toEqual(["styringsgruppen"]);
    expect(rest.map((g) => g.id)).toEqual(["brukerpanel"]);
  });
});

describe("initials", () => {
  it.each([
    ["Karen Haugvaldstad", "KH"],
    ["Ingelin Søråas", "IS"],
    ["Anne Marie Olsen", "AO"],
    ["Cher", "C"],
    ["  ", "?"],
    ["øystein ås", "ØÅ"],
  ])("%j → %s", (name, expected) => {
    expect(initials(name)).toBe(expected);
  });
});
