import { describe, expect, it } from "vitest";
import { conversationTargetId, type ConversationTarget, type Subscription } from "../../src/domain/conversations.js";
import type { AlrekEvent } from "../../src/domain/events.js";
import { dueReminders } from "../../src/domain/reminderSchedule.js";

const target = (name: string): ConversationTarget => ({
  id: conversationTargetId(name),
  conversationId: name,
  serviceUrl: "https://x",
  tenantId: "t",
  botId: "b",
  conversationType: "channel",
  reference: { bot: { id: "b" }, conversation: { id: name }, channelId: "msteams", serviceUrl: "https://x" },
  installedAt: "",
  status: "active",
});
const meeting: AlrekEvent = {
  id: "m",
  kind: "meeting",
  title: "Møte",
  start: "2026-12-15T10:00",
  timeZone: "Europe/Oslo",
  exceptions: [],
  cancelled: false,
};
const window = { from: new Date("2026-11-01T00:00:00Z"), to: new Date("2026-12-16T00:00:00Z") };

describe("a conversation's own lead times and the digest-only choice", () => {
  it.each([
    ["defaults", {}, meeting, ["D-1@09:00", "PT1H"]],
    [
      "the conversation's own lead times for the kind",
      { leadTimes: { meeting: ["P14D", "PT30M"] } },
      meeting,
      ["P14D", "PT30M"],
    ],
    [
      "the event's own lead times win",
      { leadTimes: { meeting: ["P14D"] } },
      { ...meeting, reminderLeadTimes: ["PT2H"] },
      ["PT2H"],
    ],
    ["digest instead of reminders", { digest: "only" as const }, meeting, []],
    ["digest beside reminders", { digest: "also" as const }, meeting, ["D-1@09:00", "PT1H"]],
  ])("%s", (_name, extra, event, leadTimes) => {
    const t = target("c1");
    const sub: Subscription = { targetId: t.id, kinds: [], createdAt: "", createdBy: "", ...extra };
    expect(dueReminders([event], [sub], [t], window).map((d) => d.leadTime)).toEqual(leadTimes);
  });
});
