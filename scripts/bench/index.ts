/**
 * `npm run bench`: prints the performance figures the issues set targets for. Not a test:
 * absolute times on a shared 2-core machine are noisy, so the load targets are ratios within
 * one run against a bare echo bot on the same stack.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmbeddedAzurite } from "../../src/storage/azuriteProcess.js";
import { silentLogger } from "../../src/logger.js";
import { startFakeJwks } from "../../tests/fakes/fakeJwks.js";
import { signToken, TEST_CLIENT_ID, TEST_TENANT_ID, EDITOR_OID } from "../../tests/support/entraTokens.js";
import { runLoadInTurns, type LoadResult, type RequestSpec } from "./loadGenerator.js";
import { freePort, residentMb, serveCommand, startNode, stop, waitHealthy } from "./processes.js";
import { benchAnswering, benchLongMessages, benchPassages, benchStructured } from "./answering.js";
import { printTabBench } from "./tab.js";
import { printDashboardStorm } from "./dashboardStorm.js";
import { printDirectoryRefresh } from "./directoryRefresh.js";

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 12);
// The targets take turns in this many rounds of SECONDS / ROUNDS each (see runLoadInTurns).
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
// The service as production runs it: compiled by `npm run build:server` (the bench script does),
// started with the node options of `npm run serve`.
const SERVE = serveCommand();
const startService = (env: Record<string, string>) => startNode(SERVE.entry, [], env, SERVE.nodeOptions);

function activity(text: string): string {
  return JSON.stringify({
    type: "message",
    id: "bench",
    channelId: "msteams",
    serviceUrl: "http://127.0.0.1:9/",
    locale: "nb-NO",
    from: { id: "29:bench" },
    recipient: { id: "28:bot" },
    conversation: { id: "a:bench", tenantId: TEST_TENANT_ID },
    deliveryMode: "expectReplies",
    text,
  });
}

const fmt = (n: number, d = 1) => n.toFixed(d).padStart(8);
const row = (name: string, r: LoadResult) =>
  `${name.padEnd(34)} ${fmt(r.rps, 0)} req/s  p50 ${fmt(r.p50, 2)} ms  p99 ${fmt(r.p99, 2)} ms  (${r.requests} ok, ${r.errors} errors)`;

async function startupTime(): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = startService({
    PORT: String(port),
    AZURITE_DATA_DIR: mkdtempSync(join(tmpdir(), "alrek-bench-")),
    LOG_LEVEL: "warn",
  });
  try {
    return await waitHealthy(`http://127.0.0.1:${port}/healthz`, 30_000, started);
  } finally {
    await stop(child);
  }
}

async function main(): Promise<void> {
  console.log(
    `Alrek benchmark — ${new Date().toISOString()}, node ${process.version}, concurrency ${CONCURRENCY}, ${SECONDS} s per target in ${ROUNDS} turns`,
  );
  console.log(
    `service started as \`npm run serve\` starts it: node ${[...SERVE.nodeOptions, SERVE.entry].join(" ")}\n`,
  );

  const answering = await benchAnswering();
  console.log("Answering a representation question inside the service (question understanding + card):");
  console.log(
    `  "${answering.question}": p50 ${answering.p50.toFixed(3)} ms, p99 ${answering.p99.toFixed(3)} ms over ${answering.iterations} answers (target p99 < 10 ms)`,
  );
  const structured = benchStructured();
  console.log(
    `  structured answers of ${structured.kinds} phrasings (partners, leaders, contact, tiltak by number, dates in words, two questions, follow-ups …): p50 ${structured.p50.toFixed(3)} ms, p99 ${structured.p99.toFixed(3)} ms over ${structured.iterations} answers (target p99 < 10 ms)`,
  );
  const passages = benchPassages();
  console.log(
    `  with the passage search (a quoted passage, or "the documents do not say"), uncached: p50 ${passages.p50.toFixed(3)} ms, p99 ${passages.p99.toFixed(3)} ms over ${passages.iterations} answers (target p99 < 30 ms)`,
  );
  const long = await benchLongMessages();
  console.log(
    `  2,000 characters of unmatched words (the longest question): p50 ${long.maxLength.p50.toFixed(2)} ms, p99 ${long.maxLength.p99.toFixed(2)} ms, max ${long.maxLength.max.toFixed(2)} ms over ${long.iterations} messages (target well under 50 ms)`,
  );
  console.log(
    `  28,000 characters (answered "too long"): p50 ${long.teamsLength.p50.toFixed(3)} ms, max ${long.teamsLength.max.toFixed(3)} ms\n`,
  );

  const startMs = await startupTime();
  console.log(
    `Start to healthy /healthz with embedded Azurite (fresh data dir, seeding included): ${(startMs / 1000).toFixed(2)} s (target < 10 s)\n`,
  );

  const azurite = await startEmbeddedAzurite({
    dataDir: mkdtempSync(join(tmpdir(), "alrek-bench-az-")),
    inMemory: true,
    log: silentLogger,
  });
  const jwks = await startFakeJwks();
  const servicePort = await freePort();
  const echoPort = await freePort();
  const service = startService({
    PORT: String(servicePort),
    LOG_LEVEL: "warn",
    AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
    ENTRA_CLIENT_ID: TEST_CLIENT_ID,
    ENTRA_TENANT_ID: TEST_TENANT_ID,
    ENTRA_JWKS_URL: jwks.url,
    EDITOR_AAD_OBJECT_IDS: EDITOR_OID,
  });
  // The baseline runs with the same node options as the service: the comparison is of the bot, not of heap settings.
  const echo = startNode("scripts/bench/echoBot.ts", [String(echoPort)], {}, SERVE.nodeOptions);
  try {
    await waitHealthy(`http://127.0.0.1:${servicePort}/healthz`, 30_000);
    await waitHealthy(`http://127.0.0.1:${echoPort}/healthz`, 30_000);
    const token = await signToken(jwks.privateKey, {}, { kid: jwks.kid });
    const post = (port: number, text: string, expect: string): RequestSpec => ({
      method: "POST",
      url: `http://127.0.0.1:${port}/api/messages`,
      headers: { "content-type": "application/json" },
      body: activity(text),
      check: (s, b) => s === 200 && b.includes(expect),
    });
    const summarySpec: RequestSpec = {
      method: "GET",
      url: `http://127.0.0.1:${servicePort}/api/summary`,
      headers: { authorization: `Bearer ${token}` },
      check: (s, b) => s === 200 && b.includes("2024-2025"),
    };
    const [echoResult, botResult, summaryResult] = await runLoadInTurns(
      [
        post(echoPort, "Hvem sitter i Husrådet?", "Echo"),
        post(servicePort, "Hvem sitter i Husrådet?", "Karen Haugvaldstad"),
        summarySpec,
      ],
      CONCURRENCY,
      SECONDS / ROUNDS,
      ROUNDS,
    );
    const rss = residentMb(service.pid!);

    console.log(
      `Load over loopback HTTP, ${CONCURRENCY} concurrent requests, same generator for each target, the targets taking turns:`,
    );
    console.log("  " + row("echo bot (restify+CloudAdapter+teams-ai)", echoResult));
    console.log("  " + row("Alrek bot: 'Hvem sitter i Husrådet?'", botResult));
    console.log("  " + row("GET /api/summary (Entra token)", summaryResult));
    console.log("");
    console.log(`  bot/echo throughput ratio:     ${(botResult.rps / echoResult.rps).toFixed(2)} (target ≥ 0.8)`);
    console.log(`  bot/echo p99 latency ratio:    ${(botResult.p99 / echoResult.p99).toFixed(2)} (target ≤ 1.3)`);
    console.log(`  summary/echo throughput ratio: ${(summaryResult.rps / echoResult.rps).toFixed(2)} (target ≥ 1.5)`);
    console.log(`  service resident memory after the runs: ${rss.toFixed(0)} MB (target < 200 MB)\n`);

    await printDashboardStorm(startService);
    await printDirectoryRefresh(startService);

    // The tab in browser mode calls the API without a token: a local-mode instance on the same storage.
    const tabPort = await freePort();
    const tabService = startService({
      PORT: String(tabPort),
      LOG_LEVEL: "warn",
      AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
    });
    try {
      await waitHealthy(`http://127.0.0.1:${tabPort}/healthz`, 30_000);
      await printTabBench(`http://127.0.0.1:${tabPort}`);
    } finally {
      await stop(tabService);
    }
  } finally {
    await Promise.all([stop(service), stop(echo)]);
    await jwks.close();
    await azurite.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
