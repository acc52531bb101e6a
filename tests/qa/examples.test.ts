import { describe, expect, it } from "vitest";
import { LANGS } from "../../src/domain/language.js";
import { qaTexts } from "../../src/qa/i18n/index.js";
import { parseQuestion, type Intent } from "../../src/qa/index.js";
import { seedDirectory } from "../../src/seed/directory.js";
import { seedEvents } from "../../src/seed/events.js";
import { seedPlanPeriod, seedTiltak } from "../../src/seed/plan.js";
import { seedDocuments } from "../../src/seed/documents.js";

const knowledge = { events: seedEvents, period: seedPlanPeriod, tiltak: seedTiltak, documents: seedDocuments };

// Every language's catalogue has example questions of every intent (the type insists); each must
// parse back to its intent, in its language, without help from the locale.
const cases = LANGS.flatMap((lang) =>
  (Object.entries(qaTexts(lang).examples) as [Intent, readonly string[]][]).flatMap(([intent, questions]) =>
    questions.map((question) => [lang, intent, question] as const),
  ),
);

describe("example questions of each language", () => {
  it("cover every intent in every language", () => {
    expect(cases.length).toBeGreaterThanOrEqual(LANGS.length * 20);
  });

  it.each(cases)("%s %s: %s", (lang, intent, question) => {
    const q = parseQuestion(question, undefined, seedDirectory, knowledge);
    expect(q.intent).toBe(intent);
    expect(q.lang).toBe(lang);
  });
});

describe("question words of each language", () => {
  const lists = LANGS.map((lang) => ({ lang, words: qaTexts(lang).questionWords }));

  it.each(lists)("$lang: every word is a folded token, as questions are compared", ({ words }) => {
    for (const w of words) expect(w).toMatch(/^[a-z0-9]+$/);
  });

  // A word counts for every language that lists it, so a shared word cannot tell those apart.
  it("bokmål and English share no word (a shared word would tell neither)", () => {
    const en = new Set(qaTexts("en").questionWords);
    expect(qaTexts("nb").questionWords.filter((w) => en.has(w))).toEqual([]);
  });

  it.each(["kven", "kva", "kvar", "korleis", "ikkje", "eg", "sit", "ligg", "framtida", "brukarpanelet", "hendingar"])(
    "the nynorsk word %s is nynorsk's alone, so it decides against bokmål",
    (word) => {
      expect(qaTexts("nn").questionWords).toContain(word);
      expect(qaTexts("nb").questionWords).not.toContain(word);
    },
  );
});
