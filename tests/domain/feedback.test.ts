import { describe, expect, it } from "vitest";
import { FEEDBACK_TEXT_MAX, retentionCutoffs, storedText } from "../../src/domain/feedback.js";

describe("user-typed feedback text as stored", () => {
  it.each<[string, string, number, string | undefined]>([
    ["kept as typed", "Feil person <b>nevnt</b>", 1_000, "Feil person <b>nevnt</b>"],
    ["trimmed", "  hei \n", 1_000, "hei"],
    ["empty is absent", "   ", 1_000, undefined],
    ["control characters become spaces, line breaks stay", "a\u0000b\nc\u0085d", 1_000, "a b\nc d"],
    ["cut with an ellipsis", "abcdefghij", 5, "abcd…"],
    ["never cut inside an emoji", "abc👍def", 5, "abc…"],
  ])("%s", (_case, input, max, expected) => {
    expect(storedText(input, max)).toBe(expected);
  });

  it("a long comment keeps exactly the maximum", () => {
    expect(storedText("ø".repeat(5_000), FEEDBACK_TEXT_MAX)).toHaveLength(FEEDBACK_TEXT_MAX);
  });

  it("answers are kept 30 days and feedback 180", () => {
    expect(retentionCutoffs(new Date("2026-11-22T09:00:00.000Z"))).toEqual({
      answersBefore: "2026-10-23T09:00:00.000Z",
      feedbackBefore: "2026-05-26T09:00:00.000Z",
    });
  });
});
