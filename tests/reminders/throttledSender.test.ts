import { describe, expect, it, vi } from "vitest";
import type { ConversationTarget } from "../../src/domain/conversations.js";
import { DeliveryError, parseRetryAfter, type ReminderSender } from "../../src/reminders/sender.js";
import { ThrottledSender, type ThrottledSenderOptions } from "../../src/reminders/throttledSender.js";

const target = (conversationId: string) => ({ conversationId, serviceUrl: "http://connector" }) as ConversationTarget;

/** Virtual time: sleeping advances the clock instantly. */
function virtualTime() {
  let now = 0;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => { sleeps.push(ms); now += ms; },
    sleeps,
  };
}

function recordingInner(time: { now(): number }, fail: (call: number) => DeliveryError | undefined = () => undefined) {
  const posts: { at: number; conversationId: string }[] = [];
  let calls = 0;
  const inner: ReminderSender = {
    send: async (t) => {
      const error = fail(++calls);
      if (error) throw error;
      posts.push({ at: time.now(), conversationId: t.conversationId });
    },
  };
  return { inner, posts, calls: () => calls };
}

const sender = (opts: ThrottledSenderOptions, time: ReturnType<typeof virtualTime>) =>
  new ThrottledSender({ now: time.now, sleep: time.sleep, random: () => 0.5, ...opts });

describe("ThrottledSender rate limits", () => {
  it("keeps one conversation at ≤7 per second and ≤60 per 30 s, losing nothing", async () => {
    const time = virtualTime();
    const { inner, posts } = recordingInner(time);
    const s = sender({ inner }, time);
    await Promise.all(Array.from({ length: 130 }, () => s.send(target("c1"), {}, "x")));
    expect(posts).toHaveLength(130);
    const at = posts.map((p) => p.at);
    for (const t of at) {
      expect(at.filter((s2) => s2 > t - 1_000 && s2 <= t).length).toBeLessThanOrEqual(7);
      expect(at.filter((s2) => s2 > t - 2_000 && s2 <= t).length).toBeLessThanOrEqual(8);
      expect(at.filter((s2) => s2 > t - 30_000 && s2 <= t).length).toBeLessThanOrEqual(60);
    }
    // Not slower than needed: posts 121–130 open the third 30 s window at 60 s and need 2 s at 8 per 2 s.
    expect(at[120]).toBe(60_000);
    expect(at[129]).toBeLessThanOrEqual(62_000);
  });

  it("counts conversations separately", async () => {
    const time = virtualTime();
    const { inner, posts } = recordingInner(time);
    const s = sender({ inner }, time);
    await Promise.all([...Array.from({ length: 7 }, () => s.send(target("a"), {}, "x")), ...Array.from({ length: 7 }, () => s.send(target("b"), {}, "x"))]);
    expect(posts.map((p) => p.at)).toEqual(Array(14).fill(0));
  });
});

describe("ThrottledSender retries", () => {
  it.each([
    [429], [412], [502], [504],
  ])("retries %i with exponential backoff (±20 %% jitter) up to 3 tries", async (status) => {
    const time = virtualTime();
    const { inner, calls } = recordingInner(time, () => new DeliveryError("no", status));
    const s = sender({ inner, random: () => 1 - Number.EPSILON }, time);
    await expect(s.send(target("c"), {}, "x")).rejects.toMatchObject({ status });
    expect(calls()).toBe(3);
    expect(time.sleeps).toEqual([2_400, 4_800]);
  });

  it("applies the lower jitter bound and caps at maxDelayMs", async () => {
    const time = virtualTime();
    const { inner } = recordingInner(time, () => new DeliveryError("no", 503));
    const s = sender({ inner, random: () => 0, maxTries: 6, maxDelayMs: 10_000 }, time);
    await expect(s.send(target("c"), {}, "x")).rejects.toBeInstanceOf(DeliveryError);
    expect(time.sleeps).toEqual([1_600, 3_200, 6_400, 8_000, 8_000]);
  });

  it("honours Retry-After and then succeeds", async () => {
    const time = virtualTime();
    const { inner, posts } = recordingInner(time, (n) => (n === 1 ? new DeliveryError("slow down", 429, 7_000) : undefined));
    await sender({ inner }, time).send(target("c"), {}, "x");
    expect(time.sleeps).toEqual([7_000]);
    expect(posts).toEqual([{ at: 7_000, conversationId: "c" }]);
  });

  it("does not retry other errors", async () => {
    const time = virtualTime();
    const { inner, calls } = recordingInner(time, () => new DeliveryError("bad", 400));
    await expect(sender({ inner }, time).send(target("c"), {}, "x")).rejects.toMatchObject({ status: 400 });
    expect(calls()).toBe(1);
  });

  it.each([
    [403, "blocked"],
    [404, "removed"],
  ])("%i marks the conversation %s and stops trying it", async (status, expected) => {
    const time = virtualTime();
    const { inner, calls } = recordingInner(time, () => new DeliveryError("gone", status));
    const onTargetGone = vi.fn();
    const s = sender({ inner, onTargetGone }, time);
    await expect(s.send(target("c"), {}, "x")).rejects.toMatchObject({ status, targetGone: true });
    await expect(s.send(target("c"), {}, "y")).rejects.toMatchObject({ status });
    expect(calls()).toBe(1);
    expect(onTargetGone).toHaveBeenCalledTimes(1);
    expect(onTargetGone.mock.calls[0][1]).toBe(expected);
    expect(s.isGone(target("c"))).toBe(true);
    expect(s.isGone(target("other"))).toBe(false);
  });
});

describe("parseRetryAfter", () => {
  it.each([
    ["3", 3_000],
    ["0", 0],
    ["Wed, 09 Dec 2026 08:00:10 GMT", 10_000],
    ["soon", undefined],
    [null, undefined],
  ])("%j → %j ms", (header, expected) => {
    expect(parseRetryAfter(header, new Date("2026-12-09T08:00:00Z"))).toBe(expected);
  });
});
