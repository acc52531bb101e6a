/**
 * The read model across instances, part of `npm run bench`: two instances (A and B) on one
 * Azurite behind the counting proxy. What keeping B's bot current costs, and how soon it is:
 * - while idle: storage reads of the change marker in a quiet period (target: none);
 * - while asked: B answers "Hvem sitter i Husrådet?" every 50 ms; marker reads per minute;
 * - per change: an editor saves Husrådet on A; the time until B's answer has the new member
 *   (target: within 5 s), and how many storage reads the change cost the two instances.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmbeddedAzurite } from "../../src/storage/azuriteProcess.js";
import { CHANGE_MARKER_TABLE } from "../../src/storage/tableChangeMarker.js";
import { GROUPS_TABLE } from "../../src/storage/tableDirectoryRepository.js";
import { silentLogger } from "../../src/logger.js";
import { startCountingStorageProxy } from "../../tests/support/countingStorageProxy.js";
import { quantile } from "./loadGenerator.js";
import { freePort, stop, waitHealthy, type startNode } from "./processes.js";

const CHANGES = Number(process.env.BENCH_REFRESH_CHANGES ?? 10);
const ASK_EVERY_MS = 50;
const QUIET_MS = 10_000;
const ASKED_MS = 30_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function ask(base: string, text: string): Promise<string> {
  const res = await fetch(`${base}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      type: "message",
      id: String(Math.random()),
      channelId: "msteams",
      serviceUrl: "http://127.0.0.1:9",
      from: { id: "bench-user" },
      recipient: { id: "bot" },
      conversation: { id: "bench-chat" },
      deliveryMode: "expectReplies",
      locale: "nb-NO",
      text,
    }),
  });
  const body = (await res.json()) as { activities?: { summary?: string; text?: string }[] };
  const reply = body.activities?.[0];
  return reply?.summary ?? reply?.text ?? "";
}

async function json<T>(base: string, method: string, path: string, body?: unknown, etag?: string): Promise<T> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { "content-type": "application/json", ...(etag ? { "if-match": etag } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

/** Runs the two instances and prints the figures. */
export async function printDirectoryRefresh(start: (env: Record<string, string>) => ReturnType<typeof startNode>) {
  const azurite = await startEmbeddedAzurite({
    dataDir: mkdtempSync(join(tmpdir(), "alrek-bench-refresh-")),
    log: silentLogger,
  });
  const proxy = await startCountingStorageProxy(azurite.connectionString);
  const [portA, portB] = [await freePort(), await freePort()];
  const env = (port: number) => ({
    PORT: String(port),
    AZURE_STORAGE_CONNECTION_STRING: proxy.connectionString,
    LOG_LEVEL: "error",
    REMINDER_TICK_SECONDS: "3600",
  });
  const a = start(env(portA));
  await waitHealthy(`http://127.0.0.1:${portA}/healthz`, 60_000);
  const b = start(env(portB));
  const [baseA, baseB] = [`http://127.0.0.1:${portA}`, `http://127.0.0.1:${portB}`];
  try {
    await waitHealthy(`${baseB}/healthz`, 60_000);
    await ask(baseB, "Hvem sitter i Husrådet?");

    proxy.reset();
    await sleep(QUIET_MS);
    const idleReads = proxy.reads(CHANGE_MARKER_TABLE);

    proxy.reset();
    const askedUntil = performance.now() + ASKED_MS;
    let asked = 0;
    while (performance.now() < askedUntil) {
      await ask(baseB, "Hvem sitter i Husrådet?");
      asked++;
      await sleep(ASK_EVERY_MS);
    }
    const askedReads = proxy.reads(CHANGE_MARKER_TABLE);

    const delays: number[] = [];
    const readsPerChange: number[] = [];
    const groupReadsPerChange: number[] = [];
    for (let i = 0; i < CHANGES; i++) {
      const name = `Bench Person ${i}`;
      const person = await json<{ id: string }>(baseA, "POST", "/api/people", { name });
      const { groups } = await json<{ groups: { id: string; etag: string }[] }>(baseA, "GET", "/api/groups");
      const husradet = groups.find((g) => g.id === "husradet")!;
      // B answers (and checks the marker) as often as people ask, so the change is met at its next check.
      await sleep(Math.random() * 2_000);
      proxy.reset();
      await json(baseA, "PATCH", "/api/groups/husradet", { members: [{ personId: person.id }] }, husradet.etag);
      const saved = performance.now();
      while (!(await ask(baseB, "Hvem sitter i Husrådet?")).includes(name)) await sleep(ASK_EVERY_MS);
      delays.push(performance.now() - saved);
      readsPerChange.push(proxy.reads());
      groupReadsPerChange.push(proxy.reads(GROUPS_TABLE));
    }
    const perMinute = (askedReads / ASKED_MS) * 60_000;
    for (const list of [delays, readsPerChange, groupReadsPerChange]) list.sort((x, y) => x - y);
    console.log("\nRead model across two instances (B asked every 50 ms; an editor saves Husrådet on A)");
    console.log(`  change marker reads while idle: ${idleReads} in ${QUIET_MS / 1000} s (target 0)`);
    console.log(
      `  change marker reads while asked: ${askedReads} in ${ASKED_MS / 1000} s for ${asked} questions = ${perMinute.toFixed(1)} per minute (at most 30)`,
    );
    console.log(
      `  save on A to B answering with it: p50 ${quantile(delays, 0.5).toFixed(0)} ms, max ${delays[delays.length - 1].toFixed(0)} ms over ${CHANGES} changes (target < 5000 ms)`,
    );
    console.log(
      `  storage reads per change, both instances, the save and B's polling included: median ${quantile(readsPerChange, 0.5)} (groups table: ${quantile(groupReadsPerChange, 0.5)})`,
    );
  } finally {
    await Promise.all([stop(a), stop(b)]);
    await proxy.close();
    await azurite.stop();
  }
}
