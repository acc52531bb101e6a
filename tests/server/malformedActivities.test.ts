import { said } from "../support/activities.js";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createLogger } from "../../src/logger.js";
import { startTestService } from "../support/testService.js";
import { ask, expectReplies, messageActivity, postActivity } from "../support/activities.js";
import { startFakeBotFrameworkKeys, type FakeBotFrameworkKeys } from "../fakes/fakeBotFrameworkKeys.js";

type Service = Awaited<ReturnType<typeof startTestService>>;
type Activity = Record<string, any>;

/** A well-formed activity changed by `change` (which may delete fields). */
function broken(change: (a: Activity) => void): Activity {
  const a = expectReplies(messageActivity("Hvem sitter i Husrådet?")) as Activity;
  change(a);
  return a;
}

/** Every way the issue and a fuzzer found to send an activity the SDK cannot take. */
const MALFORMED: [string, Activity | unknown][] = [
  [
    "serviceUrl true",
    broken((a) => {
      a.serviceUrl = true;
    }),
  ],
  [
    "serviceUrl not a URL",
    broken((a) => {
      a.serviceUrl = "not a url";
    }),
  ],
  [
    "serviceUrl ftp",
    broken((a) => {
      a.serviceUrl = "ftp://example.org/";
    }),
  ],
  [
    "serviceUrl with credentials",
    broken((a) => {
      a.serviceUrl = "https://user:pw@example.org/";
    }),
  ],
  [
    "serviceUrl 600 characters",
    broken((a) => {
      a.serviceUrl = `https://example.org/${"a".repeat(600)}`;
    }),
  ],
  [
    "serviceUrl missing",
    broken((a) => {
      delete a.serviceUrl;
    }),
  ],
  [
    "locale {}",
    broken((a) => {
      a.locale = {};
    }),
  ],
  [
    "locale 42",
    broken((a) => {
      a.locale = 42;
    }),
  ],
  [
    "channelId missing",
    broken((a) => {
      delete a.channelId;
    }),
  ],
  [
    "channelId empty",
    broken((a) => {
      a.channelId = "";
    }),
  ],
  [
    "channelId an object",
    broken((a) => {
      a.channelId = { id: "msteams" };
    }),
  ],
  [
    "from missing",
    broken((a) => {
      delete a.from;
    }),
  ],
  [
    "from null",
    broken((a) => {
      a.from = null;
    }),
  ],
  [
    "from without id",
    broken((a) => {
      a.from = { name: "x" };
    }),
  ],
  [
    "from.id a number",
    broken((a) => {
      a.from = { id: 42 };
    }),
  ],
  [
    "from.aadObjectId an array",
    broken((a) => {
      a.from.aadObjectId = [];
    }),
  ],
  [
    "from.name an object",
    broken((a) => {
      a.from.name = {};
    }),
  ],
  [
    "conversation missing",
    broken((a) => {
      delete a.conversation;
    }),
  ],
  [
    "conversation a string",
    broken((a) => {
      a.conversation = "a:1";
    }),
  ],
  [
    "conversation.id empty",
    broken((a) => {
      a.conversation.id = " ";
    }),
  ],
  [
    "conversation.tenantId an object",
    broken((a) => {
      a.conversation.tenantId = {};
    }),
  ],
  [
    "conversation.isGroup a string",
    broken((a) => {
      a.conversation.isGroup = "yes";
    }),
  ],
  [
    "recipient missing",
    broken((a) => {
      delete a.recipient;
    }),
  ],
  [
    "recipient.id a boolean",
    broken((a) => {
      a.recipient = { id: true };
    }),
  ],
  [
    "type unknown",
    broken((a) => {
      a.type = "bogus";
    }),
  ],
  [
    "type a number",
    broken((a) => {
      a.type = 7;
    }),
  ],
  [
    "id an object",
    broken((a) => {
      a.id = {};
    }),
  ],
  [
    "text an object",
    broken((a) => {
      a.text = { q: 1 };
    }),
  ],
  [
    "text a number",
    broken((a) => {
      a.text = 42;
    }),
  ],
  [
    "value a string",
    broken((a) => {
      a.value = "verb";
    }),
  ],
  [
    "value an array",
    broken((a) => {
      a.value = [1];
    }),
  ],
  [
    "entities an object",
    broken((a) => {
      a.entities = {};
    }),
  ],
  [
    "entities [null]",
    broken((a) => {
      a.entities = [null];
    }),
  ],
  [
    "an entity without type",
    broken((a) => {
      a.entities = [{}];
    }),
  ],
  [
    "a mention without mentioned",
    broken((a) => {
      a.entities = [{ type: "mention", text: "<at>x</at>" }];
    }),
  ],
  [
    "a mention in a message without text",
    broken((a) => {
      delete a.text;
      a.entities = [{ type: "mention", text: "<at>Alrek</at>", mentioned: a.recipient }];
    }),
  ],
  [
    "attachments a string",
    broken((a) => {
      a.attachments = "x";
    }),
  ],
  [
    "attachments [1]",
    broken((a) => {
      a.attachments = [1];
    }),
  ],
  [
    "channelData an array",
    broken((a) => {
      a.channelData = [];
    }),
  ],
  [
    "channelData.tenant.id a number",
    broken((a) => {
      a.channelData = { tenant: { id: 5 } };
    }),
  ],
  [
    "channelData.team a string",
    broken((a) => {
      a.channelData = { team: "t" };
    }),
  ],
  [
    "timestamp not a date",
    broken((a) => {
      a.timestamp = "yesterday-ish";
    }),
  ],
  [
    "localTimestamp a number",
    broken((a) => {
      a.localTimestamp = 5;
    }),
  ],
  [
    "membersAdded [null]",
    broken((a) => {
      a.type = "conversationUpdate";
      a.membersAdded = [null];
    }),
  ],
  [
    "membersRemoved an object",
    broken((a) => {
      a.type = "conversationUpdate";
      a.membersRemoved = { id: "x" };
    }),
  ],
  [
    "deliveryMode a number",
    broken((a) => {
      a.deliveryMode = 1;
    }),
  ],
  ["a JSON string", '"message"'],
  ["a JSON number", "42"],
  ["JSON null", "null"],
];

