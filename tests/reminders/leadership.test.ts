/** The one lease row on Azurite: who leads, the epoch, the fence, and a write whose answer was lost. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LeaseRepository } from "../../src/domain/ledger.js";
import { Leadership, NotLeaderError } from "../../src/reminders/leadership.js";
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
});
