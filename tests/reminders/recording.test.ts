/** Recording a post through storage trouble: failed writes, writes whose answer was lost, and a held "sent" write. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { LedgerEntry, LedgerRepository } from "../../src/domain/ledger.js";
import { startFakeConnector, type FakeConnector } from "../fakes/fakeConnector.js";
import { HttpSender } from "../fakes/httpSender.js";
import { channelTarget, DUE, fixedClock, meeting, reminderTables, runner, virtualTime } from "./harness.js";

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

async function setup(name: string) {
  const repos = await reminderTables([channelTarget(name, connector.url)]);
  cleanups.push(repos.cleanup);
  return repos;
}

/** What a ledger write does: go through, fail before reaching storage, or reach storage and then fail. */
type Fault = "ok" | "before" | "after";
const outage = () => Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:10002"), { code: "ECONNREFUSED" });

/** The real ledger, with creates and updates that fail as `plan` says (a network error, as during an outage). */
function flaky(
  repo: LedgerRepository,
  plan: (row: LedgerEntry, write: "create" | "update") => Fault,
): LedgerRepository {
  const faulty =
    <A extends unknown[], R>(write: "create" | "update", call: (row: LedgerEntry, ...rest: A) => Promise<R>) =>
    async (row: LedgerEntry, ...rest: A): Promise<R> => {
      const fault = plan(row, write);
      if (fault === "before") throw outage();
      const result = await call(row, ...rest);
      if (fault === "after") throw outage();
      return result;
    };
  return {
    create: faulty("create", (row) => repo.create(row)),
    update: faulty("update", (row, etag: string) => repo.update(row, etag)),
    get: (group, id) => repo.get(group, id),
    list: (group) => repo.list(group),
  };
}

describe("recording a post through storage trouble", () => {
  it.each<[string, (row: LedgerEntry, write: "create" | "update", n: { tries: number }) => Fault]>([
    [
      "the 'sent' write fails 12 times (an outage of ~20 s)",
      (row, _w, n) => (row.status === "sent" && ++n.tries <= 12 ? "before" : "ok"),
    ],
    [
      "the 'sent' write lands but its answer is lost",
      (row, _w, n) => (row.status === "sent" && ++n.tries === 1 ? "after" : "ok"),
    ],
    [
      "the 'posting' insert lands but its answer is lost",
      (row, w, n) => (w === "create" && ++n.tries === 1 ? "after" : "ok"),
    ],
    ["every write fails once before it goes through", (_row, _w, n) => (++n.tries % 2 === 1 ? "before" : "ok")],
  ])("%s: posted once, recorded sent", async (_name, fault) => {
    const repos = await setup("blip");
    const counter = { tries: 0 };
    const report = await runner(repos, [meeting("m1")], new HttpSender(), {
      clock: fixedClock(DUE, 1_000),
      instanceId: "i",
      ledger: flaky(repos.ledger, (row, write) => fault(row, write, counter)),
    }).tick();

    expect(report).toMatchObject({ sent: 1, skipped: 0 });
    expect(connector.recorded()).toHaveLength(1);
    const [{ value: row }] = await repos.ledger.list();
    expect(row).toMatchObject({ status: "sent", attempts: 1, by: "i" });
  });

  it("storage down for longer than the claim's patience: nothing is posted, and the next leader posts once", async () => {
    const repos = await setup("down");
    const first = await runner(repos, [meeting("m1")], new HttpSender(), {
      clock: fixedClock(DUE, 1_000),
      instanceId: "unlucky",
      ledger: flaky(repos.ledger, () => "before"),
    }).tick();
    expect(first.sent).toBe(0);
    expect(connector.postCount()).toBe(0);

    const later = await runner(repos, [meeting("m1")], new HttpSender(), {
      clock: fixedClock(DUE, 62_000),
      instanceId: "next",
    }).tick();
    expect(later.sent).toBe(1);
    expect(connector.recorded()).toHaveLength(1);
  });
});

describe("an outcome storage would not take within its patience", () => {
  it("a 'sent' is written at the next pass, and the reminder is not posted again", async () => {
    const repos = await setup("sent-later");
    let refuse = true;
    const r = runner(repos, [meeting("m1")], new HttpSender(), {
      clock: fixedClock(DUE, 1_000),
      instanceId: "i",
      markPatienceMs: 5_000,
      ledger: flaky(repos.ledger, (row) => (refuse && row.status === "sent" ? "before" : "ok")),
    });
    expect((await r.tick()).sent).toBe(1);
    expect(r.runner.unrecordedPosts()).toBe(1);
    expect((await repos.ledger.list())[0].value.status).toBe("posting");
    refuse = false;
    expect((await r.tick()).sent).toBe(0);
    expect(r.runner.unrecordedPosts()).toBe(0);
    expect((await repos.ledger.list())[0].value).toMatchObject({ status: "sent", attempts: 1 });
    expect(connector.recorded()).toHaveLength(1);
  });

  it("a failure is tried again at the next pass (found when storage went away mid-post in the full chaos run)", async () => {
    const repos = await setup("failed-later");
    connector.failNext(1, 500);
    let refuse = true;
    const r = runner(repos, [meeting("m1")], new HttpSender(), {
      clock: fixedClock(DUE, 1_000),
      instanceId: "i",
      ledger: flaky(repos.ledger, (row) => (refuse && row.status === "failed" ? "before" : "ok")),
    });
    expect((await r.tick()).failed).toBe(1);
    refuse = false;
    expect((await r.tick()).sent).toBe(1);
    expect((await repos.ledger.list())[0].value).toMatchObject({ status: "sent", attempts: 2 });
  });
});

/**
 * The duplicate of the fault runs (README "A duplicate we found and fixed"): lease renewals
 * queued behind a slow "sent" write turned the row back into a live claim, the lease lapsed, and
 * another instance posted again. The lease is now its own row: renewals never write the ledger.
 */
describe("lease renewals while the 'sent' write is held (a storage outage while recording)", () => {
  it("never touch the ledger row, and the next leader finds it sent and posts nothing", async () => {
    const repos = await setup("held-sent");
    const time = virtualTime();
    const written: LedgerEntry["status"][] = [];
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const held: LedgerRepository = {
      ...flaky(repos.ledger, () => "ok"),
      create: (row) => (written.push(row.status), repos.ledger.create(row)),
      update: async (row, etag) => {
        written.push(row.status);
        if (row.status === "sent") await gate;
        return repos.ledger.update(row, etag);
      },
    };
    const leader = runner(repos, [meeting("m1")], new HttpSender(), {
      clock: time.clock,
      instanceId: "leader",
      ledger: held,
    });
    const pass = leader.tick();
    while (!written.includes("sent")) await new Promise((resolve) => setImmediate(resolve));
    // The leader renews its lease every sixth of it while the write is held (40 s of a 60 s lease).
    for (let i = 0; i < 4; i++) {
      await time.sleep(10_000);
      expect(await leader.leadership.hold()).toBe(true);
    }
    open();
    expect((await pass).sent).toBe(1);
    expect(written).toEqual(["posting", "sent"]);

    // The leader is gone; after its lease another instance leads and finds the row sent.
    await time.sleep(61_000);
    const next = await runner(repos, [meeting("m1")], new HttpSender(), {
      clock: time.clock,
      instanceId: "next",
    }).tick();
    expect(next).toMatchObject({ leader: true, sent: 0 });
    expect(connector.recorded()).toHaveLength(1);
    expect((await repos.ledger.list())[0].value).toMatchObject({ status: "sent", by: "leader" });
  });
});
