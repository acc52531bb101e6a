/** The one reminder runner against real Azurite tables and a fake Bot Connector over HTTP. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { reminderDeliveryId } from "../../src/domain/conversations.js";
import type { LedgerEntry } from "../../src/domain/ledger.js";
import { DeliveryError } from "../../src/domain/reminderSender.js";
import { ValidationError } from "../../src/domain/errors.js";
import { createLogger, silentLogger } from "../../src/logger.js";
import { Leadership } from "../../src/reminders/leadership.js";
import { reminderCardRenderer } from "../../src/reminders/reminderCard.js";
import { createBadRowLog } from "../../src/services/badRowLog.js";
import { maxInWindow, startFakeConnector, type FakeConnector } from "../fakes/fakeConnector.js";
import { HttpSender } from "../fakes/httpSender.js";
import {
  channelTarget,
  DUE,
  fixedClock,
  meeting,
  reminderTables,
  runner,
  virtualTime,
  type RequestCounts,
} from "./harness.js";

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

async function setup(targetNames: string[], counts?: RequestCounts) {
  const targets = targetNames.map((n) => channelTarget(n, connector.url));
  const repos = await reminderTables(targets, counts);
  cleanups.push(repos.cleanup);
  return { targets, repos };
}

const rowsOf = async (repos: Awaited<ReturnType<typeof setup>>["repos"]) =>
  (await repos.ledger.list()).map((r) => r.value);
/** "conversation|text" of every activity the connector accepted. */
const deliveredPairs = () => connector.recorded().map((r) => `${r.conversationId}|${String(r.activity.text)}`);

describe("one leader, exactly once", () => {
  it("(a) two instances ticking concurrently: one leads and delivers each reminder once, the other stands by", async () => {
    const { targets, repos } = await setup(["a", "b", "c"]);
    const events = Array.from({ length: 8 }, (_, i) => meeting(`m${i}`));
    const clock = fixedClock(DUE, 30_000);
    const one = runner(repos, events, new HttpSender(), { clock, instanceId: "i1" });
    const two = runner(repos, events, new HttpSender(), { clock, instanceId: "i2" });

    const reports = await Promise.all([one.tick(), two.tick(), one.tick(), two.tick()]);

    expect(new Set(reports.filter((r) => r.leader).length === 2 ? ["ok"] : ["not two passes of one leader"])).toEqual(
      new Set(["ok"]),
    );
    const pairs = deliveredPairs();
    expect(pairs).toHaveLength(24);
    expect(new Set(pairs).size).toBe(24);
    expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(24);
    const rows = await rowsOf(repos);
    expect(rows).toHaveLength(24);
    expect(rows.filter((r) => !(r.status === "sent" && r.attempts === 1 && r.sentAt && r.epoch === 1))).toEqual([]);
    expect(new Set(rows.map((r) => r.targetId))).toEqual(new Set(targets.map((t) => t.id)));
    expect((await one.tick()).sent + (await two.tick()).sent).toBe(0);
    expect(connector.recorded()).toHaveLength(24);
  });

  it("two storage writes per post (insert 'posting', replace with 'sent') and one lease read before each", async () => {
    const counts: RequestCounts = {};
    const { repos } = await setup(["w1", "w2"], counts);
    const events = Array.from({ length: 10 }, (_, i) => meeting(`w${i}`));
    const report = await runner(repos, events, new HttpSender(), {
      clock: fixedClock(DUE, 1_000),
      instanceId: "i",
    }).tick();

    expect(report.sent).toBe(20);
    const writes = (counts.createEntity ?? 0) + (counts.updateEntity ?? 0) + (counts.upsertEntity ?? 0);
    // 2 per post, plus taking the lease once.
    expect(writes).toBe(2 * 20 + 1);
    expect(counts.getEntity).toBe(20 + 1);
  });

  it("(b) a leader that died after writing 'posting' is succeeded after its lease; the reminder is posted once", async () => {
    const { repos } = await setup(["dead"]);
    const events = [meeting("m1")];
    // The dead leader got as far as the row: its sender never answers, and it never ticks again.
    void runner(
      repos,
      events,
      { send: () => new Promise<void>(() => {}) },
      { clock: fixedClock(DUE, 1_000), instanceId: "dead" },
    ).tick();
    await waitFor(async () => (await rowsOf(repos)).some((r) => r.status === "posting"));

    const during = await runner(repos, events, new HttpSender(), {
      clock: fixedClock(DUE, 30_000),
      instanceId: "i2",
    }).tick();
    expect(during).toMatchObject({ leader: false, sent: 0 });

    const after = fixedClock(DUE, 62_000);
    const [x, y] = await Promise.all([
      runner(repos, events, new HttpSender(), { clock: after, instanceId: "i2" }).tick(),
      runner(repos, events, new HttpSender(), { clock: after, instanceId: "i3" }).tick(),
    ]);
    expect(x.sent + y.sent).toBe(1);
    expect(connector.recorded()).toHaveLength(1);
    const [row] = await rowsOf(repos);
    expect(row).toMatchObject({ status: "sent", attempts: 2, epoch: 2 });
    expect(["i2", "i3"]).toContain(row.by);
  });

  it("a leader that lost the lease while it waited out a Retry-After does not post (the fence)", async () => {
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
    // While the first leader sleeps, its lease lapses (virtual clock) and another instance leads and posts.
    const sleep = async (ms: number) => {
      await time.sleep(ms + 60_000);
      await runner(repos, events, new HttpSender(), { clock: time.clock, instanceId: "rescuer" }).tick();
    };
    const slow = runner(repos, events, sender, {
      clock: time.clock,
      instanceId: "slow",
      timing: { now: time.now, sleep },
    });
    const report = await slow.tick();

    expect(calls).toBe(1);
    expect(report.sent).toBe(0);
    expect(connector.recorded()).toHaveLength(1);
    expect((await rowsOf(repos))[0]).toMatchObject({ status: "sent", by: "rescuer", epoch: 2 });
    expect(slow.leadership.epoch).toBeUndefined();
  });
});

