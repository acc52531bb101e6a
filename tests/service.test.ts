import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../src/config/config.js";
import { createLogger, silentLogger } from "../src/logger.js";
import { startService, type RunningService } from "../src/service.js";
import {
  azuriteConnectionString,
  findFreePort,
  startEmbeddedAzurite,
  type EmbeddedAzurite,
} from "../src/storage/azuriteProcess.js";
import { StorageStartupError } from "../src/storage/startupRetry.js";

/** Start-up against storage that is not there (yet): one log line per try, a bounded wait. */
const dataDir = mkdtempSync(join(tmpdir(), "alrek-boot-"));
const stops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
  rmSync(dataDir, { recursive: true, force: true });
});

function capture() {
  const lines: string[] = [];
  const waiters: { match: (l: string) => boolean; resolve: () => void }[] = [];
  const log = createLogger("debug", (line) => {
    lines.push(line);
    for (const w of waiters) if (w.match(line)) w.resolve();
  });
  const waitFor = (match: (l: string) => boolean) =>
    lines.some(match) ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ match, resolve }));
  return { log, lines, waitFor };
}

const retryLines = (lines: string[]) => lines.filter((l) => l.includes("storage not ready"));

describe("service start-up while storage is unreachable", () => {
  it("retries with a one-line reason per try, then gives up with one line", async () => {
    const port = await findFreePort(); // nothing listens here
    const config = loadConfig(
      { PORT: "0", AZURE_STORAGE_CONNECTION_STRING: azuriteConnectionString(port) },
      { dataDir },
    );
    const { log, lines } = capture();
    const error = await startService(config, {
      log,
      reminders: false,
      storageStartupTimeoutMs: 8_000,
      storageRetryDelayMs: 200,
    }).then(
      (s) => {
        stops.push(() => s.stop());
        return undefined;
      },
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(StorageStartupError);
    const message = (error as Error).message;
    expect(message).not.toContain("\n");
    expect(message).toMatch(/Storage is not reachable .*gave up after \d+ s .*ECONNREFUSED/);
    const retries = retryLines(lines);
    expect(retries.length).toBeGreaterThanOrEqual(1);
    for (const line of retries) {
      expect(line).not.toContain("\n");
      const entry = JSON.parse(line);
      expect(entry).toMatchObject({ level: "warn", msg: "storage not ready, retrying", reason: "ECONNREFUSED" });
      expect(entry.stack).toBeUndefined();
    }
    expect(lines.join("\n")).not.toMatch(/<\?xml|\n\s+at /);
  }, 60_000);

  it("starts once storage comes up within the wait", async () => {
    const port = await findFreePort();
    const config = loadConfig(
      { PORT: "0", AZURE_STORAGE_CONNECTION_STRING: azuriteConnectionString(port) },
      { dataDir },
    );
    const { log, waitFor } = capture();
    const starting = startService(config, {
      log,
      reminders: false,
      storageStartupTimeoutMs: 60_000,
      storageRetryDelayMs: 200,
    });
    // Positive signal: the service has tried and failed at least once.
    await waitFor((l) => l.includes("storage not ready"));
    const azurite: EmbeddedAzurite = await startEmbeddedAzurite({
      dataDir: join(dataDir, "late"),
      port,
      inMemory: true,
      log: silentLogger,
    });
    stops.push(() => azurite.stop());
    const service: RunningService = await starting;
    stops.push(() => service.stop());
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${service.url}/api/periods`)).status).toBe(200);
  }, 60_000);
});
