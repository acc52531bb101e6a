import { inject } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig, type Config } from "../../src/config/config.js";
import type { ConfigKey } from "../../src/config/keys.js";
import { silentLogger, type Logger } from "../../src/logger.js";
import { startService, type RunningService } from "../../src/service.js";
import type { Clock } from "../../src/domain/clock.js";
import { randomTablePrefix } from "../setup/azurite.js";

/**
 * Starts the real service in this process on a free loopback port, against the Azurite that
 * the global setup started, with its own table prefix so test files do not see each other
 * (or another instance's prefix, to run two instances on the same tables).
 */
export async function startTestService(
  env: Partial<Record<ConfigKey, string>> = {},
  opts: { clock?: Clock; log?: Logger; tablePrefix?: string } = {},
): Promise<RunningService & { config: Config; tablePrefix: string }> {
  const config = loadConfig(
    { PORT: "0", AZURE_STORAGE_CONNECTION_STRING: inject("azuriteConnectionString"), ...env },
    { dataDir: mkdtempSync(join(tmpdir(), "alrek-test-")) },
  );
  const tablePrefix = opts.tablePrefix ?? randomTablePrefix();
  const service = await startService(config, { log: opts.log ?? silentLogger, clock: opts.clock, tablePrefix });
  return Object.assign(service, { config, tablePrefix });
}
