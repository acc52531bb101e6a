import { describe, expect, it } from "vitest";
import { DEFAULT_LANG, isLang, LANGS, langFromLocale } from "../../src/domain/language.js";

describe("langFromLocale", () => {
  it.each([
    ["en-US", "en"],
    ["en-GB", "en"],
    ["EN", "en"],
    ["en_US", "en"],
    ["nb-NO", "nb"],
    ["no-NO", "nb"],
    ["nn-NO", "nn"],
    ["nn", "nn"],
    ["nno", "nn"],
    ["NN_no", "nn"],
    ["de-DE", "nb"],
    ["", "nb"],
    [undefined, "nb"],
    [null, "nb"],
  ] as const)("%s → %s", (locale, lang) => expect(langFromLocale(locale)).toBe(lang));
});

describe("languages", () => {
  it("bokmål is the default and first", () => expect(DEFAULT_LANG).toBe(LANGS[0]));
  it.each([
    ["nb", true],
    ["en", true],
    ["nn", true],
    ["", false],
    [undefined, false],
    [1, false],
  ] as const)("isLang(%s) = %s", (value, expected) => expect(isLang(value)).toBe(expected));
});
