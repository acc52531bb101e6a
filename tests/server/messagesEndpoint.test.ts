import { said } from "../support/activities.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService } from "../support/testService.js";
import { ask, expectReplies, messageActivity, postActivity } from "../support/activities.js";

type Service = Awaited<ReturnType<typeof startTestService>>;

describe("POST /api/messages in local mode", () => {
  let service: Service;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(async () => {
    await service?.stop();
  });

  it("answers a representation question with a card and a plain summary", async () => {
    const replies = await ask(service.url, "Hvem sitter i Husrådet?");
    expect(replies).toHaveLength(1);
    expect(said(replies[0])).toContain("Karen Haugvaldstad");
    const card = replies[0].attachments[0];
    expect(card.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(card.content.version).toBe("1.5");
    expect(JSON.stringify(card.content)).toContain("Karen Haugvaldstad");
  });

  it.each([
    ["Hvem sitter i Husrådet?", /Karen Haugvaldstad/],
    ["Sitter Karen Haugvaldstad i Husrådet?", /^Ja, Karen Haugvaldstad sitter i Husrådet/],
    ["Hvilke grupper sitter Karen Olsen i?", /^Jeg finner ingen person som heter «Karen Olsen»/],
    ["Hvem sitter i faggruppe for folkehelse?", /^Jeg finner ingen slik gruppe/],
  ])(
    "replies once to %j: the card alone, its summary in summary, fallbackText and speak",
    async (question, expected) => {
      const replies = await ask(service.url, question);
      expect(replies).toHaveLength(1);
      expect(replies[0].text).toBeUndefined();
      expect(replies[0].summary).toMatch(expected);
      expect(replies[0].attachments).toHaveLength(1);
      const card = replies[0].attachments[0].content;
      expect(card.fallbackText).toBe(replies[0].summary);
      expect(card.speak).toBe(replies[0].summary);
      expect(JSON.stringify(card.body)).toMatch(
        new RegExp(expected.source.replace(/^\^/, "").replace(/«/g, "«").slice(0, 20)),
      );
    },
  );

  it("answers in English when asked in English", async () => {
    const replies = await ask(service.url, "who sits in the steering group?", { locale: "nb-NO" });
    expect(said(replies[0])).toMatch(/Ingelin Søråas/);
    expect(said(replies[0])).toMatch(/steering group|Styringsgruppen/i);
  });

  it.each([
    ["not JSON", "{ this is not json", [400]],
    ["JSON without an activity type", JSON.stringify({ text: "hei" }), [400]],
    ["an array", JSON.stringify([1, 2, 3]), [400]],
  ])("rejects a body that is %s with 400", async (_name, body, statuses) => {
    const { status } = await postActivity(service.url, body);
    expect(statuses).toContain(status);
  });

  it("rejects a 1 MB body with 413 and keeps serving", async () => {
    const huge = messageActivity("x".repeat(1024 * 1024));
    const { status, body } = await postActivity(service.url, huge);
    expect(status).toBe(413);
    expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|node_modules/);
    const replies = await ask(service.url, "Hvem er Alrek-koordinator?");
    expect(said(replies[0])).toContain("Karen Haugvaldstad");
  });

  it("answers 405 to GET", async () => {
    const res = await fetch(`${service.url}/api/messages`);
    expect(res.status).toBe(405);
  });

  it("reports health", async () => {
    const res = await fetch(`${service.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok" });
  });
});

describe("POST /api/messages with an app id", () => {
  let service: Service;
  beforeAll(async () => {
    service = await startTestService({
      MicrosoftAppId: "55555555-5555-5555-5555-555555555555",
      MicrosoftAppPassword: "not-a-real-secret",
      MicrosoftAppType: "MultiTenant",
    });
  });
  afterAll(async () => {
    await service?.stop();
  });

  it("refuses a request without a token with 401, reaching no handler", async () => {
    const { status, body } = await postActivity(service.url, expectReplies(messageActivity("Hvem sitter i Husrådet?")));
    expect(status).toBe(401);
    expect(JSON.stringify(body ?? "")).not.toContain("Karen");
  });

  it("refuses a malformed bearer token with 401", async () => {
    const { status } = await postActivity(service.url, expectReplies(messageActivity("hei")), {
      authorization: "Bearer not.a.jwt",
    });
    expect(status).toBe(401);
  });
});

describe("ALLOWED_TENANT_IDS", () => {
  let service: Service;
  beforeAll(async () => {
    service = await startTestService({ ALLOWED_TENANT_IDS: "11111111-1111-1111-1111-111111111111" });
  });
  afterAll(async () => {
    await service?.stop();
  });

  it("answers the allowed tenant", async () => {
    const replies = await ask(service.url, "Hvem er Alrek-koordinator?");
    expect(replies.length).toBeGreaterThan(0);
  });

  it("gives no answer to another tenant", async () => {
    const other = "99999999-9999-9999-9999-999999999999";
    const replies = await ask(service.url, "Hvem er Alrek-koordinator?", {
      conversation: { id: "a:other", conversationType: "personal", tenantId: other },
      channelData: { tenant: { id: other } },
    });
    expect(replies).toEqual([]);
  });
});
