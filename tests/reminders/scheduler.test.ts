/** The scheduler against real Azurite tables and a fake Bot Connector over HTTP. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { reminderDeliveryId } from "../../src/domain/conversations.js";
import { dueReminders } from "../../src/domain/reminderSchedule.js";
import { claimDelivery } from "../../src/reminders/deliveryClaim.js";
import { DeliveryError } from "../../src/domain/reminderSender.js";
import type { ReminderScheduler } from "../../src/reminders/scheduler.js";
import { SendSlots } from "../../src/reminders/sendSlots.js";
import { maxInWindow, startFakeConnector, type FakeConnector } from "../fakes/fakeConnector.js";
import { HttpSender } from "../fakes/httpSender.js";
import { channelTarget, DUE, fixedClock, meeting, reminderTables, scheduler, virtualTime } from "./harness.js";

let connector: FakeConnector;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  connector = await startFakeConnector();
});
afterEach(() => connector.reset());
afterAll(async () => {
  await connector.close();
  await Promise.all(cleanups.map((c) => c()));
});

async function setup(targetNames: string[]) {
  const targets = targetNames.map((n) => channelTarget(n, connector.url));
  const repos = await reminderTables(targets);
  cleanups.push(repos.cleanup);
  return { targets, repos };
}

/** "conversation|text" of every activity the connector accepted. */
const deliveredPairs = () => connector.recorded().map((r) => `${r.conversationId}|${String(r.activity.text)}`);

