import { randomUUID } from "node:crypto";
import { TableClient } from "@azure/data-tables";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { FeedbackResponse } from "../../src/contract/index.js";
import { startFakeConnector, type FakeConnector } from "../fakes/fakeConnector.js";
import { startFakeJwks, type FakeJwks } from "../fakes/fakeJwks.js";
import { call } from "../api/apiClient.js";
import { expectReplies, postActivity } from "../support/activities.js";
import { EDITOR_OID, READER_OID, entraEnv, signToken } from "../support/entraTokens.js";
import { channelMessage, personalMessage, TENANT } from "../support/teamsActivities.js";
import { startTestService } from "../support/testService.js";

type Service = Awaited<ReturnType<typeof startTestService>>;

const USER_OID = "00000000-0000-0000-0000-0000000000aa";

/** The invoke Teams sends when 👍/👎 under a bot message is clicked (and the dialog sent). */
function feedbackInvoke(serviceUrl: string, replyToId: string | undefined, value: unknown): Record<string, unknown> {
  const activity: Record<string, unknown> = {
    type: "invoke",
    name: "message/submitAction",
    id: randomUUID(),
    channelId: "msteams",
    serviceUrl,
    locale: "nb-NO",
    from: { id: "29:user-1", name: "Test Bruker", aadObjectId: USER_OID },
    recipient: { id: "28:alrek-bot", name: "Alrek" },
    conversation: { id: "a:personal-chat-1", conversationType: "personal", tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    value,
  };
  if (replyToId !== undefined) activity.replyToId = replyToId;
  return activity;
}

const feedbackValue = (reaction: unknown, feedback?: unknown) => ({
  actionName: "feedback",
  actionValue: { reaction, ...(feedback !== undefined ? { feedback } : {}) },
});

describe("👍/👎 on answers: the reply, the invoke, and the editors' list (real service, Azurite)", () => {
  let service: Service;
  let connector: FakeConnector;
  let jwks: FakeJwks;
  let editor: string;
  let reader: string;
  // The service's clock, moved on by each click so that "newest first" never rests on a tie.
  let now = new Date("2026-11-22T09:00:00.000Z");
  const click = async (replyToId: string | undefined, value: unknown) => {
    now = new Date(now.getTime() + 60_000);
    return postActivity(service.url, feedbackInvoke(connector.url, replyToId, value));
  };

  beforeAll(async () => {
    connector = await startFakeConnector();
    jwks = await startFakeJwks();
    service = await startTestService(entraEnv(jwks.url), { clock: () => now });
    editor = await signToken(jwks.privateKey, { oid: EDITOR_OID });
    reader = await signToken(jwks.privateKey, { oid: READER_OID, name: "Lars Leser" });
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.close();
    await jwks?.close();
  });
  beforeEach(() => connector.reset());

  /** Asks in a personal chat through the connector (as Teams does) and returns the posted reply and its id. */
  async function askInChat(text: string) {
    const { status } = await postActivity(service.url, personalMessage(text, connector.url));
    expect(status).toBe(200);
    const reply = connector.recorded().at(-1)!;
    return { id: reply.id, activity: reply.activity as any };
  }

  const feedbackList = async (token = editor) => {
    const res = await call(service.url, "GET", "/api/feedback", { token });
    expect(res.status).toBe(200);
    return FeedbackResponse.parse(res.body);
  };

  it("an answer carries the buttons; a 👎 with a comment is stored with the question and read back by an editor", async () => {
    const { id, activity } = await askInChat("Hvem sitter i Husrådet?");
    expect(activity.channelData).toMatchObject({ feedbackLoopEnabled: true });
    expect(activity.channelData.feedbackLoop).toBeUndefined();
    const comment = 'Feil person <b>nevnt</b> [Logg inn](https://evil.example) {"x":1}';

    const res = await click(id, feedbackValue("dislike", JSON.stringify({ feedbackText: comment })));
    expect(res.status).toBe(200);

    const list = await feedbackList();
    expect(list.counts.dislike).toBeGreaterThanOrEqual(1);
    expect(list.items[0]).toMatchObject({
      activityId: id,
      reaction: "dislike",
      text: comment,
      question: "Hvem sitter i Husrådet?",
      kind: "groupMembers",
      lang: "nb",
      tenantId: TENANT,
      conversationType: "personal",
      userObjectId: USER_OID,
    });
    // No reply message for the click: Teams shows its own confirmation.
    expect(connector.recorded()).toHaveLength(1);
  });

  it("lists the newest first and counts each reaction; a long comment is cut to 1,000 characters", async () => {
    const before = await feedbackList();
    const first = await askInChat("Når er neste fredagspresentasjon?");
    const second = await askInChat("Hvem er Alrek-koordinator?");
    expect((await click(first.id, feedbackValue("like"))).status).toBe(200);
    expect(
      (await click(second.id, feedbackValue("dislike", JSON.stringify({ feedbackText: "æ".repeat(5_000) })))).status,
    ).toBe(200);
    const after = await feedbackList();
    expect(after.counts).toEqual({ like: before.counts.like + 1, dislike: before.counts.dislike + 1 });
    const [newest, older] = after.items;
    expect(newest).toMatchObject({ reaction: "dislike", kind: "coordinator", activityId: second.id });
    expect(newest.text).toHaveLength(1_000);
    expect(newest.text!.endsWith("…")).toBe(true);
    expect(older).toMatchObject({ reaction: "like", kind: "nextEvent", activityId: first.id });
    expect(older.text).toBeUndefined();
    expect(after.items.map((i) => i.at)).toEqual(
      after.items
        .map((i) => i.at)
        .sort()
        .reverse(),
    );
  });

  it("300 clicks from one person on one answer count once: the latest replaces the earlier", async () => {
    const before = await feedbackList();
    const { id } = await askInChat("Hva skjer fremover?");
    for (let i = 0; i < 300; i++) {
      const reaction = i === 299 ? "dislike" : "like";
      const res = await click(id, feedbackValue(reaction, JSON.stringify({ feedbackText: `klikk ${i}` })));
      expect(res.status).toBe(200);
    }
    const after = await feedbackList();
    expect(after.counts).toEqual({ like: before.counts.like, dislike: before.counts.dislike + 1 });
    expect(after.items.filter((i) => i.activityId === id)).toEqual([
      expect.objectContaining({ reaction: "dislike", text: "klikk 299", userObjectId: USER_OID }),
    ]);
  });

  it.each<[string, string | undefined]>([
    ["a made-up message id", "made-up-answer-id"],
    ["no replyToId", undefined],
  ])("feedback on %s answers 404 and stores nothing", async (_case, replyToId) => {
    const before = await feedbackList();
    for (let i = 0; i < 20; i++) {
      const res = await click(replyToId === undefined ? undefined : `${replyToId}-${i}`, feedbackValue("like"));
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe("unknown_answer");
    }
    const after = await feedbackList();
    expect({ counts: after.counts, items: after.items }).toEqual({ counts: before.counts, items: before.items });
  });

  it.each<[string, string, boolean]>([
    ["a question in a personal chat", "Hvem er Alrek-koordinator?", true],
    ["a name that is not found", "Hvem er Ola Nordmann?", true],
    ["the help text", "hjelp", false],
    ["a message too long to read", "Hvem ".repeat(1_000), false],
  ])("%s: feedback buttons as decided", async (_case, text, buttons) => {
    const { status, body } = await postActivity(service.url, expectReplies(personalMessage(text, connector.url)));
    expect(status).toBe(200);
    expect(body.activities[0].channelData?.feedbackLoopEnabled === true).toBe(buttons);
  });

  it("an answer in a channel has no buttons (Teams shows them in chats only)", async () => {
    const place = { serviceUrl: connector.url, channelId: "19:alrekforum@thread.tacv2" };
    const { status, body } = await postActivity(
      service.url,
      expectReplies(channelMessage("Hvem sitter i Husrådet?", place)),
    );
    expect(status).toBe(200);
    expect(body.activities[0].channelData?.feedbackLoopEnabled).toBeUndefined();
  });

  it.each<[string, unknown]>([
    ["no value", undefined],
    ["another action", { actionName: "share", actionValue: { reaction: "like" } }],
    ["no actionValue", { actionName: "feedback" }],
    ["actionValue a string", { actionName: "feedback", actionValue: "like" }],
    ["no reaction", feedbackValue(undefined)],
    ["an unknown reaction", feedbackValue("love")],
    ["a reaction of the wrong type", feedbackValue(1)],
    ["feedback of the wrong type", feedbackValue("like", 42)],
    ["feedback that is not JSON", feedbackValue("like", "{feedbackText:")],
    ["feedbackText of the wrong type", feedbackValue("like", JSON.stringify({ feedbackText: ["x"] }))],
    ["a huge comment", feedbackValue("dislike", JSON.stringify({ feedbackText: "x".repeat(20_000) }))],
    ["value not an object", "like"],
  ])("a malformed invoke (%s) answers 400 and stores nothing", async (_case, value) => {
    const before = await feedbackList();
    const { id } = await askInChat("Hvem sitter i Husrådet?");
    const invoke = feedbackInvoke(connector.url, id, value);
    if (value === undefined) delete invoke.value;
    const res = await postActivity(service.url, invoke);
    expect(res.status).toBe(400);
    const after = await feedbackList();
    expect({ counts: after.counts, items: after.items }).toEqual({ counts: before.counts, items: before.items });
    // The service keeps serving: a good click after the bad one is stored.
    expect((await click(id, feedbackValue("like"))).status).toBe(200);
    expect((await feedbackList()).counts.like).toBe(before.counts.like + 1);
  });

  it("only editors may read it: 403 for a reader, 401 without a token", async () => {
    const asReader = await call(service.url, "GET", "/api/feedback", { token: reader });
    expect(asReader.status).toBe(403);
    expect(asReader.body.error.code).toBe("forbidden");
    expect((await call(service.url, "GET", "/api/feedback")).status).toBe(401);
  });

  // Last: it takes the table away.
  it("without its table the answer still goes out, and a click gets 503, so Teams can say it failed", async () => {
    const table = TableClient.fromConnectionString(
      inject("azuriteConnectionString"),
      `${service.tablePrefix}AnswerFeedback`,
      { allowInsecureConnection: true },
    );
    await table.deleteTable();
    const { id, activity } = await askInChat("Hvem sitter i Husrådet?");
    expect(activity.channelData).toMatchObject({ feedbackLoopEnabled: true });
    const res = await click(id, feedbackValue("dislike"));
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe("unavailable");
  });
});