const STACK = /\n\s+at |"stack"/;

describe("malformed activities, local mode", () => {
  let service: Service;
  const lines: string[] = [];
  let consoleError: ReturnType<typeof vi.spyOn>;
  let consoleWarn: ReturnType<typeof vi.spyOn>;

  beforeAll(async () => {
    service = await startTestService(
      { REMINDER_TICK_SECONDS: "3600" },
      { log: createLogger("debug", (line) => lines.push(line)) },
    );
  });
  afterAll(async () => {
    await service?.stop();
  });
  beforeEach(() => {
    lines.length = 0;
    // botbuilder writes its own failures to the console; nothing may get that far.
    consoleError = vi.spyOn(console, "error");
    consoleWarn = vi.spyOn(console, "warn");
  });
  afterEach(() => {
    consoleError.mockRestore();
    consoleWarn.mockRestore();
  });

  it.each(MALFORMED)(
    "%s: 400 with a JSON error, one log line without a stack, and the service keeps answering",
    async (_name, activity) => {
      const { status, body } = await postActivity(
        service.url,
        typeof activity === "string" ? activity : JSON.stringify(activity),
      );
      expect(status).toBe(400);
      expect(body.error.code).toMatch(/^[a-z_]+$/);
      expect(typeof body.error.message).toBe("string");
      expect(body.error.message.length).toBeLessThan(200);
      expect(JSON.stringify(body)).not.toMatch(/\n\s+at |node_modules|TypeError|\(\S+:\d+:\d+\)/);

      const aboutIt = lines.filter((l) => l.includes("/api/messages"));
      expect(aboutIt).toHaveLength(1);
      expect(lines.join("\n")).not.toMatch(STACK);
      expect(consoleError).not.toHaveBeenCalled();
      expect(consoleWarn).not.toHaveBeenCalled();

      const replies = await ask(service.url, "Hvem er Alrek-koordinator?");
      expect(said(replies[0])).toContain("Karen Haugvaldstad");
    },
  );

  it("names the field that is wrong, without repeating what was sent", async () => {
    const { body } = await postActivity(
      service.url,
      broken((a) => {
        a.serviceUrl = "javascript:alert(1)";
      }),
    );
    expect(body.error.message).toContain("serviceUrl");
    expect(body.error.message).not.toContain("javascript");
  });

  it.each([
    [
      "null optional fields",
      broken((a) => {
        a.locale = null;
        a.entities = null;
        a.attachments = null;
        a.value = null;
        a.channelData = null;
      }),
    ],
    [
      "a Teams channel mention",
      broken((a) => {
        a.text = "<at>Alrek</at> Hvem sitter i Husrådet?";
        a.entities = [
          { type: "mention", text: "<at>Alrek</at>", mentioned: a.recipient },
          { type: "clientInfo", locale: "nb-NO" },
        ];
      }),
    ],
    [
      "fields the bot does not read",
      broken((a) => {
        a.localTimezone = "Europe/Oslo";
        a.textFormat = "plain";
        a.attachments = [];
        a.futureField = { x: [1] };
      }),
    ],
    [
      "an http serviceUrl (the Agents Playground's)",
      broken((a) => {
        a.serviceUrl = "http://127.0.0.1:9/_connector";
      }),
    ],
  ])("accepts %s and answers", async (_name, activity) => {
    const { status, body } = await postActivity(service.url, activity);
    expect(status).toBe(200);
    expect(said(body.activities[0])).toContain("Karen Haugvaldstad");
  });

  it("answers a conversationUpdate without text", async () => {
    const update = broken((a) => {
      a.type = "conversationUpdate";
      delete a.text;
      a.membersAdded = [{ id: "29:someone" }];
    });
    const { status } = await postActivity(service.url, update);
    expect(status).toBe(200);
  });
});