describe("exactly once across instances", () => {
  it("(a) two instances ticking concurrently deliver each reminder once", async () => {
    const { targets, repos } = await setup(["a", "b", "c"]);
    const events = Array.from({ length: 8 }, (_, i) => meeting(`m${i}`));
    const clock = fixedClock(DUE, 30_000);
    const one = scheduler(repos, events, new HttpSender(), { clock, instanceId: "i1" });
    const two = scheduler(repos, events, new HttpSender(), { clock, instanceId: "i2" });

    const reports = await Promise.all([one.tick(), two.tick(), one.tick(), two.tick()]);

    const pairs = deliveredPairs();
    expect(pairs).toHaveLength(8 * 3);
    expect(new Set(pairs).size).toBe(24);
    expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(24);
    const rows = await repos.deliveries.list();
    expect(rows).toHaveLength(24);
    expect(rows.every((r) => r.status === "sent" && r.attempts === 1 && r.sentAt && !r.leaseUntil)).toBe(true);
    expect(new Set(rows.map((r) => r.targetId))).toEqual(new Set(targets.map((t) => t.id)));
    // A later tick finds everything done.
    expect((await one.tick()).sent).toBe(0);
    expect(connector.recorded()).toHaveLength(24);
  });

  it("(b) a claim whose owner died before sending is taken over after the lease, once", async () => {
    const { targets, repos } = await setup(["dead"]);
    const events = [meeting("m1")];
    const [planned] = dueReminders(
      events,
      [{ targetId: targets[0].id, kinds: [], createdAt: "", createdBy: "" }],
      targets,
      {
        from: new Date(DUE.getTime() - 1),
        to: DUE,
      },
    );
    // The dead instance claimed and then crashed before posting.
    const claim = await claimDelivery(repos.deliveries, planned, {
      instanceId: "dead",
      now: DUE,
      leaseMs: 60_000,
      maxAttempts: 3,
    });
    expect(claim.claimed).toBe(true);

    const during = await scheduler(repos, events, new HttpSender(), {
      clock: fixedClock(DUE, 30_000),
      instanceId: "i2",
    }).tick();
    expect(during).toMatchObject({ sent: 0, skipped: 1 });
    expect(connector.recorded()).toHaveLength(0);

    const after = fixedClock(DUE, 61_000);
    const [x, y] = await Promise.all([
      scheduler(repos, events, new HttpSender(), { clock: after, instanceId: "i2" }).tick(),
      scheduler(repos, events, new HttpSender(), { clock: after, instanceId: "i3" }).tick(),
    ]);
    expect(x.sent + y.sent).toBe(1);
    expect(connector.recorded()).toHaveLength(1);
    const row = (await repos.deliveries.get("m1", planned.id))!.value;
    expect(row).toMatchObject({ status: "sent", attempts: 2 });
    expect(["i2", "i3"]).toContain(row.claimedBy);
    const actions = (await repos.deliveryLog.list(planned.id)).map((e) => e.action);
    expect(actions).toEqual(["takeover", "sent"]);
  });

  it("(b) an instance whose send never returns is overtaken after its lease", async () => {
    const { repos } = await setup(["hang"]);
    const events = [meeting("m1")];
    const hanging = scheduler(
      repos,
      events,
      { send: () => new Promise<void>(() => {}) },
      { clock: fixedClock(DUE, 1_000), instanceId: "hung" },
    );
    void hanging.tick();
    await waitFor(async () => (await repos.deliveries.list()).some((r) => r.claimedBy === "hung"));

    const report = await scheduler(repos, events, new HttpSender(), {
      clock: fixedClock(DUE, 62_000),
      instanceId: "rescuer",
    }).tick();
    expect(report.sent).toBe(1);
    expect(connector.recorded()).toHaveLength(1);
    const [row] = await repos.deliveries.list();
    expect(row).toMatchObject({ status: "sent", claimedBy: "rescuer", attempts: 2 });
  });

  it("does not post when another instance took the claim over while it waited out a Retry-After", async () => {
    const { repos } = await setup(["waits"]);
    const events = [meeting("m1")];
    const time = virtualTime();
    let calls = 0;
    const sender = {
      send: async () => {
        calls++;
        throw new DeliveryError("slow down", 429, 5_000);
      },
    };
    // While the first instance sleeps, its lease lapses (virtual clock) and a rescuer takes the row.
    const sleep = async (ms: number) => {
      await time.sleep(ms + 60_000);
      await scheduler(repos, events, new HttpSender(), { clock: time.clock, instanceId: "rescuer" }).tick();
    };
    const report = await scheduler(repos, events, sender, {
      clock: time.clock,
      instanceId: "slow",
      timing: { now: time.now, sleep },
    }).tick();

    expect(calls).toBe(1);
    expect(report).toMatchObject({ sent: 0, skipped: 1 });
    expect(connector.recorded()).toHaveLength(1);
    const [row] = await repos.deliveries.list();
    expect(row).toMatchObject({ status: "sent", claimedBy: "rescuer" });
    const actions = (await repos.deliveryLog.list(row.id)).map((e) => e.action);
    expect(actions).toEqual(["claimed", "takeover", "sent", "lost-lease"]);
  });
});

describe("throttling a burst into one channel with shared send slots", () => {
  it("(c) 100 due reminders: within every Teams window, none lost", async () => {
    const { repos } = await setup(["busy"]);
    const events = Array.from({ length: 100 }, (_, i) => meeting(`b${String(i).padStart(3, "0")}`));
    const time = virtualTime();
    const stamps: number[] = [];
    const http = new HttpSender();
    const sender = {
      send: async (t: Parameters<HttpSender["send"]>[0], card: object, text: string) => {
        stamps.push(time.now());
        await http.send(t, card, text);
      },
    };
    const slots = new SendSlots({ store: repos.sendSlots, now: time.now, sleep: time.sleep });
    const s = scheduler(repos, events, sender, {
      clock: time.clock,
      instanceId: "burst",
      slots,
      timing: { now: time.now, sleep: time.sleep },
    });
    let sent = 0;
    for (let tick = 0; tick < 10 && sent < 100; tick++) sent += (await s.tick()).sent;

    expect(sent).toBe(100);
    expect(new Set(deliveredPairs()).size).toBe(100);
    // Stamps are virtual time (the injected clock), so these are rate limits, not durations of the run.
    expect(maxInWindow(stamps, 1_000)).toBeLessThanOrEqual(7);
    expect(maxInWindow(stamps, 2_000)).toBeLessThanOrEqual(8);
    expect(maxInWindow(stamps, 30_000)).toBeLessThanOrEqual(60);
    // 100 posts cannot fit 30 s: the sender must have waited for slots.
    expect(Math.max(...stamps) - Math.min(...stamps)).toBeGreaterThanOrEqual(30_000);
  });
});

