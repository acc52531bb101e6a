/**
 * The dashboard storm of `npm run bench`: 200 tab clients poll GET /api/dashboard on one instance,
 * all in one language, then split over bokmål, nynorsk and English. Each round an editor saves a
 * tiltak, then every client polls with its last ETag (a new version: 200) and polls again (304).
 * Storage reads are counted by a proxy in front of Azurite (tests/support/countingStorageProxy.ts);
 * latency is each poll's, from the client. Target: three languages cost at most twice one.
 */
import http from "node:http";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmbeddedAzurite } from "../../src/storage/azuriteProcess.js";
import { HISTORY_TABLE } from "../../src/storage/tableHistoryRepository.js";
import { silentLogger } from "../../src/logger.js";
import { startCountingStorageProxy, type CountingStorageProxy } from "../../tests/support/countingStorageProxy.js";
import { quantile } from "./loadGenerator.js";
import { freePort, stop, waitHealthy, type startNode } from "./processes.js";

const CLIENTS = Number(process.env.BENCH_STORM_CLIENTS ?? 200);
const ROUNDS = Number(process.env.BENCH_STORM_ROUNDS ?? 8);

/** What one storm cost. */
export interface StormResult {
  langs: string[];
  polls: number;
  errors: number;
  historyReads: number;
  storageReads: number;
  p50: number;
  p99: number;
  max: number;
}

interface Answer {
  status: number;
  etag?: string;
  body: string;
}

/**
 * GET, tried once more when a kept-alive socket was closed by the server just as it was reused
 * (ECONNRESET): a browser does the same, and the race says nothing about the service.
 */
async function get(agent: http.Agent, url: string, headers: Record<string, string> = {}): Promise<Answer> {
  try {
    return await getOnce(agent, url, headers);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ECONNRESET") throw error;
    return getOnce(agent, url, headers);
  }
}

function getOnce(agent: http.Agent, url: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          etag: res.headers.etag,
          body: Buffer.concat(chunks).toString("utf8"),
        }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

function send(agent: http.Agent, method: string, url: string, headers: Record<string, string>, body: string) {
  return new Promise<Answer>((resolve, reject) => {
    const req = http.request(url, { agent, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, etag: res.headers.etag, body: Buffer.concat(chunks).toString() }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** An editor's save: one tiltak's status toggled, so the dashboard has a new version. */
async function saveTiltak(agent: http.Agent, base: string, periodId: string): Promise<void> {
  const list = JSON.parse((await get(agent, `${base}/api/periods/${periodId}/tiltak`)).body) as {
    tiltak: { id: string; status: string; etag: string }[];
  };
  const row = list.tiltak[0];
  const next = row.status === "done" ? "in_progress" : "done";
  const saved = await send(
    agent,
    "PATCH",
    `${base}/api/periods/${periodId}/tiltak/${row.id}`,
    { "content-type": "application/json", "if-match": row.etag },
    JSON.stringify({ status: next }),
  );
  if (saved.status !== 200) throw new Error(`saving a tiltak answered ${saved.status}: ${saved.body}`);
}

/** One storm: CLIENTS clients over `langs`, `rounds` rounds of (save, poll all, poll all again). */
async function storm(
  base: string,
  proxy: CountingStorageProxy,
  langs: string[],
  rounds = ROUNDS,
): Promise<StormResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
  const editor = new http.Agent({ keepAlive: false, maxSockets: 2 });
  const first = JSON.parse((await get(editor, `${base}/api/dashboard?locale=nb`)).body) as {
    summary: { period: { id: string } };
  };
  const periodId = first.summary.period.id;
  const clients = Array.from({ length: CLIENTS }, (_, i) => ({ lang: langs[i % langs.length], etag: "" }));
  const latencies: number[] = [];
  let errors = 0;
  const pollAll = () =>
    Promise.all(
      clients.map(async (c) => {
        const started = performance.now();
        try {
          const res = await get(
            agent,
            `${base}/api/dashboard?locale=${c.lang}`,
            c.etag ? { "if-none-match": c.etag } : {},
          );
          latencies.push(performance.now() - started);
          if (res.status === 200 && res.etag) c.etag = res.etag;
          else if (res.status !== 304) {
            errors++;
            if (process.env.BENCH_STORM_DEBUG) console.error(res.status, res.body.slice(0, 200));
          }
        } catch (error) {
          errors++;
          if (process.env.BENCH_STORM_DEBUG) console.error(String(error));
        }
      }),
    );
  await pollAll(); // every client has its first answer and ETag
  proxy.reset();
  latencies.length = 0;
  for (let round = 0; round < rounds; round++) {
    await saveTiltak(editor, base, periodId);
    await pollAll();
    await pollAll();
  }
  agent.destroy();
  editor.destroy();
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    langs,
    polls: latencies.length,
    errors,
    // The editor's own reads (the tiltak list before each save) are in the storage total, alike in both storms.
    historyReads: proxy.reads(HISTORY_TABLE),
    storageReads: proxy.reads(),
    p50: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
    max: sorted.at(-1) ?? NaN,
  };
}

/**
 * Runs both storms against the service started by `start` (its storage given as a connection
 * string through the counting proxy) and prints the figures.
 */
export async function printDashboardStorm(
  start: (env: Record<string, string>) => ReturnType<typeof startNode>,
): Promise<void> {
  const azurite = await startEmbeddedAzurite({
    dataDir: mkdtempSync(join(tmpdir(), "alrek-bench-storm-")),
    inMemory: true,
    log: silentLogger,
  });
  const proxy = await startCountingStorageProxy(azurite.connectionString);
  const port = await freePort();
  // Local mode: the tab in browser mode polls without a token, as in the tab figures.
  const service = start({
    PORT: String(port),
    LOG_LEVEL: "warn",
    AZURE_STORAGE_CONNECTION_STRING: proxy.connectionString,
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitHealthy(`${base}/healthz`, 60_000);
    await storm(base, proxy, ["nb", "nn", "en"], 2); // warm-up (JIT, connections), not reported
    const one = await storm(base, proxy, ["nb"]);
    const three = await storm(base, proxy, ["nb", "nn", "en"]);
    const line = (name: string, r: StormResult) =>
      `  ${name.padEnd(22)} ${String(r.historyReads).padStart(6)} history reads, ${String(r.storageReads).padStart(6)} storage reads in all; ` +
      `poll p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, max ${r.max.toFixed(1)} ms (${r.polls} polls, ${r.errors} errors)`;
    console.log(
      `Dashboard storm: ${CLIENTS} tab clients polling GET /api/dashboard with If-None-Match; ${ROUNDS} rounds of one tiltak saved, every client polling twice:`,
    );
    console.log(line("one language (nb)", one));
    console.log(line("three languages", three));
    const ratio = (a: number, b: number) => (b === 0 ? (a === 0 ? 1 : Infinity) : a / b);
    console.log(
      `  three/one: history reads ${ratio(three.historyReads, one.historyReads).toFixed(2)}, storage reads ${ratio(three.storageReads, one.storageReads).toFixed(2)}, ` +
        `p99 ${ratio(three.p99, one.p99).toFixed(2)} (target: at most 2)\n`,
    );
  } finally {
    await stop(service);
    await proxy.close();
    await azurite.stop();
  }
}
