import { describe, expect, it } from "vitest";
import { answerQuestion, createQuestionAnswerer, createQuestionCache } from "../../src/qa/index.js";
import { seedDirectory } from "../../src/seed/directory.js";
import type { Directory } from "../../src/domain/directory.js";

const NOW = new Date("2026-11-23T09:00:00Z");

describe("createQuestionCache", () => {
  it("parses a question once per data version and locale", () => {
    const parse = createQuestionCache();
    const first = parse("Hvem sitter i Husrådet?", "nb-NO", seedDirectory, {}, 1);
    expect(first).toMatchObject({ intent: "groupMembers", groupId: "husradet" });
    expect(parse("Hvem sitter i Husrådet?", "nb-NO", seedDirectory, {}, 1)).toBe(first);
    expect(parse("Hvem sitter i Husrådet?", "en-US", seedDirectory, {}, 1)).not.toBe(first);
    expect(parse("Hvem sitter i Husrådet?", "nb-NO", seedDirectory, {}, 2)).not.toBe(first);
  });

  it("parses again against new data when the version changes", () => {
    const parse = createQuestionCache();
    const renamed: Directory = {
      ...seedDirectory,
      groups: seedDirectory.groups.map((g) =>
        g.id === "husradet" ? { ...g, name: "Husstyret", nameEn: "House board", aliases: [] } : g,
      ),
    };
    expect(parse("Hvem sitter i Husstyret?", "nb-NO", seedDirectory, {}, 1).intent).not.toBe("groupMembers");
    expect(parse("Hvem sitter i Husstyret?", "nb-NO", renamed, {}, 2)).toMatchObject({
      intent: "groupMembers",
      groupId: "husradet",
    });
  });

  it("forgets the least recently used question beyond its size", () => {
    const parse = createQuestionCache(2);
    const a = parse("hjelp", "nb-NO", seedDirectory, {}, 1);
    const c = parse("Hvem er koordinator?", "nb-NO", seedDirectory, {}, 1);
    expect(parse("hjelp", "nb-NO", seedDirectory, {}, 1)).toBe(a); // now the most recent
    parse("Hvem sitter i Husrådet?", "nb-NO", seedDirectory, {}, 1); // evicts the coordinator question
    expect(parse("hjelp", "nb-NO", seedDirectory, {}, 1)).toBe(a);
    const b = parse("Hvem er koordinator?", "nb-NO", seedDirectory, {}, 1);
    expect(b).not.toBe(c); // parsed again: it had been forgotten
    expect(b).toEqual(c);
    expect(parse("Hvem er koordinator?", "nb-NO", seedDirectory, {}, 1)).toBe(b);
  });

  it("hands out frozen questions, so no answer can change a shared one", () => {
    const parse = createQuestionCache();
    const q = parse("Hva er Alrek?", "nb-NO", seedDirectory, {}, 1) as unknown as Record<string, unknown>;
    expect(() => {
      q.intent = "help";
    }).toThrow(TypeError);
  });
});

describe("createQuestionAnswerer", () => {
  it.each([
    "Hvem sitter i Husrådet?",
    "who sits in the steering group",
    "Hvor sitter Anne Marita Milde?",
    "hjelp",
    "Hvem sitter i fotballklubben?",
  ])("answers %s exactly as the uncached answerQuestion does, first time and again", (text) => {
    const answer = createQuestionAnswerer();
    const opts = { locale: "nb-NO", directory: seedDirectory, now: NOW, version: 7 };
    const expected = answerQuestion(text, opts);
    expect(answer(text, opts).answer).toEqual(expected);
    expect(answer(text, opts).answer).toEqual(expected);
  });
});