describe("a leader that lost the lease between its claim and its post", () => {
  it("does not post, and posts the row it had claimed once it leads again", async () => {
    const { repos } = await setup(["again"]);
    const time = virtualTime();
    const other = new Leadership({ repo: repos.lease, clock: time.clock, instanceId: "other", leaseMs: 60_000 });
    let taken = false;
    const ledger = {
      ...repos.ledger,
      get: (g: string, id: string) => repos.ledger.get(g, id),
      list: (g?: string) => repos.ledger.list(g),
      update: (row: LedgerEntry, etag: string) => repos.ledger.update(row, etag),
      // Right after the claim the leader stalls past its lease, and another instance takes the lease.
      create: async (row: LedgerEntry) => {
        const created = await repos.ledger.create(row);
        if (!taken) {
          taken = true;
          await time.sleep(61_000);
          expect(await other.hold()).toBe(true);
        }
        return created;
      },
    };
    const a = runner(repos, [meeting("m1")], new HttpSender(), { clock: time.clock, instanceId: "a", ledger });
    expect(await a.tick()).toMatchObject({ leader: true, sent: 0 });
    expect(connector.postCount()).toBe(0);
    expect((await rowsOf(repos))[0]).toMatchObject({ status: "posting", by: "a", epoch: 1 });

    await time.sleep(61_000); // the other instance never got to post; its lease lapses too
    expect(await a.tick()).toMatchObject({ leader: true, sent: 1 });
    expect(connector.recorded()).toHaveLength(1);
    expect((await rowsOf(repos))[0]).toMatchObject({ status: "sent", by: "a", epoch: 3, attempts: 2 });
  });
});

describe("Teams' limits in the one sender", () => {
  it("(c) 100 due reminders into one channel: within every Teams window, none lost", async () => {
    const { repos } = await setup(["busy"]);
    const events = Array.from({ length: 100 }, (_, i) => meeting(`b${String(i).padStart(3, "0")}`));
    const time = virtualTime();
    const stamps: number[] = [];
    const http = new HttpSender();
    const sender = {
      send: async (t: Parameters<HttpSender["send"]>[0], card: object, text: string) => {
        stamps.push(time.now());
        return http.send(t, card, text);
      },
    };
    const r = runner(repos, events, sender, {
      clock: time.clock,
      instanceId: "burst",
      timing: { now: time.now, sleep: time.sleep },
    });
    let sent = 0;
    // A pass every minute (the production tick): the budget puts off what does not fit.
    for (let tick = 0; tick < 20 && sent < 100; tick++, await time.sleep(60_000)) sent += (await r.tick()).sent;

    expect(sent).toBe(100);
    expect(new Set(deliveredPairs()).size).toBe(100);
    // Stamps are virtual time, so these are rate limits, not durations of the run.
    expect(maxInWindow(stamps, 1_000)).toBeLessThanOrEqual(7);
    expect(maxInWindow(stamps, 2_000)).toBeLessThanOrEqual(8);
    expect(maxInWindow(stamps, 30_000)).toBeLessThanOrEqual(60);
    expect(Math.max(...stamps) - Math.min(...stamps)).toBeGreaterThanOrEqual(90_000);
  });
});

