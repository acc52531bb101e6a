/** The "Husk å svare" nudge takes send slots like every other post. */
import { describe, expect, it } from "vitest";
import type { ReminderDelivery } from "../../src/domain/conversations.js";
import type { SlotGrant } from "../../src/reminders/sendSlots.js";
import type { ConversationMember, ThreadSender } from "../../src/domain/threadSender.js";
import { silentLogger } from "../../src/logger.js";
import { createRsvpService } from "../../src/reminders/rsvpNudge.js";
import { channelTarget, meeting } from "./harness.js";

function nudgeWith(grant: SlotGrant) {
  const target = channelTarget("forum", "http://127.0.0.1:9");
  const sent: ReminderDelivery = {
    id: "d1",
    eventId: "m1",
    occurrenceKey: "k1",
    leadTime: "PT1H",
    targetId: target.id,
    dueAt: "2026-12-10T12:00:00.000Z",
    status: "sent",
    attempts: 1,
    activityId: "a1",
  };
  const replies: { activityId: string; mentions: readonly ConversationMember[] }[] = [];
  const acquired: string[] = [];
  const threads: ThreadSender = {
    update: async () => {},
    reply: async (_t, activityId, _text, mentions = []) => void replies.push({ activityId, mentions }),
    members: async () => [{ id: "29:kari", name: "Kari", aadObjectId: "oid-kari" }],
  };
  const service = createRsvpService({
    rsvp: { put: async () => {}, list: async () => [], claimNudge: async () => true },
    deliveries: { list: async () => [sent] },
    targets: { get: async (id) => (id === target.id ? target : undefined) },
    events: { list: async () => [{ value: meeting("m1"), etag: "e" }] },
    threads,
    slots: {
      acquire: async (t) => {
        acquired.push(t.id);
        return grant;
      },
    },
    clock: () => new Date("2026-12-10T11:00:00.000Z"),
    log: silentLogger,
  });
  return { service, replies, acquired, target };
}

describe("the RSVP nudge and Teams' rate limits", () => {
  it("takes a send slot for the conversation before the reply", async () => {
    const { service, replies, acquired, target } = nudgeWith({ ok: true, at: 0 });
    expect(await service.nudge("m1", "k1", "editor")).toEqual({ threads: 1, mentioned: 1 });
    expect(acquired).toEqual([target.id]);
    expect(replies).toEqual([{ activityId: "a1", mentions: [expect.objectContaining({ id: "29:kari" })] }]);
  });

  it.each([
    ["busy", { ok: false, retryAt: 0, reason: "busy" } as const],
    ["over the hourly cap", { ok: false, retryAt: 0, reason: "hourly" } as const],
  ])("posts nothing when the conversation's slots are %s", async (_name, grant) => {
    const { service, replies } = nudgeWith(grant);
    expect(await service.nudge("m1", "k1", "editor")).toEqual({ threads: 0, mentioned: 0 });
    expect(replies).toEqual([]);
  });
});
