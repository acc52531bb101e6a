import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../../src/config/config.js";
import { silentLogger } from "../../src/logger.js";
import { startService, type RunningService } from "../../src/service.js";
import { findFreePort, startEmbeddedAzurite, type EmbeddedAzurite } from "../../src/storage/azuriteProcess.js";
import { call, fixedClock } from "./apiClient.js";

/**
 * The real service on an Azurite this file owns, so that it can be stopped mid-test: while it is
 * down the API answers 503 with Retry-After, and when it is back the same service answers again.
 */
let dataDir: string;
let port: number;
let azurite: EmbeddedAzurite;
let service: RunningService;

const startAzurite = () => startEmbeddedAzurite({ dataDir, port, log: silentLogger });

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "alrek-outage-"));
  port = await findFreePort();
  azurite = await startAzurite();
  const config = loadConfig({ PORT: "0", AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString }, { dataDir });
  service = await startService(config, { log: silentLogger, clock: fixedClock, reminders: false });
});
afterAll(async () => {
  await service?.stop();
  await azurite?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const requests: [string, string, unknown][] = [
  ["GET", "/api/periods", undefined],
  ["GET", "/api/events/all", undefined],
  ["GET", "/api/periods/2024-2025/tiltak", undefined],
  ["POST", "/api/events", { kind: "meeting", title: "Skrevet mens lageret var nede", start: "2026-12-10T10:00" }],
];

describe("when storage is unreachable", () => {
  it("answers normally while storage is up", async () => {
    for (const [method, path, body] of requests)
      expect((await call(service.url, method, path, { body })).status).toBeLessThan(300);
  });

  it("answers 503 with Retry-After and no internals, and keeps serving", async () => {
    await azurite.stop();
    const answers = await Promise.all(
      requests.map(([method, path, body]) => call(service.url, method, path, { body })),
    );
    for (const res of answers) {
      expect(res.status).toBe(503);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(res.body.error.code).toBe("storage_unavailable");
      expect(res.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|RestError|devstoreaccount|AccountKey|\n\s+at /);
    }
    const health = await call(service.url, "GET", "/healthz");
    expect(health.status).toBe(503);
    expect((await call(service.url, "GET", "/api/me")).status).toBe(200);
  }, 60_000);

  it("answers again once storage is back; the write refused during the outage was not stored", async () => {
    azurite = await startAzurite();
    expect((await call(service.url, "GET", "/api/periods")).status).toBe(200);
    const all = await call(service.url, "GET", "/api/events/all");
    expect(all.status).toBe(200);
    // One from the first test; none from the 503.
    expect(all.body.events.filter((e: { title: string }) => e.title === "Skrevet mens lageret var nede")).toHaveLength(
      1,
    );
    expect((await call(service.url, "GET", "/healthz")).status).toBe(200);
  }, 60_000);
});
