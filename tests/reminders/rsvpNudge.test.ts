/** "Husk å svare": queued by the API as a ledger row, posted once by the leader's one sender, within Teams' limits. */
import { afterAll, describe, expect, it } from "vitest";
import { reminderDeliveryId } from "../../src/domain/conversations.js";
import type { ConversationMember, ThreadSender } from "../../src/domain/threadSender.js";
import type { RsvpEntry } from "../../src/domain/rsvp.js";
import { createRsvpService } from "../../src/reminders/rsvpNudge.js";
import { channelTarget, DUE, fixedClock, meeting, reminderTables, runner } from "./harness.js";

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => Promise.all(cleanups.map((c) => c())));

const KARI = { id: "29:kari", name: "Kari", aadObjectId: "oid-kari" };
const OLA = { id: "29:ola", name: "Ola", aadObjectId: "oid-ola" };

async function setup() {
  const target = channelTarget("forum", "http://127.0.0.1:9");
  const repos = await reminderTables([target]);
  cleanups.push(repos.cleanup);
  await repos.ledger.create({
    // The meeting's reminder of the day before, posted (so the pass has only the nudge to post).
    ...{
      kind: "reminder",
      group: "m1",
      id: reminderDeliveryId("m1", "2026-12-10T13:00", "D-1@09:00", target.id),
      targetId: target.id,
      dueAt: DUE.toISOString(),
      status: "sent",
    },
    ...{ attempts: 1, eventId: "m1", occurrenceKey: "2026-12-10T13:00", activityId: "a1" },
  });
  const replies: { activityId: string; text: string; mentions: readonly ConversationMember[] }[] = [];
  const threads: ThreadSender = {
    update: async () => {},
    reply: async (_t, activityId, text, mentions = []) => void replies.push({ activityId, text, mentions }),
    members: async () => [KARI, OLA],
  };
  const clock = fixedClock(DUE, 1_000);
  const service = createRsvpService({ ...repos, threads, clock });
  const reminders = runner(repos, [meeting("m1")], { send: async () => {} }, { clock, instanceId: "i", threads });
  return { repos, service, replies, reminders, target };
}

const answer = (oid: string): RsvpEntry => ({
  ...{ eventId: "m1", occurrenceKey: "2026-12-10T13:00", oid, answer: "yes" },
  answeredAt: DUE.toISOString(),
});

describe("the RSVP nudge", () => {
  it("is queued once per occurrence and posted once, in the reminder's thread, mentioning who has not answered by then", async () => {
    const { repos, service, replies, reminders } = await setup();
    await repos.rsvp.put(answer(KARI.aadObjectId));
    expect(await service.nudge("m1", "2026-12-10T13:00", "editor")).toEqual({ threads: 1, mentioned: 1 });
    expect(await service.nudge("m1", "2026-12-10T13:00", "editor")).toBe("already");
    expect(replies).toEqual([]);

    expect((await reminders.tick()).sent).toBe(1);
    expect(await reminders.tick()).toMatchObject({ sent: 0 });
    expect(replies).toEqual([
      { activityId: "a1", text: expect.stringMatching(/^Husk å svare .*Møte m1/), mentions: [OLA] },
    ]);
  });

  it("is not posted when everyone has answered by the time the leader gets to it", async () => {
    const { repos, service, replies, reminders } = await setup();
    expect(await service.nudge("m1", "2026-12-10T13:00", "editor")).toEqual({ threads: 1, mentioned: 2 });
    await repos.rsvp.put(answer(KARI.aadObjectId));
    await repos.rsvp.put(answer(OLA.aadObjectId));
    await reminders.tick();
    expect(replies).toEqual([]);
    expect((await repos.ledger.list()).map((r) => r.value.status).sort()).toEqual(["sent", "skipped"]);
  });

  it("waits for the conversation's budget like every other post", async () => {
    const { service, replies, reminders, target } = await setup();
    await service.nudge("m1", "2026-12-10T13:00", "editor");
    const now = reminders.time.now();
    for (let i = 0; i < 25; i++) reminders.budget.take(target, now - 1_000);
    await reminders.tick();
    expect(replies).toEqual([]);
    await reminders.time.sleep(30_000);
    await reminders.tick();
    expect(replies).toHaveLength(1);
  });
});
