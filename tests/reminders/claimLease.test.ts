/** Recording the outcome through storage trouble: failed writes, and writes whose answer was lost. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ReminderDelivery, ReminderDeliveryRepository } from "../../src/domain/conversations.js";
import { dueReminders } from "../../src/domain/reminderSchedule.js";
import { silentLogger } from "../../src/logger.js";
import { ClaimLease } from "../../src/reminders/claimLease.js";
import { claimDelivery } from "../../src/reminders/deliveryClaim.js";
import { startFakeConnector, type FakeConnector } from "../fakes/fakeConnector.js";
import { HttpSender } from "../fakes/httpSender.js";
import { channelTarget, fixedClock, DUE, meeting, reminderTables, scheduler, virtualTime } from "./harness.js";

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

/** The real table with its `update` replaced (class methods do not survive a spread, so each is bound). */
function withUpdate(
  repo: ReminderDeliveryRepository,
  update: ReminderDeliveryRepository["update"],
): ReminderDeliveryRepository {
  return { create: (d) => repo.create(d), get: (e, id) => repo.get(e, id), list: (e) => repo.list(e), update };
}

/** What a delivery-row update does: go through, fail before reaching storage, or reach storage and then fail. */
type Fault = "ok" | "before" | "after";

/** The real table, with updates that fail as `plan` says (a network error, as during an outage). */
function flaky(repo: ReminderDeliveryRepository, plan: (row: ReminderDelivery, call: number) => Fault) {
  let calls = 0;
  const outage = () => Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:10002"), { code: "ECONNREFUSED" });
  return withUpdate(repo, async (row, etag) => {
    const fault = plan(row, ++calls);
    if (fault === "before") throw outage();
    const result = await repo.update(row, etag);
    if (fault === "after") throw outage();
    return result;
  });
}

async function setup(name: string) {
  const targets = [channelTarget(name, connector.url)];
  const repos = await reminderTables(targets);
  cleanups.push(repos.cleanup);
  return repos;
}

describe("recording a post through storage trouble", () => {
  it.each([
    [
      "the 'sent' write fails 12 times (an outage of ~20 s)",
      (row: ReminderDelivery, n: { sentTries: number }) =>
        row.status === "sent" && ++n.sentTries <= 12 ? "before" : "ok",
    ],
    [
      "the 'sent' write lands but its answer is lost",
      (row: ReminderDelivery, n: { sentTries: number }) =>
        row.status === "sent" && ++n.sentTries === 1 ? "after" : "ok",
    ],
    [
      "the renewal before the post lands but its answer is lost",
      (row: ReminderDelivery, n: { sentTries: number }) =>
        row.status === "claimed" && ++n.sentTries === 1 ? "after" : "ok",
    ],
    [
      "every write fails once before it goes through",
      (_row: ReminderDelivery, n: { sentTries: number }) => (++n.sentTries % 2 === 1 ? "before" : "ok"),
    ],
  ] as const)("%s: posted once, recorded sent, no lost lease", async (_name, fault) => {
    const repos = await setup("blip");
    const counter = { sentTries: 0 };
    const time = virtualTime();
    const report = await scheduler(repos, [meeting("m1")], new HttpSender(), {
      clock: fixedClock(DUE, 1_000),
      instanceId: "i",
      deliveries: flaky(repos.deliveries, (row) => fault(row, counter)),
      timing: { now: time.now, sleep: time.sleep },
    }).tick();

    expect(report).toMatchObject({ sent: 1, skipped: 0 });
    expect(connector.recorded()).toHaveLength(1);
    const [row] = await repos.deliveries.list();
    expect(row).toMatchObject({ status: "sent", attempts: 1 });
    const actions = (await repos.deliveryLog.list(row.id)).map((e) => e.action);
    expect(actions).toEqual(["claimed", "sent"]);
  });

  it("storage down for longer than the lease before the post: nothing is posted, and a later tick posts once", async () => {
    const repos = await setup("down");
    const time = virtualTime();
    const down = scheduler(repos, [meeting("m1")], new HttpSender(), {
      clock: fixedClock(DUE, 1_000),
      instanceId: "unlucky",
      deliveries: flaky(repos.deliveries, () => "before"),
      timing: { now: time.now, sleep: time.sleep },
    });
    const first = await down.tick();
    expect(first.sent).toBe(0);
    expect(connector.postCount()).toBe(0);
    expect((await repos.deliveries.list())[0]).toMatchObject({ status: "claimed", claimedBy: "unlucky" });

    const later = await scheduler(repos, [meeting("m1")], new HttpSender(), {
      clock: fixedClock(DUE, 62_000),
      instanceId: "next",
    }).tick();
    expect(later.sent).toBe(1);
    expect(connector.recorded()).toHaveLength(1);
  });
});

