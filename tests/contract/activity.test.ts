import { describe, expect, it } from "vitest";
import { checkActivity } from "../../src/contract/activity.js";
import { messageActivity } from "../support/activities.js";
import { botMembership, cardSubmit, channelMessage, installationUpdate } from "../support/teamsActivities.js";

const place = { serviceUrl: "https://smba.trafficmanager.net/emea/", channelId: "19:abc@thread.tacv2" };

/** A personal message as Teams posts it (fields as documented for the Teams channel). */
const TEAMS_MESSAGE = {
  text: "Hvem sitter i Husrådet?",
  textFormat: "plain",
  type: "message",
  timestamp: "2026-11-22T09:00:00.1234567Z",
  localTimestamp: "2026-11-22T10:00:00.1234567+01:00",
  id: "1732266000123",
  channelId: "msteams",
  serviceUrl: "https://smba.trafficmanager.net/emea/",
  from: { id: "29:1abc", name: "Kari Nordmann", aadObjectId: "00000000-0000-0000-0000-0000000000aa" },
  conversation: { conversationType: "personal", tenantId: "11111111-1111-1111-1111-111111111111", id: "a:1xyz" },
  recipient: { id: "28:alrek-bot", name: "Alrek" },
  entities: [{ locale: "nb-NO", country: "NO", platform: "Web", timezone: "Europe/Oslo", type: "clientInfo" }],
  channelData: { tenant: { id: "11111111-1111-1111-1111-111111111111" } },
  locale: "nb-NO",
  localTimezone: "Europe/Oslo",
};

/** What Microsoft 365 Agents Playground posts for a typed message. */
const PLAYGROUND_MESSAGE = {
  id: "5d0b7a2c-0000-4000-8000-000000000001",
  timestamp: "2026-11-22T09:00:00.000Z",
  channelId: "msteams",
  serviceUrl: "http://127.0.0.1:56150/_connector",
  recipient: { id: "00000000-0000-0000-0000-00000000000b", name: "Test Bot" },
  conversation: { id: "personal-chat-alex-testbot", tenantId: "00000000-0000-0000-0000-0000000000001" },
  from: { id: "user-id-0", aadObjectId: "00000000-0000-0000-0000-0000000000020", name: "Alex Wilber" },
  type: "message",
  text: "Hvem sitter i Husrådet?",
  localTimestamp: "2026-11-22T09:00:00.000Z",
  locale: "en-US",
  localTimezone: "Europe/Oslo",
  channelData: { clientActivityID: "c1", tenant: { id: "00000000-0000-0000-0000-0000000000001" } },
  entities: [{ type: "clientInfo", locale: "en-US", country: "US", platform: "Web", timezone: "Europe/Oslo" }],
};

describe("checkActivity", () => {
  it.each([
    ["a Teams personal message", TEAMS_MESSAGE],
    ["an Agents Playground message", PLAYGROUND_MESSAGE],
    ["the test message", messageActivity("hei")],
    ["a channel message with a mention", channelMessage("abonner", place)],
    ["an installationUpdate", installationUpdate("add", place.serviceUrl)],
    ["a conversationUpdate adding the bot", botMembership("membersAdded", place)],
    ["a card submit", cardSubmit({ verb: "createEvent", title: "x" })],
    [
      "an invoke",
      { ...messageActivity(""), type: "invoke", name: "adaptiveCard/action", value: { action: { verb: "x" } } },
    ],
  ])("accepts %s", (_name, activity) => {
    const result = checkActivity(structuredClone(activity));
    expect(result).toEqual({
      ok: true,
      activity: expect.objectContaining({ type: (activity as { type: string }).type }),
    });
  });

  it("removes null optional fields, at the top and inside", () => {
    const result = checkActivity({
      ...messageActivity("hei"),
      locale: null,
      entities: null,
      conversation: { id: "a:1", tenantId: null },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect("locale" in result.activity).toBe(false);
    expect("entities" in result.activity).toBe(false);
    expect(result.activity.conversation).toEqual({ id: "a:1" });
  });

  it.each([
    [{ serviceUrl: true }, "serviceUrl"],
    [{ locale: {} }, "locale"],
    [{ channelId: undefined }, "channelId"],
    [{ from: { id: "" } }, "from.id"],
    [{ conversation: { id: "a:1", isGroup: 1 } }, "conversation.isGroup"],
    [{ entities: [{ type: "mention", text: "<at>x</at>", mentioned: {} }] }, "entities[0].mentioned.id"],
    [{ membersAdded: [{ id: "x" }, { name: "no id" }] }, "membersAdded[1].id"],
  ])("refuses %j, naming %s", (change, field) => {
    const result = checkActivity({ ...messageActivity("hei"), ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toContain(`'${field}'`);
  });
});
