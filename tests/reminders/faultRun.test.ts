/**
 * The short reminder fault run (the full one is `npm run chaos`): 3 instances as child
 * processes on an on-disk Azurite, 100 due reminders, a connector that enforces Teams' limits
 * and fails at random (some 429s with a Retry-After longer than the inline wait), the leader
 * killed with SIGKILL between sends (another instance leads once its lease lapsed), then Azurite
 * stopped for 7 s while the new leader is sending.
 */
import { describe, expect, it } from "vitest";
import { runChaos, type ChaosResult } from "../../scripts/chaos/harness.js";

describe("reminders under faults", () => {
  it("3 instances, kill -9, a storage outage, random 429/500 and long Retry-After: exactly once and within Teams' limits", async () => {
    const result: ChaosResult = await runChaos({
      conversations: 10,
      eventsPerConversation: 10,
      instances: 3,
      leaseMs: 20_000,
      tickMs: 1_000,
      failedRetryMs: 3_000,
      chaos: { p429: 0.06, p500: 0.04, retryAfterSeconds: (random) => (random() < 0.2 ? 10 : 1), seed: 7 },
      killAt: 0.2,
      outageAt: 0.45,
      outageMs: 7_000,
      timeoutMs: 150_000,
    });
    expect(result.killed).toBe(true);
    expect(result.outage).toBe(true);
    expect(result.answers["429 random"] ?? 0).toBeGreaterThan(0);
    expect(result.answers["500 random"] ?? 0).toBeGreaterThan(0);
    expect({ lost: result.lost, duplicated: result.duplicated }).toEqual({ lost: 0, duplicated: 0 });
    expect(result.delivered).toBe(100);
    expect(result.answers["429 limit"] ?? 0).toBe(0);
    expect(result.maxPerConversation["1s"]).toBeLessThanOrEqual(7);
    expect(result.maxPerConversation["2s"]).toBeLessThanOrEqual(8);
    expect(result.maxPerConversation["30s"]).toBeLessThanOrEqual(60);
    expect(result.maxAppPerSecond).toBeLessThanOrEqual(50);
  }, 180_000);
});
