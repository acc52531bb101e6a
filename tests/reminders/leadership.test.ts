/** The one lease row on Azurite: who leads, the epoch, the fence, and a write whose answer was lost. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LeaseRepository } from "../../src/domain/ledger.js";
import { createBadRowLog } from "../../src/services/badRowLog.js";
import { silentLogger } from "../../src/logger.js";
import { Leadership, NotLeaderError } from "../../src/reminders/leadership.js";
import {
  createReminderRepositories,
  REMINDER_TABLES,
  REMINDER_TABLE_NAMES,
} from "../../src/storage/reminderTables/index.js";
import { testTableFactory } from "../setup/azurite.js";
import { DUE, reminderTables, virtualTime } from "./harness.js";

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => Promise.all(cleanups.map((c) => c())));

async function lease(): Promise<LeaseRepository> {
  const repos = await reminderTables([]);
  cleanups.push(repos.cleanup);
  return repos.lease;
}

describe("Leadership", () => {
  let time: ReturnType<typeof virtualTime>;
  beforeAll(() => {
    time = virtualTime(DUE.getTime());
  });
  const instance = (repo: LeaseRepository, id: string) =>
    new Leadership({ repo, clock: time.clock, instanceId: id, leaseMs: 60_000 });

  it("one leads, the other stands by until the lease lapses, then takes it in a new epoch; the old leader's fence fails", async () => {
    const repo = await lease();
    const [a, b] = [instance(repo, "a"), instance(repo, "b")];
    expect(await Promise.all([a.hold(), b.hold()])).toEqual(expect.arrayContaining([true, false]));
    const [leader, follower] = a.epoch ? [a, b] : [b, a];
    expect(leader.epoch).toBe(1);
    await time.sleep(30_000);
    expect(await follower.hold()).toBe(false);
    expect(await leader.hold()).toBe(true); // renewed: lapses 60 s from now
    await time.sleep(59_000);
    expect(await follower.hold()).toBe(false);
    await time.sleep(2_000);
    expect(await follower.hold()).toBe(true);
    expect(follower.epoch).toBe(2);
    await expect(leader.fence(40_000)).rejects.toBeInstanceOf(NotLeaderError);
    expect(leader.epoch).toBeUndefined();
    await expect(follower.fence(40_000)).resolves.toBeUndefined();
  });

  it("the fence renews a lease with less than the margin left, and release lets a follower lead at once", async () => {
    const repo = await lease();
    const [a, b] = [instance(repo, "a"), instance(repo, "b")];
    expect(await a.hold()).toBe(true);
    await time.sleep(30_000);
    await a.fence(40_000);
    expect(Date.parse((await repo.read())!.value.until)).toBe(time.now() + 60_000);
    await a.release();
    expect(await b.hold()).toBe(true);
    expect(b.epoch).toBe(2);
  });

  it("a renewal that landed but whose answer was lost is recognised as ours", async () => {
    const inner = await lease();
    let loseNext = false;
    const repo: LeaseRepository = {
      read: () => inner.read(),
      create: (l) => inner.create(l),
      update: async (l, etag) => {
        const written = await inner.update(l, etag);
        if (loseNext) {
          loseNext = false;
          throw Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
        }
        return written;
      },
    };
    const a = instance(repo, "a");
    expect(await a.hold()).toBe(true);
    loseNext = true;
    await expect(a.hold()).rejects.toThrow(/socket hang up/);
    expect(await a.hold()).toBe(true);
    expect(a.epoch).toBe(1);
  });

  it.each([
    ["a row that is not a lease", { holder: 42, epoch: "seven", until: "{" }, /^holder: Expected string/],
    [
      "a lease whose time is no instant",
      { holder: "x", epoch: 3, until: "not a time" },
      /^until: not a time is not an instant/,
    ],
    ["a lease held until 9999", { holder: "x", epoch: 3, until: "9999-12-31T23:59:00.000Z" }, undefined],
  ])("%s does not stop the runners: it is taken over (and a bad row reported)", async (_name, row, reason) => {
    const tables = testTableFactory();
    cleanups.push(tables.cleanup);
    await tables.factory.ensureTables(REMINDER_TABLE_NAMES);
    const badRows = createBadRowLog({ log: silentLogger, clock: time.clock });
    const repo = createReminderRepositories(tables.factory, badRows).lease;
    await tables.factory
      .client(REMINDER_TABLES.leader)
      .upsertEntity({ partitionKey: "lease", rowKey: "reminders", ...row }, "Replace");
    await repo.read();
    expect(badRows.list()).toEqual(
      reason
        ? [expect.objectContaining({ table: "ReminderLeader", id: "reminders", reason: expect.stringMatching(reason) })]
        : [],
    );
    const a = instance(repo, "a");
    expect(await a.hold()).toBe(true);
    await expect(a.fence(40_000)).resolves.toBeUndefined();
    expect((await repo.read())?.value).toMatchObject({ holder: "a", epoch: expect.any(Number) });
    expect(badRows.list()).toEqual([]); // a lease again: the report is withdrawn
  });
});