describe("connector errors", () => {
  it("(d) 429 with a short Retry-After is waited out holding the claim, then succeeds", async () => {
    const { repos } = await setup(["slow"]);
    connector.failNext(2, 429, { retryAfterSeconds: 3 });
    const time = virtualTime();
    const report = await scheduler(repos, [meeting("m1")], new HttpSender(), {
      clock: fixedClock(DUE, 1_000),
      instanceId: "i",
      timing: { now: time.now, sleep: time.sleep },
    }).tick();

    expect(report.sent).toBe(1);
    expect(time.sleeps).toEqual([3_000, 3_000]);
    expect(connector.postCount()).toBe(3);
    expect(connector.recorded()).toHaveLength(1);
  });

  it("(d) 429 with Retry-After 150 s releases the claim with a not-before time; the rest are not stalled", async () => {
    const { targets, repos } = await setup(["throttled", "other"]);
    const [throttled, other] = targets;
    connector.failNext(1, 429, { retryAfterSeconds: 150, conversationId: throttled.conversationId });
    const events = [meeting("m1"), meeting("m2")];
    const run = (offset: number, instanceId: string) =>
      scheduler(repos, events, new HttpSender(), { clock: fixedClock(DUE, offset), instanceId }).tick();

    const first = await run(1_000, "i1");
    expect(first).toMatchObject({ sent: 2, released: 1 });
    expect(connector.recorded().map((r) => r.conversationId)).toEqual([other.conversationId, other.conversationId]);
    const released = (await repos.deliveries.list()).filter((r) => r.targetId === throttled.id);
    expect(released.map((r) => r.status).sort()).toEqual(["pending"]);
    expect(released[0]).toMatchObject({ attempts: 0, notBefore: new Date(DUE.getTime() + 151_000).toISOString() });

    // Before the not-before time nobody posts there, whichever instance looks.
    expect(await run(100_000, "i2")).toMatchObject({ sent: 0 });
    expect(connector.postCount()).toBe(3);
    const later = await run(152_000, "i2");
    expect(later.sent).toBe(2);
    expect(new Set(deliveredPairs()).size).toBe(4);
    expect(connector.recorded()).toHaveLength(4);
  });

  it("(d) 403 marks the target blocked and stops posting to it; others still get theirs", async () => {
    const { targets, repos } = await setup(["blocked", "fine"]);
    const [blocked, fine] = targets;
    connector.failConversation(blocked.conversationId, 403);
    const events = [meeting("m1"), meeting("m2"), meeting("m3")];
    const run = (offset: number) =>
      scheduler(repos, events, new HttpSender(), { clock: fixedClock(DUE, offset), instanceId: "i" }).tick();

    const first = await run(1_000);
    expect(first).toMatchObject({ sent: 3, failed: 1 });
    expect(connector.postCount()).toBe(4);
    expect(new Set(connector.recorded().map((r) => r.conversationId))).toEqual(new Set([fine.conversationId]));
    expect(await repos.targets.get(blocked.id)).toMatchObject({ status: "blocked", removedAt: expect.any(String) });

    await run(120_000);
    expect(connector.postCount()).toBe(4);
  });

  it("a 500 leaves the reminder failed, and a tick after its not-before time delivers it", async () => {
    const { repos } = await setup(["flaky"]);
    connector.failNext(1, 500);
    const run = (offset: number) =>
      scheduler(repos, [meeting("m1")], new HttpSender(), { clock: fixedClock(DUE, offset), instanceId: "i" }).tick();
    expect(await run(1_000)).toMatchObject({ failed: 1, sent: 0 });
    const [failed] = await repos.deliveries.list();
    expect(failed).toMatchObject({
      status: "failed",
      attempts: 1,
      lastError: "connector answered 500",
      notBefore: new Date(DUE.getTime() + 61_000).toISOString(),
    });
    expect(await run(30_000)).toMatchObject({ sent: 0 });
    expect(await run(61_000)).toMatchObject({ sent: 1 });
    expect((await repos.deliveries.list())[0]).toMatchObject({ status: "sent", attempts: 2 });
  });
});

