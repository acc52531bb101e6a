/**
 * Entry point: the only module that reads process.env. It validates the settings once, starts
 * the service (wired in service.ts, the composition root) and stops it cleanly on SIGTERM/SIGINT.
 */
import { join } from "node:path";
import { loadConfig, ConfigError, secretsOf } from "./config/config.js";
import { CONFIG_KEYS, type ConfigKey } from "./config/keys.js";
import { createLogger, hideSecrets } from "./logger.js";
import { startService } from "./service.js";
import { StorageStartupError } from "./storage/startupRetry.js";
import { installProcessGuards } from "./processGuards.js";

import { projectRoot } from "./projectRoot.js";

const root = projectRoot();

async function main(): Promise<void> {
  const env = Object.fromEntries(CONFIG_KEYS.map((k) => [k, process.env[k]])) as Record<ConfigKey, string | undefined>;
  let config;
  try {
    config = loadConfig(env, { dataDir: join(root, ".data", "azurite") });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Alrek will not start. ${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const log = hideSecrets(createLogger(config.logLevel), secretsOf(config));
  if (config.bot.mode === "local")
    log.warn(
      "LOCAL MODE: MicrosoftAppId is not set, so /api/messages accepts anonymous requests. Never run like this in production.",
    );
  if (config.api.mode === "local")
    log.warn("LOCAL MODE: ENTRA_CLIENT_ID/ENTRA_TENANT_ID are not set, so every API caller is treated as an editor.");

  const service = await startService(config, {
    log,
    host: config.production ? "0.0.0.0" : "127.0.0.1",
    tabDir: join(root, "dist", "tab"),
  });
  // Only once serving: a failure during startup should still end the process with its reason.
  installProcessGuards(log);
  let shuttingDown = false;
  const shutdown = (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.info("shutting down", { signal });
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    service.stop().then(
      () => process.exit(0),
      (error) => {
        log.error("shutdown failed", { error: (error as Error).message });
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

main().catch((error) => {
  // Storage that never came up is an operating condition, not a bug: one line, no stack.
  const detail = error instanceof StorageStartupError ? error.message : ((error as Error).stack ?? error);
  process.stderr.write(`Alrek failed to start: ${detail}\n`);
  process.exit(1);
});
