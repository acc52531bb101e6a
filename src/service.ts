import type { Server } from "restify";
import { secretsOf, type Config } from "./config/config.js";
import { hideSecrets, type Logger } from "./logger.js";
import type { Clock } from "./domain/clock.js";
import { createHttpServer } from "./server/createServer.js";
import { registerHealth } from "./server/health.js";
import { registerBotRoute } from "./server/botRoute.js";
import { registerTab } from "./server/tabRoute.js";
import { registerApi } from "./api/index.js";
import type { TickReport } from "./reminders/runner.js";
import { createReminderRuntime } from "./compose/reminders.js";
import { openRepositories, type Cleanups } from "./compose/storage.js";
import { createServices } from "./compose/services.js";
import { createBot, createBotChannel } from "./compose/bot.js";
import { scheduleFeedbackPruning } from "./compose/feedbackPruning.js";
import { scheduleContextPruning } from "./compose/contextPruning.js";

/**
 * The composition root: the one module (with its helpers in src/compose/) that builds the
 * repositories, the services, the bot, the API, the reminder runtime and the HTTP server, each
 * once, and hands every part only the settings and objects it uses.
 */
import { createBookingService } from "./services/bookingService.js";
import { createBookingNotifier } from "./bot/bookingNotifier.js";
import { createFeedbackService } from "./services/feedbackService.js";
import { createBadRowLog } from "./services/badRowLog.js";
import { bookingHandlerIds } from "./domain/editors.js";

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
  // No line this service writes carries a configured secret, whatever brought it there.
  const log = hideSecrets(options.log, secretsOf(config));
  const clock = options.clock ?? (() => new Date());
  const cleanups: Cleanups = [];
  try {
    // One list of bad rows per process: storage reports what it cannot read, views and passes what they cannot use.
    const badRows = createBadRowLog({ log, clock });
    const { tables, repos, reminderRepos, bookingRepo, changeMarker } = await openRepositories(
      config,
      options,
      log,
      cleanups,
      badRows,
    );
    // Reminder cards follow event changes: every pass compares posted cards with their events.
    const services = createServices({ ...repos, changeMarker }, clock, {}, badRows);
    const feedback = createFeedbackService({ repo: repos.feedback, clock });
    cleanups.push(scheduleFeedbackPruning(feedback.prune, log));
    cleanups.push(scheduleContextPruning(repos.conversationContext, clock, log));
    const channel = createBotChannel(config.bot, log);
    const reminders = createReminderRuntime({
      repos: reminderRepos,
      events: repos.events,
      sender: channel.sender,
      threads: channel.threads,
      knowledge: services.knowledge,
      bookings: bookingRepo,
      badRows,
      clock,
      log,
      publicBaseUrl: config.publicBaseUrl,
      calendarLinkKey: config.calendarFeedTokens[0],
      tickSeconds: config.reminderTickSeconds,
    });
    // Who handles Borgertun requests: the setting, or else the editors (one rule for bot, API and notices).
    const bookingHandlers = () => [...bookingHandlerIds(config.editorObjectIds, config.borgertunHandlerObjectIds)];
    const bookings = createBookingService({
      bookings: bookingRepo,
      events: repos.events,
      knowledge: services.knowledge,
      clock,
      log,
      notifier: createBookingNotifier({
        targets: reminderRepos.targets,
        sender: channel.sender,
        handlerObjectIds: bookingHandlers,
      }),
    });
    const bot = createBot({
      channel,
      settings: {
        api: config.api,
        editorObjectIds: config.editorObjectIds,
        allowedTenantIds: config.allowedTenantIds,
        borgertunHandlerObjectIds: config.borgertunHandlerObjectIds,
      },
      bookings,
      feedback,
      conversationContext: repos.conversationContext,
      services,
      targets: reminderRepos.targets,
      subscriptions: reminderRepos.subscriptions,
      onTargetActive: reminders.targetActive,
      clock,
      log,
      reminderFeatures: {
        ledger: reminderRepos.ledger,
        rsvp: reminderRepos.rsvp,
        renderCard: reminders.renderCard,
      },
    });

    const server = createHttpServer(log, { production: config.production });
    registerHealth(server, () => tables.ping());
    registerBotRoute(server, bot);
    registerApi(server, {
      auth: {
        api: config.api,
        editorObjectIds: config.editorObjectIds,
        borgertunHandlerObjectIds: config.borgertunHandlerObjectIds,
      },
      services,
      calendar: { feedTokens: config.calendarFeedTokens, publicBaseUrl: config.publicBaseUrl },
      deliveries: reminders.deliveries,
      bookings,
      rsvp: reminders.rsvpApi,
      deliveryOverview: reminders.overview,
      feedback: feedback.overview,
      clock,
      log,
    });
    registerTab(server, { tabDir: options.tabDir, production: config.production });

    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(config.port, options.host ?? "127.0.0.1", () => resolve());
    });
    const port = (server.address() as { port: number }).port;
    log.info("listening", {
      url: `http://${options.host ?? "127.0.0.1"}:${port}`,
      bot: config.bot.mode,
      api: config.api.mode,
      storage: config.storage.kind,
    });
    if (options.reminders !== false) reminders.start();
    log.info("reminder scheduler", {
      started: options.reminders !== false,
      instanceId: reminders.instanceId,
      tickSeconds: config.reminderTickSeconds,
    });
    let stopping: Promise<void> | undefined;
    return {
      url: `http://127.0.0.1:${port}`,
      port,
      server,
      tickReminders: () => reminders.tick(),
      stop: () =>
        (stopping ??= (async () => {
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

async function runCleanups(cleanups: Cleanups): Promise<void> {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
}
