import { describe, expect, it } from "vitest";
import { MAX_FEEDBACK_CHARS, readFeedbackValue } from "../../src/bot/feedbackValue.js";

const value = (actionValue: unknown) => ({ actionName: "feedback", actionValue });

describe("the feedback invoke's value", () => {
  it.each<[string, unknown, { reaction: string; text?: string }]>([
    ["a 👍 without a dialog", value({ reaction: "like" }), { reaction: "like" }],
    ["an empty comment", value({ reaction: "dislike", feedback: "" }), { reaction: "dislike" }],
    [
      "Teams' JSON string",
      value({ reaction: "dislike", feedback: '{"feedbackText":"Feil tid"}' }),
      { reaction: "dislike", text: "Feil tid" },
    ],
    [
      "an object (some clients)",
      value({ reaction: "like", feedback: { feedbackText: "Bra" } }),
      { reaction: "like", text: "Bra" },
    ],
    ["JSON without feedbackText", value({ reaction: "like", feedback: "{}" }), { reaction: "like" }],
    [
      "markup, kept as data",
      value({ reaction: "like", feedback: JSON.stringify({ feedbackText: "<b>[x](y)</b>" }) }),
      { reaction: "like", text: "<b>[x](y)</b>" },
    ],
  ])("accepts %s", (_case, input, expected) => {
    expect(readFeedbackValue(input)).toEqual({ ok: true, ...expected });
  });

  it.each<[string, unknown, RegExp]>([
    ["nothing", undefined, /'value' must be an object/],
    ["an array", [], /'value' must be an object/],
    ["another action", { actionName: "other", actionValue: { reaction: "like" } }, /actionName/],
    ["no actionValue", { actionName: "feedback" }, /actionValue' must be an object/],
    ["no reaction", value({}), /reaction/],
    ["a reaction Teams never sends", value({ reaction: "LIKE" }), /reaction/],
    ["a number as feedback", value({ reaction: "like", feedback: 7 }), /feedback/],
    ["feedback that is not JSON", value({ reaction: "like", feedback: "bra" }), /JSON/],
    ["JSON that is not an object", value({ reaction: "like", feedback: "[1]" }), /object/],
    [
      "a feedbackText that is no string",
      value({ reaction: "like", feedback: { feedbackText: 3 } }),
      /feedbackText must be a string/,
    ],
    ["a huge string", value({ reaction: "like", feedback: "x".repeat(MAX_FEEDBACK_CHARS + 1) }), /too long/],
    [
      "a huge object text",
      value({ reaction: "like", feedback: { feedbackText: "x".repeat(MAX_FEEDBACK_CHARS + 1) } }),
      /too long/,
    ],
  ])("refuses %s, naming the field but not the value", (_case, input, problem) => {
    const read = readFeedbackValue(input);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problem).toMatch(problem);
    expect(read.problem.length).toBeLessThan(100);
  });
});
