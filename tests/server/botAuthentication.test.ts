import { said } from "../support/activities.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService } from "../support/testService.js";
import { expectReplies, messageActivity, postActivity } from "../support/activities.js";
import { startFakeBotFrameworkKeys, type FakeBotFrameworkKeys } from "../fakes/fakeBotFrameworkKeys.js";

const APP_ID = "66666666-6666-6666-6666-666666666666";

describe("Bot Framework authentication with an app id", () => {
  let keys: FakeBotFrameworkKeys;
  let service: Awaited<ReturnType<typeof startTestService>>;
  const activity = expectReplies(messageActivity("Hvem sitter i Husrådet?"));
  const serviceUrl = activity.serviceUrl as string;

  beforeAll(async () => {
    keys = await startFakeBotFrameworkKeys();
    service = await startTestService({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: "not-a-real-secret",
      MicrosoftAppType: "MultiTenant",
      BOT_OPENID_METADATA_URL: keys.metadataUrl,
    });
  });
  afterAll(async () => {
    await service?.stop();
    await keys?.close();
  });

  it("accepts a token signed by the channel's key and answers", async () => {
    const token = await keys.sign({ appId: APP_ID, serviceUrl });
    const { status, body } = await postActivity(service.url, activity, { authorization: `Bearer ${token}` });
    expect(status).toBe(200);
    expect(said(body.activities[0])).toContain("Karen Haugvaldstad");
  });

  it.each([
    ["no token", async () => undefined],
    ["a token signed by another key", async () => keys.sign({ appId: APP_ID, serviceUrl }, "untrusted")],
    ["a token for another bot", async () => keys.sign({ appId: "77777777-7777-7777-7777-777777777777", serviceUrl })],
    ["a token for another service URL", async () => keys.sign({ appId: APP_ID, serviceUrl: "https://evil.example/" })],
    ["an expired token", async () => keys.sign({ appId: APP_ID, serviceUrl, expiresInSeconds: -600 })],
    [
      "a token from another issuer",
      async () => keys.sign({ appId: APP_ID, serviceUrl, issuer: "https://sts.example/" }),
    ],
  ])("refuses %s with 401 and runs no handler", async (_name, makeToken) => {
    const token = await makeToken();
    const { status, body } = await postActivity(
      service.url,
      activity,
      token ? { authorization: `Bearer ${token}` } : {},
    );
    expect(status).toBe(401);
    expect(JSON.stringify(body ?? "")).not.toContain("Karen");
  });
});
