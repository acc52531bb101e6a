import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnswerFeedback, AnsweredQuestion } from "../../src/domain/feedback.js";
import { feedbackPartitions } from "../../src/storage/tableFeedbackRepository.js";
import { testRepositories } from "../setup/azurite.js";

const feedback = (at: string, overrides: Partial<AnswerFeedback> = {}): AnswerFeedback => ({
  activityId: `msg-${at}`,
  reaction: "dislike",
  text: "Feil møtetid – æøå",
  question: "Når er neste fredagspresentasjon?",
  kind: "nextEvent",
  lang: "nb",
  tenantId: "tenant-1",
  userObjectId: "00000000-0000-0000-0000-0000000000aa",
  at,
  ...overrides,
});

describe("feedback partitions", () => {
  it.each([
    [{ since: "2026-11-02T00:00:00Z", until: "2026-11-30T00:00:00Z" }, ["feedback-2026-11"]],
    [
      { since: "2026-11-20T00:00:00Z", until: "2027-02-01T00:00:00Z" },
      ["feedback-2027-02", "feedback-2027-01", "feedback-2026-12", "feedback-2026-11"],
    ],
    [{ since: "2027-01-01T00:00:00Z", until: "2026-12-01T00:00:00Z" }, []],
    [{ since: "2026-01-01T00:00:00Z", until: "not a date" }, []],
  ])("%j → %j", (window, partitions) => {
    expect(feedbackPartitions(window)).toEqual(partitions);
  });
});

describe("TableFeedbackRepository on Azurite", () => {
  let repos: Awaited<ReturnType<typeof testRepositories>>;
  beforeAll(async () => {
    repos = await testRepositories();
  });
  afterAll(async () => {
    await repos.cleanup();
  });

  it.each(["1700000000000", "19:abc@thread.tacv2;messageid=17/x#y?z", "act-1"])(
    "keeps an answer under the Teams message id %s and finds it again",
    async (activityId) => {
      const answer: AnsweredQuestion = {
        activityId,
        question: "Hvem sitter i Husrådet?",
        kind: "groupMembers",
        lang: "nb",
        tenantId: "tenant-1",
        conversationType: "personal",
        answeredAt: "2026-11-22T09:00:00.000Z",
      };
      await repos.feedback.recordAnswer(answer);
      expect(await repos.feedback.answer(activityId)).toEqual(answer);
    },
  );

  it("an unknown message id has no answer", async () => {
    expect(await repos.feedback.answer("never-sent")).toBeUndefined();
  });

  it("lists newest first across months, within the window and the limit, and counts each reaction", async () => {
    const times = [
      "2026-10-31T23:59:00.000Z",
      "2026-11-01T00:01:00.000Z",
      "2026-11-15T12:00:00.000Z",
      "2026-12-01T08:00:00.000Z",
      "2026-12-02T08:00:00.000Z",
    ];
    for (const [i, at] of times.entries())
      await repos.feedback.put(feedback(at, i % 2 === 0 ? {} : { reaction: "like", text: undefined }), at);
    const window = { since: "2026-11-01T00:00:00.000Z", until: "2026-12-01T23:00:00.000Z" };

    const all = await repos.feedback.recent(window, 10);
    expect(all.map((f) => f.at)).toEqual([times[3], times[2], times[1]]);
    expect(all[0]).toEqual(feedback(times[3], { reaction: "like", text: undefined }));
    expect((await repos.feedback.recent(window, 2)).map((f) => f.at)).toEqual([times[3], times[2]]);
    expect(await repos.feedback.counts(window)).toEqual({ like: 2, dislike: 1 });
  });

  it("keeps one row per answer and person: a later click replaces the earlier, even in the next month", async () => {
    const answeredAt = "2027-03-30T12:00:00.000Z";
    const first = feedback("2027-03-30T12:05:00.000Z", { activityId: "answer-x", reaction: "like", text: undefined });
    const later = feedback("2027-04-02T08:00:00.000Z", { activityId: "answer-x", text: "Feil likevel" });
    const other = feedback("2027-04-03T08:00:00.000Z", { activityId: "answer-x", userObjectId: "other-user" });
    for (const f of [first, later, other]) await repos.feedback.put(f, answeredAt);
    const april = { since: "2027-04-01T00:00:00.000Z", until: "2027-04-30T00:00:00.000Z" };
    expect(await repos.feedback.recent(april, 10)).toEqual([other, later]);
    expect(await repos.feedback.counts(april)).toEqual({ like: 0, dislike: 2 });
    const march = { since: "2027-03-01T00:00:00.000Z", until: "2027-03-31T23:59:00.000Z" };
    expect(await repos.feedback.counts(march)).toEqual({ like: 0, dislike: 0 });
  });

  it("prunes answers and feedback older than their cutoffs, and nothing newer", async () => {
    for (const [id, answeredAt] of [
      ["old-answer", "2026-05-01T00:00:00.000Z"],
      ["new-answer", "2026-11-20T00:00:00.000Z"],
    ])
      await repos.feedback.recordAnswer({ activityId: id, question: "q", kind: "about", lang: "nn", answeredAt });
    for (const at of ["2026-03-10T00:00:00.000Z", "2026-05-24T00:00:00.000Z", "2026-05-26T00:00:00.000Z"])
      await repos.feedback.put(feedback(at), at);

    const cutoff = { answersBefore: "2026-10-23T00:00:00.000Z", feedbackBefore: "2026-05-25T00:00:00.000Z" };
    expect(await repos.feedback.prune(cutoff)).toBe(3);
    expect(await repos.feedback.answer("old-answer")).toBeUndefined();
    expect(await repos.feedback.answer("new-answer")).toBeDefined();
    const left = await repos.feedback.recent(
      { since: "2026-01-01T00:00:00.000Z", until: "2026-05-31T00:00:00.000Z" },
      10,
    );
    expect(left.map((f) => f.at)).toEqual(["2026-05-26T00:00:00.000Z"]);
    expect(await repos.feedback.prune(cutoff)).toBe(0);
  });
});
