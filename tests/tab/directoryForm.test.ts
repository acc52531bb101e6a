import { describe, expect, it } from "vitest";
import {
  checkGroupValues,
  checkPersonValues,
  groupFormValues,
  groupPatch,
  linesOf,
  personFormValues,
  personPatch,
  placeIssues,
} from "../../src/tab/directoryForm.js";
import { directoryTranslator } from "../../src/tab/i18n/directory/index.js";
import { nb } from "../../src/tab/i18n/directory/nb.js";
import { nn } from "../../src/tab/i18n/directory/nn.js";
import { en } from "../../src/tab/i18n/directory/en.js";
import { groups, people } from "./fakeApi.js";

const d = directoryTranslator("nb");
const husradet = groups.find((g) => g.id === "husradet")!;

describe("the group form", () => {
  it("sends nothing when nothing changed, and only the fields that did", () => {
    const initial = groupFormValues(husradet);
    expect(groupPatch(initial, initial)).toEqual({});
    const changed = { ...initial, aliases: "husrådet\n  husråd \n\n", note: "  Ny  ", notRepresented: true };
    expect(groupPatch(initial, changed)).toEqual({
      aliases: ["husrådet", "husråd"],
      note: "Ny",
      behoRepresented: false,
    });
    expect(groupPatch(initial, { ...initial, representation: "" })).toEqual({ representation: null });
  });

  it("shows an English name equal to the name as empty, and sends none back", () => {
    const values = groupFormValues({ ...husradet, nameEn: husradet.name });
    expect(values.nameEn).toBe("");
    expect(groupPatch(values, values)).toEqual({});
  });

  it.each<[string, Partial<ReturnType<typeof groupFormValues>>, string, string]>([
    ["a blank name", { name: " " }, "name", "Må fylles ut."],
    ["a long name", { name: "n".repeat(101) }, "name", "Høyst 100 tegn."],
    [
      "31 other names",
      { aliases: Array.from({ length: 31 }, (_, i) => `n${i}`).join("\n") },
      "aliases",
      "Høyst 30 linjer.",
    ],
    ["a name twice", { aliases: "Huset\nhuset" }, "aliases", "«huset» står to ganger."],
  ])("finds %s before the server does", (_what, change, field, message) => {
    const problems = checkGroupValues({ ...groupFormValues(husradet), ...change }, d);
    expect(problems[field as keyof typeof problems]).toBe(message);
  });
});

describe("the person form", () => {
  it("sends only what changed and checks the e-mail address", () => {
    const initial = personFormValues(people[1]);
    expect(personPatch(initial, { ...initial, unit: "BEHO" })).toEqual({ unit: "BEHO" });
    expect(checkPersonValues({ ...initial, email: "a@b" }, d).email).toMatch(/e-postadresse/);
    expect(checkPersonValues({ ...initial, email: "karen@bergen.kommune.no" }, d)).toEqual({});
  });
});

describe("server messages and lines", () => {
  it("places a field's message by its field and the rest in general", () => {
    expect(
      placeIssues(
        [
          { field: "aliases[2]", message: "is listed twice" },
          { field: "behoRepresented", message: "must be true or false" },
          { field: "body", message: "odd" },
        ],
        ["aliases", "notRepresented"] as const,
      ),
    ).toEqual({
      byField: { aliases: "is listed twice", notRepresented: "must be true or false" },
      general: ["body: odd"],
    });
    expect(linesOf(" a \r\n\r\nb")).toEqual(["a", "b"]);
  });
});

describe("the directory editor's catalogues", () => {
  it.each([
    ["nn", nn],
    ["en", en],
  ] as const)("has every text in %s, with bokmål's placeholders", (_lang, other) => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(other).sort()).toEqual(Object.keys(nb).sort());
    for (const key of Object.keys(nb) as (keyof typeof nb)[]) {
      expect(other[key], key).not.toBe("");
      expect(placeholders(other[key]), key).toEqual(placeholders(nb[key]));
    }
  });
});
