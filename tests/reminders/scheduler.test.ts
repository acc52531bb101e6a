/** The scheduler against real Azurite tables and a fake Bot Connector over HTTP. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { reminderDeliveryId } from "../../src/domain/conversations.js";
import { dueReminders } from "../../src/domain/reminderSchedule.js";
import { claimDelivery } from "../../src/reminders/deliveryClaim.js";
import { ThrottledSender } from "../../src/reminders/throttledSender.js";
import { startFakeConnector, type FakeConnector } from "../fakes/fakeConnector.js";
import { HttpSender } from "../fakes/httpSender.js";
import { channelTarget, DUE, fixedClock, meeting, reminderTables, scheduler } from "./harness.js";

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

/** A sender with no real waiting, so retries and throttling cost no wall-clock time. */
const quickSender = () => new ThrottledSender({ inner: new HttpSender(), sleep: async () => {} });

describe("exactly once across instances", () => {
  it("(a) two instances ticking concurrently deliver each reminder once", async () => {
    const { targets, repos } = await setup(["a", "b", "c"]);
    const events = Array.from({ length: 8 }, (_, i) => meeting(`m${i}`));
    const clock = fixedClock(DUE, 30_000);
    const one = scheduler(repos, events, quickSender(), { clock, instanceId: "i1" });
    const two = scheduler(repos, events, quickSender(), { clock, instanceId: "i2" });

    const reports = await Promise.all([one.tick(), two.tick(), one.tick(), two.tick()]);

    const pairs = deliveredPairs();
    expect(pairs).toHaveLength(8 * 3);
    expect(new Set(pairs).size).toBe(24);
    expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(24);
    const rows = await repos.deliveries.list();
    expect(rows).toHaveLength(24);
    expect(rows.every((r) => r.status === "sent" && r.attempts === 1 && r.sentAt)).toBe(true);
    expect(new Set(rows.map((r) => r.targetId))).toEqual(new Set(targets.map((t) => t.id)));
    // A later tick finds everything done.
    expect((await one.tick()).sent).toBe(0);
    expect(connector.recorded()).toHaveLength(24);
  });

  it("(b) a claim whose owner died before sending is taken over after the lease, once", async () => {
    const { targets, repos } = await setup(["dead"]);
    const events = [meeting("m1")];
    const [planned] = dueReminders(events, [{ targetId: targets[0].id, kinds: [], createdAt: "", createdBy: "" }], targets, {
      from: new Date(DUE.getTime() - 1),
      to: DUE,
    });
    // The dead instance claimed and then crashed before posting.
    const claim = await claimDelivery(repos.deliveries, planned, { instanceId: "dead", now: DUE, leaseMs: 60_000, maxAttempts: 3 });
    expect(claim.claimed).toBe(true);

    const during = await scheduler(repos, events, quickSender(), { clock: fixedClock(DUE, 30_000), instanceId: "i2" }).tick();
    expect(during).toMatchObject({ sent: 0, skipped: 1 });
    expect(connector.recorded()).toHaveLength(0);

    const after = fixedClock(DUE, 61_000);
    const [x, y] = await Promise.all([
      scheduler(repos, events, quickSender(), { clock: after, instanceId: "i2" }).tick(),
      scheduler(repos, events, quickSender(), { clock: after, instanceId: "i3" }).tick(),
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
    const hanging = scheduler(repos, events, { send: () => new Promise<void>(() => {}) }, { clock: fixedClock(DUE, 1_000), instanceId: "hung" });
    void hanging.tick();
    await waitFor(async () => (await repos.deliveries.list()).some((r) => r.claimedBy === "hung"));

    const report = await scheduler(repos, events, quickSender(), { clock: fixedClock(DUE, 62_000), instanceId: "rescuer" }).tick();
    expect(report.sent).toBe(1);
    expect(connector.recorded()).toHaveLength(1);
    const [row] = await repos.deliveries.list();
    expect(row).toMatchObject({ status: "sent", claimedBy: "rescuer", attempts: 2 });
  });
});

describe("throttling a burst into one channel", () => {
  it("(c) 100 due reminders: ≤7 per 1 s and ≤60 per 30 s, none lost", async () => {
    const { repos } = await setup(["busy"]);
    const events = Array.from({ length: 100 }, (_, i) => meeting(`b${String(i).padStart(3, "0")}`));
    let elapsed = 0;
    const nowMs = () => DUE.getTime() + 1_000 + elapsed;
    const stamps: number[] = [];
    const http = new HttpSender();
    const sender = new ThrottledSender({
      inner: { send: async (t, card, text) => { stamps.push(nowMs()); await http.send(t, card, text); } },
      now: nowMs,
      sleep: async (ms) => { elapsed += ms; },
    });
    const report = await scheduler(repos, events, sender, { clock: () => new Date(nowMs()), instanceId: "burst" }).tick();

    expect(report.sent).toBe(100);
    expect(new Set(deliveredPairs()).size).toBe(100);
    for (const t of stamps) {
      expect(stamps.filter((s) => s > t - 1_000 && s <= t).length).toBeLessThanOrEqual(7);
      expect(stamps.filter((s) => s > t - 30_000 && s <= t).length).toBeLessThanOrEqual(60);
    }
    // 100 posts cannot fit one 30 s window: the sender must have waited.
    expect(stamps[99] - stamps[0]).toBeGreaterThanOrEqual(30_000);
  });
});

describe("connector errors", () => {
  it("(d) 429 with Retry-After is retried after the given wait and then succeeds", async () => {
    const { repos } = await setup(["slow"]);
    connector.failNext(2, 429, { retryAfterSeconds: 3 });
    const sleeps: number[] = [];
    const sender = new ThrottledSender({ inner: new HttpSender(), sleep: async (ms) => { sleeps.push(ms); } });
    const report = await scheduler(repos, [meeting("m1")], sender, { clock: fixedClock(DUE, 1_000), instanceId: "i" }).tick();

    expect(report.sent).toBe(1);
    expect(sleeps).toEqual([3_000, 3_000]);
    expect(connector.postCount()).toBe(3);
    expect(connector.recorded()).toHaveLength(1);
  });

  it("(d) 403 marks the target blocked and stops posting to it; others still get theirs", async () => {
    const { targets, repos } = await setup(["blocked", "fine"]);
    const [blocked, fine] = targets;
    connector.failConversation(blocked.conversationId, 403);
    const events = [meeting("m1"), meeting("m2"), meeting("m3")];
    const run = (offset: number) => scheduler(repos, events, quickSender(), { clock: fixedClock(DUE, offset), instanceId: "i" }).tick();

    const first = await run(1_000);
    expect(first).toMatchObject({ sent: 3, failed: 1 });
    expect(connector.postCount()).toBe(4);
    expect(new Set(connector.recorded().map((r) => r.conversationId))).toEqual(new Set([fine.conversationId]));
    expect(await repos.targets.get(blocked.id)).toMatchObject({ status: "blocked", removedAt: expect.any(String) });

    await run(120_000);
    expect(connector.postCount()).toBe(4);
  });

  it("a 500 leaves the reminder failed, and a later tick delivers it", async () => {
    const { repos } = await setup(["flaky"]);
    connector.failNext(1, 500);
    const run = (offset: number) => scheduler(repos, [meeting("m1")], quickSender(), { clock: fixedClock(DUE, offset), instanceId: "i" }).tick();
    expect(await run(1_000)).toMatchObject({ failed: 1, sent: 0 });
    const [failed] = await repos.deliveries.list();
    expect(failed).toMatchObject({ status: "failed", attempts: 1, lastError: "connector answered 500" });
    expect(await run(61_000)).toMatchObject({ sent: 1 });
    expect((await repos.deliveries.list())[0]).toMatchObject({ status: "sent", attempts: 2 });
  });
});

describe("late reminders", () => {
  it("(e) a reminder found more than 6 h late is recorded missed and not sent", async () => {
    const { targets, repos } = await setup(["late"]);
    const report = await scheduler(repos, [meeting("m1")], quickSender(), { clock: fixedClock(DUE, 7 * 3_600_000), instanceId: "i" }).tick();

    expect(report).toMatchObject({ missed: 1, sent: 0 });
    expect(connector.postCount()).toBe(0);
    const id = reminderDeliveryId("m1", "2026-12-10T13:00", "D-1@09:00", targets[0].id);
    expect((await repos.deliveries.get("m1", id))!.value.status).toBe("missed");
    // Recorded once: a second look changes nothing.
    expect((await scheduler(repos, [meeting("m1")], quickSender(), { clock: fixedClock(DUE, 7 * 3_600_000 + 60_000), instanceId: "j" }).tick()).missed).toBe(0);
  });

  it("5 h late is still sent", async () => {
    const { repos } = await setup(["bitlate"]);
    const report = await scheduler(repos, [meeting("m1")], quickSender(), { clock: fixedClock(DUE, 5 * 3_600_000), instanceId: "i" }).tick();
    expect(report).toMatchObject({ sent: 1, missed: 0 });
  });
});

describe("start/stop", () => {
  it("ticks on its own and stop() waits for the running tick", async () => {
    const { repos } = await setup(["loop"]);
    const s = scheduler(repos, [meeting("m1")], quickSender(), { clock: fixedClock(DUE, 1_000), instanceId: "i", tickMs: 20 });
    s.start();
    await waitFor(async () => connector.recorded().length === 1);
    await s.stop();
    expect(connector.recorded()).toHaveLength(1);
    expect((await repos.deliveries.list())[0].status).toBe("sent");
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 10));
  }
}

