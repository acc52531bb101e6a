/** Shared send slots on a real Azurite table: the limits hold across instances (SendSlots objects). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_SLOTS, CONVERSATION_SLOTS, SendSlots, type SlotLayer } from "../../src/reminders/sendSlots.js";
import {
  REMINDER_TABLE_NAMES,
  createReminderRepositories,
  type ReminderRepositories,
} from "../../src/storage/reminderTables/index.js";
import { testTableFactory } from "../setup/azurite.js";

let repos: ReminderRepositories;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const tables = testTableFactory();
  await tables.factory.ensureTables(REMINDER_TABLE_NAMES);
  repos = createReminderRepositories(tables.factory);
  cleanup = tables.cleanup;
});
afterAll(() => cleanup());

const HOUR = 3_600_000;
let n = 0;
/** A fresh conversation (and tenant) per test, so tests do not share buckets. */
const target = () => ({ id: `conv${++n}`, tenantId: `tenant-${n}` });

/** Grants per aligned bucket of `bucketMs`. */
function perBucket(times: number[], bucketMs: number): number[] {
  const counts = new Map<number, number>();
  for (const t of times) counts.set(Math.floor(t / bucketMs), (counts.get(Math.floor(t / bucketMs)) ?? 0) + 1);
  return [...counts.values()];
}

describe("the slot table", () => {
  it("take is insert-if-absent, increment stops at the cap, prune deletes only older hours", async () => {
    const store = repos.sendSlots;
    expect(await store.take("000000001|c|x", "c-1-0")).toBe(true);
    expect(await store.take("000000001|c|x", "c-1-0")).toBe(false);
    const counted = await Promise.all(Array.from({ length: 5 }, () => store.increment("000000001|c|x", "h", 3)));
    expect(counted.filter(Boolean)).toHaveLength(3);
    expect(await store.increment("000000001|c|x", "h", 3)).toBe(false);
    expect(await store.take("000000009|c|x", "c-1-0")).toBe(true);

    expect(await store.prune("000000005", 100)).toBe(2);
    expect(await store.take("000000001|c|x", "c-1-0")).toBe(true);
    expect(await store.take("000000009|c|x", "c-1-0")).toBe(false);
  });
});

describe("acquire", () => {
  it("the production layers never grant more than 2 per 2 s for a conversation (virtual time)", async () => {
    let now = 10 * HOUR;
    const slots = new SendSlots({
      store: repos.sendSlots,
      now: () => now,
      sleep: async (ms) => {
        now += ms;
      },
    });
    const t = target();
    const grants: number[] = [];
    for (let i = 0; i < 9; i++) {
      expect(await slots.acquire(t, 10_000)).toEqual({ ok: true, at: now });
      grants.push(now);
    }
    expect(Math.max(...perBucket(grants, CONVERSATION_SLOTS.bucketMs))).toBe(2);
    expect(grants.at(-1)! - grants[0]).toBeGreaterThanOrEqual(8_000);
  });

  it.each([
    ["one conversation, three instances", { name: "c", bucketMs: 300, perBucket: 2 }, APP_SLOTS, 1, 2],
    [
      "six conversations, three instances, app-wide limit",
      { name: "c", bucketMs: 300, perBucket: 2 },
      { name: "a", bucketMs: 150, perBucket: 3 },
      6,
      3,
    ],
  ] as const)(
    "%s: at most the bucket's count per bucket (real time)",
    async (_name, conversation: SlotLayer, app: SlotLayer, conversations, max) => {
      const tenantId = `tenant-shared-${++n}`;
      const targets = Array.from({ length: conversations }, () => ({ ...target(), tenantId }));
      const instances = Array.from({ length: 3 }, () => new SendSlots({ store: repos.sendSlots, conversation, app }));
      const grants: number[] = [];
      await Promise.all(
        instances.flatMap((slots) =>
          targets.map(async (t) => {
            for (let i = 0; i < 2; i++) {
              const grant = await slots.acquire(t, 30_000);
              if (!grant.ok) throw new Error(`no slot: ${grant.reason}`);
              grants.push(grant.at);
            }
          }),
        ),
      );
      expect(grants).toHaveLength(3 * conversations * 2);
      const bucketMs = conversations === 1 ? conversation.bucketMs : app.bucketMs;
      expect(Math.max(...perBucket(grants, bucketMs))).toBeLessThanOrEqual(max);
    },
  );

  it("says when to come back once the hour's budget is used, and when slots stay busy too long", async () => {
    let now = 20 * HOUR + 5_000;
    const slots = new SendSlots({
      store: repos.sendSlots,
      now: () => now,
      sleep: async (ms) => {
        now += ms;
      },
      hourlyCap: 3,
    });
    const t = target();
    for (let i = 0; i < 3; i++) expect((await slots.acquire(t, 10_000)).ok).toBe(true);
    expect(await slots.acquire(t, 10_000)).toEqual({ ok: false, reason: "hourly", retryAt: 21 * HOUR });

    const other = target();
    now = 30 * HOUR;
    expect((await slots.acquire(other, 0)).ok).toBe(true);
    expect((await slots.acquire(other, 0)).ok).toBe(true);
    expect(await slots.acquire(other, 500)).toEqual({ ok: false, reason: "busy", retryAt: 30 * HOUR + 2_000 });
  });
});
