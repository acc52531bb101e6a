import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/logger.js";
import { findFreePort, startEmbeddedAzurite, type EmbeddedAzurite } from "../../src/storage/azuriteProcess.js";
import { createTableClientFactory } from "../../src/storage/tableClients.js";

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("startEmbeddedAzurite", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "alrek-azurite-test-"));
  const started: EmbeddedAzurite[] = [];
  afterAll(async () => {
    await Promise.all(started.map((a) => a.stop()));
    rmSync(dataDir, { recursive: true, force: true });
  });
  const start = async (port?: number) => {
    const t0 = performance.now();
    const azurite = await startEmbeddedAzurite({ dataDir, port, log: silentLogger });
    console.info(`[measure] Azurite start: ${(performance.now() - t0).toFixed(0)} ms`);
    started.push(azurite);
    return azurite;
  };

  it("starts on a free port, serves tables, stops (pid gone) and keeps data on disk across a restart", async () => {
    const first = await start();
    expect(first.connectionString).toContain(`TableEndpoint=http://127.0.0.1:${first.port}/devstoreaccount1`);
    expect(alive(first.pid)).toBe(true);
    const factory = createTableClientFactory({ connectionString: first.connectionString }, { tablePrefix: "persist" });
    await factory.ensureTables(["rows"]);
    await factory.client("rows").createEntity({ partitionKey: "p", rowKey: "r", text: "bevart på disk – æøå" });

    await first.stop();
    await first.stop();
    expect(alive(first.pid)).toBe(false);
    expect(await factory.ping()).toBe(false);

    const second = await start(first.port);
    const again = createTableClientFactory({ connectionString: second.connectionString }, { tablePrefix: "persist" });
    expect((await again.client("rows").getEntity("p", "r")).text).toBe("bevart på disk – æøå");
    await second.stop();
    expect(alive(second.pid)).toBe(false);
  });

  it("fails with Azurite's own output when the port is taken", async () => {
    const holder = await start();
    const error = await startEmbeddedAzurite({
      dataDir: mkdtempSync(join(tmpdir(), "alrek-azurite-busy-")),
      port: holder.port,
      log: silentLogger,
    }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/Azurite .*port/);
    expect((error as Error).message).toMatch(/EADDRINUSE|in use/i);
  });

  it("gives a free port that can be bound", async () => {
    expect(await findFreePort()).toBeGreaterThan(0);
  });
});
