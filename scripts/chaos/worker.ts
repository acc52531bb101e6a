/**
 * One reminder instance for the chaos run: the real reminder runtime (leadership, ledger, the
 * one sender) and BotFrameworkSender (real CloudAdapter in local mode) against the run's Azurite
 * and fake connector. Started by harness.ts as a child process with its options as one JSON argument.
 *
 * IPC: "quiesce" stops new posts and answers "idle" once no post is in flight and every
 * accepted post is recorded, so the harness can kill -9 the leader between sends; "stop" stops it.
 */
import { createAdapter } from "../../src/bot/adapter.js";
import { BotFrameworkSender } from "../../src/bot/botFrameworkSender.js";
import { systemClock } from "../../src/domain/clock.js";
import type { ConversationTarget } from "../../src/domain/conversations.js";
import { createLogger } from "../../src/logger.js";
import { createReminderRuntime } from "../../src/compose/reminders.js";
import type { ReminderSender } from "../../src/domain/reminderSender.js";
import { createRepositories, createTableClientFactory } from "../../src/storage/index.js";
import { FAIL_FAST_STORAGE } from "../../src/storage/tableClients.js";
import { createReminderRepositories, REMINDER_TABLE_NAMES } from "../../src/storage/reminderTables/index.js";

/** What the harness passes. */
export interface WorkerOptions {
  connectionString: string;
  tablePrefix: string;
  instanceId: string;
  leaseMs: number;
  tickMs: number;
  postTimeoutMs: number;
  calendarLinkKey: string;
  /** A failed claim is tried again after this × its attempts (60 s in production). */
  failedRetryMs?: number;
}

/** Lets posts through until closed; counts the ones in flight. */
class GatedSender implements ReminderSender {
  active = 0;
  private closed = false;
  constructor(private readonly inner: ReminderSender) {}
  close(): void {
    this.closed = true;
  }
  async send(target: ConversationTarget, card: object, text: string): Promise<void> {
    if (this.closed) await new Promise<never>(() => {}); // held until the process is killed
    this.active++;
    try {
      await this.inner.send(target, card, text);
    } finally {
      this.active--;
    }
  }
}

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2] ?? "{}") as WorkerOptions;
  const log = createLogger("warn", (line) => process.stderr.write(`${options.instanceId} ${line}\n`));
  const tables = createTableClientFactory(
    { connectionString: options.connectionString },
    { tablePrefix: options.tablePrefix },
  );
  const sender = new GatedSender(
    new BotFrameworkSender(createAdapter({ mode: "local" }, log), "", { timeoutMs: options.postTimeoutMs }),
  );
  await tables.ensureTables(REMINDER_TABLE_NAMES);
  const runtime = createReminderRuntime({
    // As the service does: claims are written with fail-fast requests (src/compose/storage.ts).
    repos: createReminderRepositories(
      createTableClientFactory(
        { connectionString: options.connectionString },
        { tablePrefix: options.tablePrefix, ...FAIL_FAST_STORAGE },
      ),
    ),
    events: createRepositories(tables).events,
    sender,
    clock: systemClock,
    log,
    publicBaseUrl: "https://alrek.example",
    calendarLinkKey: options.calendarLinkKey,
    tickSeconds: options.tickMs / 1000,
    instanceId: options.instanceId,
    leaseMs: options.leaseMs,
    failedRetryMs: options.failedRetryMs,
  });
  process.on("message", (message: { type?: string }) => {
    if (message?.type === "quiesce") {
      sender.close();
      const poll = setInterval(() => {
        if (sender.active === 0 && runtime.unrecordedPosts() === 0) {
          clearInterval(poll);
          process.send?.({ type: "idle" });
        }
      }, 5);
    }
    if (message?.type === "stop") {
      void runtime.stop().finally(() => process.exit(0));
    }
  });
  runtime.start();
  process.send?.({ type: "started" });
}

main().catch((error) => {
  process.stderr.write(`worker failed: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