describe("malformed activities with an app id", () => {
  const APP_ID = "66666666-6666-6666-6666-666666666666";
  let keys: FakeBotFrameworkKeys;
  let service: Service;
  const lines: string[] = [];
  const serviceUrl = messageActivity("x").serviceUrl as string;

  beforeAll(async () => {
    keys = await startFakeBotFrameworkKeys();
    service = await startTestService(
      {
        MicrosoftAppId: APP_ID,
        MicrosoftAppType: "MultiTenant",
        MicrosoftAppPassword: "not-a-real-secret",
        BOT_OPENID_METADATA_URL: keys.metadataUrl,
        REMINDER_TICK_SECONDS: "3600",
      },
      { log: createLogger("debug", (line) => lines.push(line)) },
    );
  });
  afterAll(async () => {
    await service?.stop();
    await keys?.close();
  });
  beforeEach(() => {
    lines.length = 0;
  });

  it.each([
    [
      "channelId missing",
      broken((a) => {
        delete a.channelId;
      }),
    ],
    [
      "from missing",
      broken((a) => {
        delete a.from;
      }),
    ],
    [
      "conversation missing",
      broken((a) => {
        delete a.conversation;
      }),
    ],
    [
      "locale {}",
      broken((a) => {
        a.locale = {};
      }),
    ],
  ])("%s with a valid token: 400 before the adapter, one log line without a stack", async (_name, activity) => {
    const token = await keys.sign({ appId: APP_ID, serviceUrl });
    const { status, body } = await postActivity(service.url, activity, { authorization: `Bearer ${token}` });
    expect(status).toBe(400);
    expect(body.error.code).toBe("bad_activity");
    expect(lines.filter((l) => l.includes("/api/messages"))).toHaveLength(1);
    expect(lines.join("\n")).not.toMatch(STACK);
  });

  it("checks the body before the token: a malformed activity without a token is 400", async () => {
    const { status } = await postActivity(
      service.url,
      broken((a) => {
        a.serviceUrl = true;
      }),
    );
    expect(status).toBe(400);
  });

  it("refuses a well-formed activity without a token with 401 as JSON, with one log line", async () => {
    const { status, body } = await postActivity(
      service.url,
      broken(() => {}),
    );
    expect(status).toBe(401);
    expect(body.error.code).toBe("unauthorized");
    expect(lines.filter((l) => l.includes("/api/messages"))).toHaveLength(1);
    expect(lines.join("\n")).not.toMatch(STACK);
  });
});
