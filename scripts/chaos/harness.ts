/**
 * The reminder fault run: N reminder instances (child processes) on one on-disk Azurite, a fake
 * Teams connector that enforces Teams' limits and fails at random, the leader killed with
 * SIGKILL between sends, and Azurite stopped and restarted on the same port mid-run. Reports
 * lost and duplicated reminders and the highest request rates the connector saw.
 * Used by `npm run chaos` (full size) and tests/reminders/faultRun.test.ts (short).
 */
import { fork, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { conversationTargetId, type ConversationTarget } from "../../src/domain/conversations.js";
import type { AlrekEvent } from "../../src/domain/events.js";
import { instantToZoned, OSLO } from "../../src/domain/time.js";
import { silentLogger } from "../../src/logger.js";
import { findFreePort, startEmbeddedAzurite, type EmbeddedAzurite } from "../../src/storage/azuriteProcess.js";
import { createRepositories, createTableClientFactory } from "../../src/storage/index.js";
import { createReminderRepositories, REMINDER_TABLE_NAMES } from "../../src/storage/reminderTables/index.js";
import {
  maxInWindow,
  maxPerConversation,
  startFakeConnector,
  type ChaosOptions,
} from "../../tests/fakes/fakeConnector.js";
import type { WorkerOptions } from "./worker.js";

/** Size and faults of one run. */
export interface ChaosRunOptions {
  conversations: number;
  eventsPerConversation: number;
  instances: number;
  leaseMs: number;
  tickMs: number;
  /** After a failed claim (a 500), wait this × attempts before trying again; 60 s by default. */
  failedRetryMs?: number;
  chaos: ChaosOptions;
  /** Kill -9 the leader (between sends) once this fraction of reminders arrived. */
  killAt: number;
  /** Stop Azurite once this fraction arrived, for `outageMs`. */
  outageAt: number;
  /** 0: no outage. */
  outageMs: number;
  /** Give up after this long. */
  timeoutMs: number;
  /** Progress lines (the CLI prints them; the test keeps quiet). */
  progress?: (line: string) => void;
  /** Every line the workers log (warnings and errors). */
  workerLine?: (line: string) => void;
}

/** What a run measured. */
export interface ChaosResult {
  expected: number;
  delivered: number;
  lost: number;
  duplicated: number;
  /** Each duplicated post: conversation | text, and when the connector accepted it each time. */
  duplicates: string[];
  requests: number;
  /** Answers by status and reason, e.g. "429 random": 12. */
  answers: Record<string, number>;
  /** Highest per-conversation count in any window of 1 s, 2 s, 30 s, and all conversations in any second. */
  maxPerConversation: { "1s": number; "2s": number; "30s": number };
  maxAppPerSecond: number;
  killed: boolean;
  outage: boolean;
  /** From storage: the leader's epoch at the end (1 + changes of leader), and rows posted in more than one attempt. */
  log: { epoch: number; triedAgain: number };
  seconds: number;
  /** Worker warnings (stderr lines), for diagnosis. */
  workerWarnings: number;
}

const WORKER = fileURLToPath(new URL("./worker.ts", import.meta.url));
const LINK_KEY = "chaos-run-calendar-link-key-0123456789";

export async function runChaos(o: ChaosRunOptions): Promise<ChaosResult> {
  const say = o.progress ?? (() => {});
  const started = Date.now();
  const dataDir = mkdtempSync(join(tmpdir(), "alrek-chaos-"));
  const port = await findFreePort();
  let azurite: EmbeddedAzurite | undefined = await startEmbeddedAzurite({ dataDir, port, log: silentLogger });
  const connectionString = azurite.connectionString;
  const tablePrefix = `chaos${Math.random()
    .toString(36)
    .slice(2, 8)
    .replace(/[^a-z0-9]/g, "x")}`;
  const connector = await startFakeConnector({ enforceLimits: true });
  const workers: ChildProcess[] = [];
  let warnings = 0;
  try {
    const tables = createTableClientFactory({ connectionString }, { tablePrefix });
    const main = createRepositories(tables);
    await main.ensureTables();
    await tables.ensureTables(REMINDER_TABLE_NAMES);
    const reminders = createReminderRepositories(tables);
    const targets = Array.from({ length: o.conversations }, (_, i) => target(i, connector.url));
    for (const t of targets) {
      await reminders.targets.upsert(t);
      await reminders.subscriptions.put({
        targetId: t.id,
        kinds: [],
        createdAt: new Date().toISOString(),
        createdBy: "chaos",
      });
    }
    // Starts about an hour from now, reminded an hour before: due within the last two minutes.
    const start = instantToZoned(new Date(Date.now() + 59 * 60_000), OSLO).local.slice(0, 16);
    for (let i = 0; i < o.eventsPerConversation; i++) await main.events.create(event(i, start));
    const expected = o.conversations * o.eventsPerConversation;
    say(
      `seeded ${o.conversations} conversations × ${o.eventsPerConversation} events = ${expected} reminders; starting ${o.instances} instances`,
    );

    connector.setChaos(o.chaos);
    for (let i = 0; i < o.instances; i++) {
      const opts: WorkerOptions = {
        connectionString,
        tablePrefix,
        instanceId: `chaos-${i}`,
        leaseMs: o.leaseMs,
        tickMs: o.tickMs,
        postTimeoutMs: Math.floor(o.leaseMs / 3),
        calendarLinkKey: LINK_KEY,
        failedRetryMs: o.failedRetryMs,
      };
      const child = fork(WORKER, [JSON.stringify(opts)], {
        execArgv: ["--import", "tsx"],
        stdio: ["ignore", "ignore", "pipe", "ipc"],
      });
      child.stderr!.on("data", (chunk: Buffer) => {
        for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) {
          warnings++;
          o.workerLine?.(line);
        }
      });
      child.on("message", (m: { type?: string }) => m?.type === "started" && say(`${opts.instanceId} started`));
      workers.push(child);
    }

    let killed = false;
    let quiescing = false;
    let outage: "no" | "running" | "done" = "no";
    const unique = () =>
      new Set(connector.recorded().map((r) => `${r.conversationId}|${String(r.activity.text)}`)).size;
    const rowsNow = async () => (await reminders.ledger.list().catch(() => [])).map((r) => r.value);
    const allSent = async () => {
      const rows = await rowsNow();
      return rows.length === expected && rows.every((r) => r.status === "sent");
    };
    for (let lastReport = 0; ; await sleep(200)) {
      if (Date.now() - started > o.timeoutMs) {
        const rows = await rowsNow();
        const open = rows
          .filter((r) => r.status !== "sent")
          .map((r) => `${r.status}/${r.by ?? "-"}/${r.notBefore ?? ""}`);
        throw new Error(
          `chaos run timed out with ${unique()} of ${expected} delivered, ${rows.length} rows; not sent: ${open.join(", ")}`,
        );
      }
      const done = unique();
      if (Date.now() - lastReport > 5_000) {
        lastReport = Date.now();
        say(
          `${Math.round((Date.now() - started) / 1000)} s: ${done}/${expected} delivered, ${connector.postCount()} requests`,
        );
      }
      if (!quiescing && done >= o.killAt * expected) {
        const leader = (await reminders.lease.read().catch(() => undefined))?.value.holder;
        const victim = workers[Number(leader?.replace("chaos-", ""))];
        if (victim) {
          quiescing = true;
          const onIdle = (m: { type?: string }) => {
            if (m?.type !== "idle") return;
            victim.off("message", onIdle);
            victim.kill("SIGKILL");
            killed = true;
            say(`killed the leader ${leader} (pid ${victim.pid}) with SIGKILL between sends`);
          };
          victim.on("message", onIdle);
          victim.send({ type: "quiesce" });
        }
      }
      if (outage === "no" && o.outageMs > 0 && killed && done >= o.outageAt * expected) {
        outage = "running";
        say(`storage outage: stopping Azurite for ${o.outageMs / 1000} s`);
        await azurite!.stop();
        azurite = undefined;
        await sleep(o.outageMs);
        azurite = await startEmbeddedAzurite({ dataDir, port, log: silentLogger });
        outage = "done";
        say("storage back");
      }
      if (done >= expected && (outage === "done" || o.outageMs === 0) && (await allSent())) break;
    }

    await Promise.all(workers.filter((w) => w.exitCode === null && w.signalCode === null).map((w) => stopWorker(w)));
    const accepted = connector.recorded();
    const requests = connector.requests();
    const answers: Record<string, number> = {};
    for (const r of requests)
      answers[`${r.status}${r.reason ? ` ${r.reason}` : ""}`] =
        (answers[`${r.status}${r.reason ? ` ${r.reason}` : ""}`] ?? 0) + 1;
    const delivered = unique();
    const seen = new Map<string, number[]>();
    for (const r of accepted) {
      const key = `${r.conversationId}|${String(r.activity.text)}`;
      seen.set(key, [...(seen.get(key) ?? []), r.receivedAt]);
    }
    const duplicates = [...seen]
      .filter(([, at]) => at.length > 1)
      .map(([key, at]) => `${key} at ${at.map((t) => new Date(t).toISOString()).join(", ")}`);
    return {
      duplicates,
      expected,
      delivered,
      lost: expected - delivered,
      duplicated: accepted.length - delivered,
      requests: requests.length,
      answers,
      maxPerConversation: {
        "1s": maxPerConversation(requests, 1_000),
        "2s": maxPerConversation(requests, 2_000),
        "30s": maxPerConversation(requests, 30_000),
      },
      maxAppPerSecond: maxInWindow(
        requests.map((r) => r.receivedAt),
        1_000,
      ),
      killed,
      outage: outage === "done",
      log: {
        epoch: (await reminders.lease.read())?.value.epoch ?? 0,
        triedAgain: (await rowsNow()).filter((r) => r.attempts > 1).length,
      },
      seconds: Math.round((Date.now() - started) / 100) / 10,
      workerWarnings: warnings,
    };
  } finally {
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill("SIGKILL");
    await connector.close();
    await azurite?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function target(i: number, serviceUrl: string): ConversationTarget {
  const conversationId = `19:chaos-${String(i).padStart(3, "0")}@thread.tacv2`;
  return {
    id: conversationTargetId(conversationId),
    conversationId,
    serviceUrl,
    tenantId: "tenant-chaos",
    botId: "28:bot",
    channelId: "msteams",
    conversationType: "channel",
    name: `Kanal ${i}`,
    reference: {
      bot: { id: "28:bot" },
      conversation: { id: conversationId, conversationType: "channel", tenantId: "tenant-chaos" },
      channelId: "msteams",
      serviceUrl,
    },
    installedAt: new Date().toISOString(),
    status: "active",
  };
}

function event(i: number, start: string): AlrekEvent {
  return {
    id: `chaos-${String(i).padStart(4, "0")}`,
    kind: "meeting",
    title: `Kaosmøte ${i}`,
    start,
    timeZone: OSLO,
    exceptions: [],
    cancelled: false,
    reminderLeadTimes: ["PT1H"],
  };
}

/** Asks a worker to stop; kills it by its pid if it has not exited within 5 s. */
async function stopWorker(child: ChildProcess): Promise<void> {
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.send({ type: "stop" });
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
