import { describe, expect, expectTypeOf, it } from "vitest";
import { FeedbackItem, FeedbackResponse } from "../../src/contract/index.js";
import type { AnswerFeedback } from "../../src/domain/feedback.js";
import type { FeedbackOverview } from "../../src/services/feedbackService.js";

const item = {
  activityId: "1700000000000",
  reaction: "dislike",
  text: "Feil person",
  question: "Hvem sitter i Husrådet?",
  kind: "groupMembers",
  lang: "nn",
  at: "2026-11-22T09:00:00.000Z",
};
const response = {
  since: "2026-05-26T09:00:00.000Z",
  retentionDays: 180,
  counts: { like: 0, dislike: 1 },
  items: [item],
};

describe("GET /api/feedback on the wire", () => {
  it("is what the service returns, item by item", () => {
    expectTypeOf<FeedbackItem>().toEqualTypeOf<AnswerFeedback>();
    expectTypeOf<FeedbackResponse>().toEqualTypeOf<FeedbackOverview>();
  });

  it("accepts a sample; a click without question or comment is still an item", () => {
    expect(FeedbackResponse.safeParse(response).success).toBe(true);
    expect(FeedbackItem.safeParse({ activityId: "", reaction: "like", lang: "nb", at: item.at }).success).toBe(true);
  });

  it.each<[string, unknown]>([
    ["an extra field", { ...item, name: "Karen" }],
    ["no reaction", { ...item, reaction: undefined }],
    ["a reaction outside the enum", { ...item, reaction: "love" }],
    ["a language outside the enum", { ...item, lang: "se" }],
  ])("refuses an item with %s", (_case, value) => {
    expect(FeedbackItem.safeParse(value).success).toBe(false);
  });

  it("refuses counts with another reaction", () => {
    expect(FeedbackResponse.safeParse({ ...response, counts: { like: 0, dislike: 1, love: 2 } }).success).toBe(false);
  });
});
