/** Recording the outcome through storage trouble: failed writes, and writes whose answer was lost. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ReminderDelivery, ReminderDeliveryRepository } from "../../src/domain/conversations.js";
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

/** What a delivery-row update does: go through, fail before reaching storage, or reach storage and then fail. */
type Fault = "ok" | "before" | "after";

/** The real table, with updates that fail as `plan` says (a network error, as during an outage). */
function flaky(repo: ReminderDeliveryRepository, plan: (row: ReminderDelivery, call: number) => Fault) {
  let calls = 0;
  const outage = () => Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:10002"), { code: "ECONNREFUSED" });
  const wrapped: ReminderDeliveryRepository = {
    create: (d) => repo.create(d),
    get: (e, id) => repo.get(e, id),
    list: (e) => repo.list(e),
    async update(row, etag) {
      const fault = plan(row, ++calls);
      if (fault === "before") throw outage();
      const result = await repo.update(row, etag);
      if (fault === "after") throw outage();
      return result;
    },
  };
  return wrapped;
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
