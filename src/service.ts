import type { Server } from "restify";
import type { Config } from "./config/config.js";
import type { Logger } from "./logger.js";
import type { Clock } from "./domain/clock.js";
import { startEmbeddedAzurite } from "./storage/azuriteProcess.js";
import { createTableClientFactory } from "./storage/tableClients.js";
import { createRepositories } from "./storage/index.js";
import { seedIfNeeded } from "./storage/seeder.js";
import { retryStorageStartup } from "./storage/startupRetry.js";
import { seedData } from "./seed/index.js";
import { createKnowledgeSource } from "./services/knowledgeSource.js";
import { createAdapter } from "./bot/adapter.js";
import { createBotApplication } from "./bot/application.js";
import { createHttpServer } from "./server/createServer.js";
import { registerHealth } from "./server/health.js";
import { registerBotRoute } from "./server/botRoute.js";
import { registerApi } from "./api/index.js";
import { registerTab } from "./server/tabRoute.js";
import { createEventService } from "./services/eventService.js";
import { BotFrameworkSender } from "./bot/botFrameworkSender.js";
import { registerInstallationHandlers } from "./bot/handlers/installation.js";
import { registerSubscriptionCommands } from "./bot/handlers/subscriptions.js";
import { registerNewEventHandlers } from "./bot/handlers/newEvent.js";
import { createReminderRuntime } from "./reminders/wiring.js";
import { BotFrameworkThreads } from "./bot/botFrameworkThreads.js";
import { registerRsvpHandlers } from "./bot/handlers/rsvp.js";
import { registerPersonalControl } from "./bot/handlers/personalControl.js";
import type { TickReport } from "./reminders/scheduler.js";

/** A running service; `stop` closes the HTTP server, the scheduler and an embedded Azurite. */
export interface RunningService {
  url: string;
  port: number;
  server: Server;
  /** One reminder scheduler pass now, so tests need not wait for the timer. */
  tickReminders(): Promise<TickReport>;
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
  /** Start the reminder timer (default true); `tickReminders` works either way. */
  reminders?: boolean;
  /** How long start-up waits for storage before giving up (default 60 s). */
  storageStartupTimeoutMs?: number;
  /** First pause between storage attempts at start-up (default 1 s). */
  storageRetryDelayMs?: number;
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
    // Storage may still be starting (or a role assignment propagating): retry with a reason per try.
    const seeded = await retryStorageStartup("create tables and seed", async () => {
      await repos.ensureTables();
      return seedIfNeeded(repos, seedData, log);
    }, { log, timeoutMs: options.storageStartupTimeoutMs, firstDelayMs: options.storageRetryDelayMs });
    log.info("seed checked", { ...seeded });

    const knowledge = createKnowledgeSource(repos, clock);
    const adapter = createAdapter(config.bot, log);
    const botAppId = config.bot.mode === "authenticated" ? config.bot.appId : undefined;
    const reminders = await createReminderRuntime({
      tables,
      events: repos.events,
      sender: new BotFrameworkSender(adapter, botAppId ?? ""),
      threads: new BotFrameworkThreads(adapter, botAppId ?? ""),
      knowledge,
      clock,
      log,
      publicBaseUrl: config.publicBaseUrl,
      calendarLinkKey: config.calendarFeedTokens[0],
      tickSeconds: config.reminderTickSeconds,
    });
    const conversations = { targets: reminders.repos.targets, clock, log, onTargetActive: reminders.targetActive };
    const events = createEventService({ events: repos.events, history: repos.history, knowledge, clock, onChanged: reminders.eventChanged });
    const bot = createBotApplication({
      adapter,
      botAppId,
      log,
      knowledge,
      allowedTenantIds: config.allowedTenantIds,
      features: [
        (app) => registerInstallationHandlers(app, conversations),
        (app) => registerSubscriptionCommands(app, { ...conversations, subscriptions: reminders.repos.subscriptions, knowledge }),
        (app) => registerNewEventHandlers(app, { events, editors: config, log }),
        (app) => registerPersonalControl(app, { ...conversations, subscriptions: reminders.repos.subscriptions, onceSends: reminders.repos.onceSends }),
        (app) => registerRsvpHandlers(app, { rsvp: reminders.repos.rsvp, knowledge, clock, log, renderCard: reminders.renderCard }),
      ],
    });

    const server = createHttpServer(log, { production: config.production });
    registerHealth(server, () => tables.ping());
    registerBotRoute(server, adapter, bot);
    registerApi(server, { config, repos, knowledge, clock, log, deliveries: reminders.deliveries, onEventChanged: reminders.eventChanged, rsvp: reminders.rsvpApi, deliveryOverview: reminders.overview });
    registerTab(server, { tabDir: options.tabDir, production: config.production });

    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(config.port, options.host ?? "127.0.0.1", () => resolve());
    });
    const port = (server.address() as { port: number }).port;
    log.info("listening", { url: `http://${options.host ?? "127.0.0.1"}:${port}`, bot: config.bot.mode, api: config.api.mode, storage: config.storage.kind });
    if (options.reminders !== false) reminders.start();
    log.info("reminder scheduler", { started: options.reminders !== false, instanceId: reminders.instanceId, tickSeconds: config.reminderTickSeconds });
    let stopping: Promise<void> | undefined;
    return {
      url: `http://127.0.0.1:${port}`,
      port,
      server,
      tickReminders: () => reminders.tick(),
      stop: () => (stopping ??= (async () => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        // The scheduler stops before storage closes, so no tick is cut off mid-write.
        await reminders.stop();
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
    // Loaded only for this mode: the identity library costs memory that the other modes never use.
    const { DefaultAzureCredential } = await import("@azure/identity");
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