describe("late reminders", () => {
  it("(e) a reminder found more than 6 h late is recorded missed and not sent", async () => {
    const { targets, repos } = await setup(["late"]);
    const report = await scheduler(repos, [meeting("m1")], new HttpSender(), {
      clock: fixedClock(DUE, 7 * 3_600_000),
      instanceId: "i",
    }).tick();

    expect(report).toMatchObject({ missed: 1, sent: 0 });
    expect(connector.postCount()).toBe(0);
    const id = reminderDeliveryId("m1", "2026-12-10T13:00", "D-1@09:00", targets[0].id);
    expect((await repos.deliveries.get("m1", id))!.value.status).toBe("missed");
    // Recorded once: a second look changes nothing.
    expect(
      (
        await scheduler(repos, [meeting("m1")], new HttpSender(), {
          clock: fixedClock(DUE, 7 * 3_600_000 + 60_000),
          instanceId: "j",
        }).tick()
      ).missed,
    ).toBe(0);
  });

  it("5 h late is still sent", async () => {
    const { repos } = await setup(["bitlate"]);
    const report = await scheduler(repos, [meeting("m1")], new HttpSender(), {
      clock: fixedClock(DUE, 5 * 3_600_000),
      instanceId: "i",
    }).tick();
    expect(report).toMatchObject({ sent: 1, missed: 0 });
  });
});

describe("start/stop", () => {
  it("ticks on its own and stop() waits for the running tick", async () => {
    const { repos } = await setup(["loop"]);
    const s = scheduler(repos, [meeting("m1")], new HttpSender(), {
      clock: fixedClock(DUE, 1_000),
      instanceId: "i",
      tickMs: 20,
    });
    s.start();
    await waitFor(async () => connector.recorded().length === 1);
    await s.stop();
    expect(connector.recorded()).toHaveLength(1);
    expect((await repos.deliveries.list())[0].status).toBe("sent");
  });
});

describe("stopping", () => {
  it("stop() gives back a claim waiting for its next try, so another instance need not wait for the lease", async () => {
    const { repos } = await setup(["leaving"]);
    connector.failNext(1, 429, { retryAfterSeconds: 3 });
    let stopping: Promise<void> | undefined;
    const leaving: ReminderScheduler = scheduler(repos, [meeting("m1")], new HttpSender(), {
      clock: fixedClock(DUE, 1_000),
      instanceId: "leaving",
      timing: {
        sleep: async () => {
          stopping = leaving.stop();
        },
      },
    });
    const report = await leaving.tick();
    await stopping;
    expect(report).toMatchObject({ sent: 0, released: 1 });
    expect((await repos.deliveries.list())[0]).toMatchObject({
      status: "pending",
      attempts: 0,
      lastError: "instance stopping",
    });

    const other = await scheduler(repos, [meeting("m1")], new HttpSender(), {
      clock: fixedClock(DUE, 1_000),
      instanceId: "other",
    }).tick();
    expect(other.sent).toBe(1);
    expect(connector.recorded()).toHaveLength(1);
  });
});

/** Polls until `check` holds; a hung test is ended by vitest's test timeout, not by a deadline here. */
async function waitFor(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((r) => setTimeout(r, 10));
}
