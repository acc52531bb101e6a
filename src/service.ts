import type { Server } from "restify";
import { DefaultAzureCredential } from "@azure/identity";
import type { Config } from "./config/config.js";
import type { Logger } from "./logger.js";
import type { Clock } from "./domain/clock.js";
import { startEmbeddedAzurite } from "./storage/azuriteProcess.js";
import { createTableClientFactory } from "./storage/tableClients.js";
import { createRepositories } from "./storage/index.js";
import { seedIfNeeded } from "./storage/seeder.js";
import { seedData } from "./seed/index.js";
import { createKnowledgeSource } from "./services/knowledgeSource.js";
import { createAdapter } from "./bot/adapter.js";
import { createBotApplication } from "./bot/application.js";
import { createHttpServer } from "./server/createServer.js";
import { registerHealth } from "./server/health.js";
import { registerBotRoute } from "./server/botRoute.js";
import { registerApi } from "./api/index.js";
import { registerTab } from "./server/tabRoute.js";

/** A running service; `stop` closes the HTTP server, the scheduler and an embedded Azurite. */
export interface RunningService {
  url: string;
  port: number;
  server: Server;
  stop(): Promise<void>;
}

/** Test seams: everything else comes from the validated configuration. */
export interface ServiceOptions {
  log: Logger;
  clock?: Clock;
  /** Table name prefix, so tests can share one Azurite. */
  tablePrefix?: string;
  host?: string;
  tabDir?: string;
}

/** Builds and wires everything from one validated configuration, then listens. */
export async function startService(config: Config, options: ServiceOptions): Promise<RunningService> {
  const { log } = options;
  const clock = options.clock ?? (() => new Date());
  const cleanups: (() => Promise<void>)[] = [];
  try {
    const connection = await openStorage(config, log, cleanups);
    const tables = createTableClientFactory(connection, { tablePrefix: options.tablePrefix });
    const repos = createRepositories(tables);
    await repos.ensureTables();
    const seeded = await seedIfNeeded(repos, seedData, log);
    log.info("seed checked", { ...seeded });

    const knowledge = createKnowledgeSource(repos, clock);
    const adapter = createAdapter(config.bot, log);
    const bot = createBotApplication({
      adapter,
      botAppId: config.bot.mode === "authenticated" ? config.bot.appId : undefined,
      log,
      knowledge,
      allowedTenantIds: config.allowedTenantIds,
    });

    const server = createHttpServer(log);
    registerHealth(server, () => tables.ping());
    registerBotRoute(server, adapter, bot);
    registerApi(server, { config, repos, knowledge, clock, log });
    registerTab(server, options.tabDir);

    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(config.port, options.host ?? "127.0.0.1", () => resolve());
    });
    const port = (server.address() as { port: number }).port;
    log.info("listening", { url: `http://${options.host ?? "127.0.0.1"}:${port}`, bot: config.bot.mode, api: config.api.mode, storage: config.storage.kind });
    let stopping: Promise<void> | undefined;
    return {
      url: `http://127.0.0.1:${port}`,
      port,
      server,
      stop: () => (stopping ??= (async () => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await runCleanups(cleanups);
      })()),
    };
  } catch (error) {
    await runCleanups(cleanups);
    throw error;
  }
}

async function openStorage(config: Config, log: Logger, cleanups: (() => Promise<void>)[]) {
  const storage = config.storage;
  if (storage.kind === "connectionString") return { connectionString: storage.connectionString };
  if (storage.kind === "accountUrl") {
    const credential = new DefaultAzureCredential({ managedIdentityClientId: storage.managedIdentityClientId });
    return { accountUrl: storage.accountUrl, credential };
  }
  const azurite = await startEmbeddedAzurite({ dataDir: storage.dataDir, log });
  cleanups.push(() => azurite.stop());
  log.warn("local storage: embedded Azurite started", { pid: azurite.pid, port: azurite.port, dataDir: storage.dataDir });
  return { connectionString: azurite.connectionString };
}

async function runCleanups(cleanups: (() => Promise<void>)[]): Promise<void> {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
}
