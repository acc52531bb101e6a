import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createAdapter } from "../../src/bot/adapter.js";
import { BotFrameworkSender, toDeliveryError } from "../../src/bot/botFrameworkSender.js";
import { silentLogger } from "../../src/logger.js";
import { DeliveryError } from "../../src/domain/reminderSender.js";
import { startFakeConnector, type FakeConnector } from "../fakes/fakeConnector.js";
import { channelTarget } from "./harness.js";

const card = { type: "AdaptiveCard", version: "1.5", body: [{ type: "TextBlock", text: "Påminnelse" }] };

describe("BotFrameworkSender (real CloudAdapter, local mode) against the fake connector", () => {
  let connector: FakeConnector;
  let sender: BotFrameworkSender;
  beforeAll(async () => {
    connector = await startFakeConnector();
    sender = new BotFrameworkSender(createAdapter({ mode: "local" }, silentLogger), "");
  });
  afterAll(async () => {
    await connector?.close();
  });
  beforeEach(() => connector.reset());

  it("posts one message with the card as a new message in the channel", async () => {
    const target = channelTarget("styringsgruppe", connector.url);
    await sender.send(target, card, "Påminnelse: Møte");
    const posts = connector.recorded();
    expect(posts).toHaveLength(1);
    expect(posts[0].conversationId).toBe(target.conversationId);
    expect(posts[0].activity).toMatchObject({ type: "message", text: "Påminnelse: Møte" });
    expect((posts[0].activity.attachments as any[])[0]).toEqual({
      contentType: "application/vnd.microsoft.card.adaptive",
      content: card,
    });
    expect(posts[0].activity.replyToId).toBeUndefined();
  });

  it.each([
    [403, undefined, undefined],
    [404, undefined, undefined],
    [429, 1, 1000],
    [429, 150, 150_000],
    [500, undefined, undefined],
    [502, undefined, undefined],
  ])(
    "maps a %i from the connector to DeliveryError with that status, after exactly one request",
    async (status, retryAfterSeconds, retryAfterMs) => {
      // botbuilder's HTTP pipeline would retry 429/5xx itself (waiting out any Retry-After); it must not.
      connector.failNext(10, status, { retryAfterSeconds });
      const error = await sender.send(channelTarget("x", connector.url), card, "t").catch((e) => e);
      expect(error).toBeInstanceOf(DeliveryError);
      expect(error.status).toBe(status);
      expect(error.retryAfterMs).toBe(retryAfterMs);
      expect(connector.postCount()).toBe(1);
    },
  );

  it("gives up on a connector that does not answer after its timeout (status 0, retryable)", async () => {
    connector.failNext(1, 0);
    const quick = new BotFrameworkSender(createAdapter({ mode: "local" }, silentLogger), "", { timeoutMs: 300 });
    const error = await quick.send(channelTarget("x", connector.url), card, "t").catch((e) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error.status).toBe(0);
    expect(error.retryable).toBe(true);
    expect(connector.postCount()).toBe(1);
  });

  it("sends the escaped text as the notification summary, cut to 200 characters", async () => {
    const text = `Påminnelse: \\[Logg inn\\](https://evil.example) ${"x".repeat(300)}`;
    await sender.send(channelTarget("x", connector.url), card, text);
    const [post] = connector.recorded();
    expect(post.activity.text).toBe(text);
    expect(post.activity.summary).toBe(`${text.slice(0, 199)}…`);
  });

  it("maps a refused connection to status 0 (retryable)", async () => {
    const error = await sender.send(channelTarget("x", "http://127.0.0.1:9"), card, "t").catch((e) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error.status).toBe(0);
    expect(error.retryable).toBe(true);
  });
});

describe("toDeliveryError", () => {
  it.each([
    [
      "botbuilder RestError",
      {
        message: "x",
        statusCode: 429,
        response: { headers: { get: (n: string) => (n === "retry-after" ? "2" : undefined) } },
      },
      429,
      2000,
    ],
    ["axios-style", { message: "x", response: { status: 502, headers: { "Retry-After": "1" } } }, 502, 1000],
    ["network", Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }), 0, undefined],
  ])("reads %s errors", (_name, raw, status, retryAfterMs) => {
    const error = toDeliveryError(raw);
    expect(error.status).toBe(status);
    expect(error.retryAfterMs).toBe(retryAfterMs);
  });
});