describe("connector errors", () => {
  it("(d) 429 with a short Retry-After is waited out inline, then succeeds", async () => {
    const { repos } = await setup(["slow"]);
    connector.failNext(2, 429, { retryAfterSeconds: 3 });
    const time = virtualTime();
    const report = await runner(repos, [meeting("m1")], new HttpSender(), {
      clock: fixedClock(DUE, 1_000),
      instanceId: "i",
      timing: { now: time.now, sleep: time.sleep },
    }).tick();

    expect(report.sent).toBe(1);
    expect(time.sleeps).toEqual([3_000, 3_000]);
    expect(connector.postCount()).toBe(3);
    expect(connector.recorded()).toHaveLength(1);
    expect((await rowsOf(repos))[0]).toMatchObject({ status: "sent", posts: 3, attempts: 1 });
  });

  it("(d) 429 with Retry-After 150 s puts the post back with a not-before time; the rest are not stalled", async () => {
    const { targets, repos } = await setup(["throttled", "other"]);
    const [throttled, other] = targets;
    connector.failNext(1, 429, { retryAfterSeconds: 150, conversationId: throttled.conversationId });
    const events = [meeting("m1"), meeting("m2")];
    const run = (offset: number, instanceId: string) =>
      runner(repos, events, new HttpSender(), { clock: fixedClock(DUE, offset), instanceId }).tick();

    const first = await run(1_000, "i1");
    expect(first).toMatchObject({ sent: 2, released: 1 });
    expect(connector.recorded().map((r) => r.conversationId)).toEqual([other.conversationId, other.conversationId]);
    const released = (await rowsOf(repos)).filter((r) => r.targetId === throttled.id);
    expect(released.map((r) => r.status)).toEqual(["pending"]);
    expect(released[0]).toMatchObject({ attempts: 0, notBefore: new Date(DUE.getTime() + 151_000).toISOString() });

    // Before the not-before time nobody posts there, not even a new leader.
    expect(await run(100_000, "i2")).toMatchObject({ leader: true, sent: 0 });
    expect(connector.postCount()).toBe(3);
    expect((await run(152_000, "i2")).sent).toBe(2);
    expect(new Set(deliveredPairs()).size).toBe(4);
    expect(connector.recorded()).toHaveLength(4);
  });

  it("(d) 403 marks the target blocked and stops posting to it; others still get theirs", async () => {
    const { targets, repos } = await setup(["blocked", "fine"]);
    const [blocked, fine] = targets;
    connector.failConversation(blocked.conversationId, 403);
    const events = [meeting("m1"), meeting("m2"), meeting("m3")];
    const run = (offset: number) =>
      runner(repos, events, new HttpSender(), { clock: fixedClock(DUE, offset), instanceId: "i" }).tick();

    expect(await run(1_000)).toMatchObject({ sent: 3, failed: 1 });
    expect(connector.postCount()).toBe(4);
    expect(new Set(connector.recorded().map((r) => r.conversationId))).toEqual(new Set([fine.conversationId]));
    expect(await repos.targets.get(blocked.id)).toMatchObject({ status: "blocked", removedAt: expect.any(String) });
    await run(120_000);
    expect(connector.postCount()).toBe(4);
  });

  it("a 500 leaves the reminder failed, and a pass after its not-before time delivers it", async () => {
    const { repos } = await setup(["flaky"]);
    connector.failNext(1, 500);
    const run = (offset: number) =>
      runner(repos, [meeting("m1")], new HttpSender(), { clock: fixedClock(DUE, offset), instanceId: "i" }).tick();
    expect(await run(1_000)).toMatchObject({ failed: 1, sent: 0 });
    expect((await rowsOf(repos))[0]).toMatchObject({
      status: "failed",
      attempts: 1,
      lastError: "connector answered 500",
      notBefore: new Date(DUE.getTime() + 61_000).toISOString(),
    });
    expect(await run(30_000)).toMatchObject({ sent: 0 });
    expect(await run(61_000)).toMatchObject({ sent: 1 });
    expect((await rowsOf(repos))[0]).toMatchObject({ status: "sent", attempts: 2 });
  });
});

