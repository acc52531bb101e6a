import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/qa/index.js";
import { seedData } from "../../src/seed/index.js";

const ask = (text: string, locale: string) => answerQuestion(text, { ...seedData, locale });

describe("small talk and help in bokmål, nynorsk and English", () => {
  it.each([
    ["takk", "nn-NO", "nn", "Berre hyggeleg!"],
    ["Takk!", "nn-NO", "nn", "Berre hyggeleg!"],
    ["tusen takk", "nn-NO", "nn", "Berre hyggeleg!"],
    ["Tusen takk for hjelpa!", "nb-NO", "nn", "Berre hyggeleg!"],
    ["takk for svaret", "nn-NO", "nn", "Berre hyggeleg!"],
    ["takk", "nb-NO", "nb", "Bare hyggelig!"],
    ["tusen takk", "nb-NO", "nb", "Bare hyggelig!"],
    ["Takk skal du ha", "nb-NO", "nb", "Bare hyggelig!"],
    ["Thanks a lot!", "nb-NO", "en", "You're welcome!"],
    ["thank you", "en-US", "en", "You're welcome!"],
  ])("%s (%s) is thanked for", (question, locale, lang, says) => {
    const a = ask(question, locale);
    expect(a.kind).toBe("thanks");
    expect(a.lang).toBe(lang);
    expect(a.text).toContain(says);
  });

  it.each([
    ["Kva kan eg spørje om?", "nn"],
    ["Kva kan eg spørja om?", "nn"],
    ["Kva kan du hjelpe meg med?", "nn"],
    ["Kva kan du svare på?", "nn"],
    ["Kva veit du?", "nn"],
    ["Korleis brukar eg deg?", "nn"],
    ["Kva slags spørsmål kan eg stille?", "nn"],
    ["Hva kan jeg spørre om?", "nb"],
    ["Hva kan du hjelpe meg med?", "nb"],
    ["What can I ask you?", "en"],
    ["What can you help me with?", "en"],
  ])("%s gets the help, in its language", (question, lang) => {
    const a = ask(question, "nb-NO");
    expect(a.kind).toBe("help");
    expect(a.lang).toBe(lang);
    expect(a.text).not.toMatch(/fant ingen|fann inga/);
  });
});
