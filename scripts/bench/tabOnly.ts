/**
 * Only the tab's figures of `npm run bench`, for quick runs while working on the tab:
 *   npm run build:tab && npx tsx scripts/bench/tabOnly.ts
 * The service runs from source (tsx) in local mode on an embedded in-memory Azurite.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmbeddedAzurite } from "../../src/storage/azuriteProcess.js";
import { silentLogger } from "../../src/logger.js";
import { freePort, startNode, stop, waitHealthy } from "./processes.js";
import { printTabBench } from "./tab.js";

async function main(): Promise<void> {
  const azurite = await startEmbeddedAzurite({
    dataDir: mkdtempSync(join(tmpdir(), "alrek-bench-az-")),
    inMemory: true,
    log: silentLogger,
  });
  const port = await freePort();
  const service = startNode("src/main.ts", [], {
    PORT: String(port),
    LOG_LEVEL: "warn",
    AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
  });
  try {
    await waitHealthy(`http://127.0.0.1:${port}/healthz`, 60_000);
    await printTabBench(`http://127.0.0.1:${port}`);
  } finally {
    await stop(service);
    await azurite.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