describe("late reminders", () => {
  it("(e) a reminder found more than 6 h late is recorded missed, once, and not sent", async () => {
    const { targets, repos } = await setup(["late"]);
    const at = (offset: number, instanceId: string) =>
      runner(repos, [meeting("m1")], new HttpSender(), { clock: fixedClock(DUE, offset), instanceId }).tick();
    expect(await at(7 * 3_600_000, "i")).toMatchObject({ missed: 1, sent: 0 });
    expect(connector.postCount()).toBe(0);
    const id = reminderDeliveryId("m1", "2026-12-10T13:00", "D-1@09:00", targets[0].id);
    expect((await repos.ledger.get("m1", id))!.value.status).toBe("missed");
    expect((await at(7 * 3_600_000 + 120_000, "j")).missed).toBe(0);
  });

  it("5 h late is still sent", async () => {
    const { repos } = await setup(["bitlate"]);
    const report = await runner(repos, [meeting("m1")], new HttpSender(), {
      clock: fixedClock(DUE, 5 * 3_600_000),
      instanceId: "i",
    }).tick();
    expect(report).toMatchObject({ sent: 1, missed: 0 });
  });
});

describe("a bad stored row costs only itself", () => {
  it("an event that cannot be expanded, a card that cannot be built and a ledger row of an unknown kind are skipped, reported once each and listed; the rest is sent", async () => {
    const lines: { msg: string; table?: string; id?: string }[] = [];
    const badRows = createBadRowLog({
      log: createLogger("warn", (line) => lines.push(JSON.parse(line))),
      clock: fixedClock(DUE),
    });
    const targets = [channelTarget("isolated", connector.url)];
    const repos = await reminderTables(targets, undefined, badRows);
    cleanups.push(repos.cleanup);
    const broken = { ...meeting("broken"), recurrence: { rrule: "FREQ=NONSENSE" } } as never;
    await repos.ledger.create({
      kind: "fax" as never,
      group: "x",
      id: "y",
      targetId: "t",
      dueAt: DUE.toISOString(),
      status: "pending",
      attempts: 0,
    });
    const card = reminderCardRenderer({ publicBaseUrl: "https://alrek.example", linkKey: "k".repeat(32) });
    const instance = runner(repos, [broken, meeting("unrenderable"), meeting("fine")], new HttpSender(), {
      clock: fixedClock(DUE, 1_000),
      instanceId: "i",
      badRows,
      renderCard: (occurrence, lang, extras) => {
        if (occurrence.eventId === "unrenderable") throw new RangeError("Invalid time value");
        return card(occurrence, lang, extras);
      },
    });
    const report = await instance.tick();
    expect(report.sent).toBe(1);
    expect(connector.recorded()).toHaveLength(1);
    expect((await instance.tick()).sent).toBe(0);
    expect(badRows.list()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ table: "events", id: "broken" }),
        expect.objectContaining({ table: "events", id: "unrenderable", reason: "RangeError: Invalid time value" }),
        expect.objectContaining({ table: "ReminderDeliveries", id: "y", reason: expect.stringMatching(/^kind: /) }),
      ]),
    );
    const logged = lines.filter((l) => l.msg === "bad row skipped").map((l) => `${l.table}/${l.id}`);
    expect(logged.sort()).toEqual(["ReminderDeliveries/y", "events/broken", "events/unrenderable"]);
  });
});

describe("a write storage refuses for good", () => {
  it("is not retried: the item is reported once and the other conversations' reminders go out", async () => {
    const badRows = createBadRowLog({ log: silentLogger, clock: fixedClock(DUE) });
    const { targets, repos } = await setup(["refused", "accepted"]);
    let refusedWrites = 0;
    const ledger = Object.create(repos.ledger) as typeof repos.ledger;
    ledger.create = async (entry) => {
      if (entry.targetId !== targets[0].id) return repos.ledger.create(entry);
      refusedWrites++;
      throw new ValidationError([{ field: "id", message: "longer than 512 characters" }]);
    };
    const report = await runner({ ...repos, ledger }, [meeting("refusal")], new HttpSender(), {
      clock: fixedClock(DUE, 1_000),
      instanceId: "i",
      badRows,
    }).tick();
    expect(refusedWrites).toBe(1);
    expect(report.sent).toBe(1);
    expect(connector.recorded().map((r) => r.conversationId)).toEqual([targets[1].conversationId]);
    expect(badRows.list()).toEqual([
      expect.objectContaining({ table: "events", id: "refusal", reason: expect.stringMatching(/longer than 512/) }),
    ]);
  });
});

/** Polls until `check` holds; a hung test is ended by vitest's test timeout, not by a deadline here. */
async function waitFor(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((r) => setTimeout(r, 10));
}
