import { describe, expect, it } from "vitest";
import { offersFeedback, withFeedbackLoop } from "../../src/bot/feedbackLoop.js";
import type { AnswerKind } from "../../src/qa/index.js";

describe("which answers get 👍/👎", () => {
  it.each<[AnswerKind, string | undefined, boolean]>([
    ["groupMembers", "personal", true],
    ["personGroups", "groupChat", true],
    ["nextEvent", undefined, true],
    ["overdueTiltak", "personal", true],
    ["unknown", "personal", true],
    ["groupMembers", "channel", false],
    ["help", "personal", false],
    ["ambiguous", "personal", false],
    ["tooLong", "personal", false],
  ])("%s in %s: %s", (kind, conversationType, expected) => {
    expect(offersFeedback(kind, conversationType)).toBe(expected);
  });

  it("sets Teams' flag and keeps the rest of the reply and its channelData", () => {
    const reply = { type: "message", summary: "s", channelData: { notification: { alert: true } } };
    expect(withFeedbackLoop(reply)).toEqual({
      type: "message",
      summary: "s",
      channelData: { notification: { alert: true }, feedbackLoopEnabled: true },
    });
    expect(reply.channelData).toEqual({ notification: { alert: true } });
  });
});