/** The real table, with every update noted when it is issued and the "sent" write held until `open`. */
function heldSent(repo: ReminderDeliveryRepository) {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const issued: ReminderDelivery["status"][] = [];
  const wrapped = withUpdate(repo, async (row, etag) => {
    issued.push(row.status);
    if (row.status === "sent") await gate;
    return repo.update(row, etag);
  });
  return { repo: wrapped, issued, open: () => open() };
}

async function claimOne(repos: Awaited<ReturnType<typeof setup>>, leaseMs: number) {
  const [target] = await repos.targets.list();
  const [planned] = dueReminders(
    [meeting("m1")],
    [{ targetId: target.id, kinds: [], createdAt: "", createdBy: "" }],
    [target],
    {
      from: new Date(DUE.getTime() - 1),
      to: DUE,
    },
  );
  const claim = await claimDelivery(repos.deliveries, planned, {
    instanceId: "i",
    now: new Date(),
    leaseMs,
    maxAttempts: 3,
  });
  if (!claim.claimed) throw new Error("not claimed");
  return claim.delivery;
}

const settledTick = () => new Promise((resolve) => setImmediate(resolve));

describe("renewals queued behind a slow 'sent' write (a storage outage while recording)", () => {
  it("keep-alive renewals that waited behind the write do not turn 'sent' back into 'claimed'", async () => {
    const repos = await setup("queued-renewal");
    const leaseMs = 150;
    const claimed = await claimOne(repos, leaseMs);
    const held = heldSent(repos.deliveries);
    const lease = new ClaimLease(claimed, {
      repo: held.repo,
      clock: () => new Date(),
      leaseMs,
      maxHoldMs: 60_000,
      log: silentLogger,
    });
    lease.keepAlive();
    const sent: ReminderDelivery = {
      ...claimed.value,
      status: "sent",
      leaseUntil: undefined,
      sentAt: new Date().toISOString(),
    };
    const settling = lease.settle(sent);
    // Several keep-alive intervals (every 50 ms) pass while the write is held.
    await new Promise((resolve) => setTimeout(resolve, 400));
    held.open();
    await settling;
    lease.stop();
    await settledTick();

    expect(held.issued).toEqual(["sent"]);
    expect((await repos.deliveries.get(claimed.value.eventId, claimed.value.id))?.value).toMatchObject({
      status: "sent",
    });
  });

  it("an explicit renewal after the claim settled is refused, not written", async () => {
    const repos = await setup("renew-after-settle");
    const claimed = await claimOne(repos, 60_000);
    const lease = new ClaimLease(claimed, {
      repo: repos.deliveries,
      clock: () => new Date(),
      leaseMs: 60_000,
      maxHoldMs: 60_000,
      log: silentLogger,
    });
    await lease.settle({ ...claimed.value, status: "sent", leaseUntil: undefined });
    await expect(lease.renew()).rejects.toThrow(/already settled as sent/);
    expect((await repos.deliveries.get(claimed.value.eventId, claimed.value.id))?.value).toMatchObject({
      status: "sent",
    });
  });

  it("a keep-alive renewal that finds our own 'sent' (landed unseen) adopts it instead of reporting a takeover", async () => {
    const repos = await setup("renewal-finds-sent");
    const leaseMs = 150;
    const claimed = await claimOne(repos, leaseMs);
    let lostAnswer = true;
    const renewalsAfterLostAnswer: ReminderDelivery["status"][] = [];
    const repo = withUpdate(repos.deliveries, async (row, etag) => {
      if (!lostAnswer) renewalsAfterLostAnswer.push(row.status);
      const result = await repos.deliveries.update(row, etag);
      if (row.status === "sent" && lostAnswer) {
        lostAnswer = false;
        throw Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
      }
      return result;
    });
    const lease = new ClaimLease(claimed, {
      repo,
      clock: () => new Date(),
      leaseMs,
      maxHoldMs: 60_000,
      log: silentLogger,
    });
    lease.keepAlive();
    const sent: ReminderDelivery = { ...claimed.value, status: "sent", leaseUntil: undefined };
    await expect(lease.settle(sent)).rejects.toThrow(/socket hang up/);
    // Wait until a keep-alive renewal (every 50 ms) has run into the row that is already "sent".
    while (!renewalsAfterLostAnswer.includes("claimed")) await new Promise((resolve) => setTimeout(resolve, 10));
    // The retry of the record is then accepted as ours.
    await expect(lease.settle(sent)).resolves.toBeUndefined();
    lease.stop();
    expect(lease.row.status).toBe("sent");
    expect((await repos.deliveries.get(claimed.value.eventId, claimed.value.id))?.value).toMatchObject({
      status: "sent",
    });
  });
});
