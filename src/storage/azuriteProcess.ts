import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { request } from "node:http";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Logger } from "../logger.js";

/** Azurite's public, documented development account key (not a secret). */
export const AZURITE_ACCOUNT = "devstoreaccount1";
export const AZURITE_ACCOUNT_KEY =
  "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

const START_TIMEOUT_MS = 20_000;
const STOP_GRACE_MS = 5_000;
const OUTPUT_TAIL_CHARS = 8_000;

/** Options for {@link startEmbeddedAzurite}. */
export interface EmbeddedAzuriteOptions {
  /** Folder Azurite keeps its table database in; created if missing. */
  dataDir: string;
  /** 0 or undefined picks a free port. */
  port?: number;
  /** Keep data in memory only (tests). */
  inMemory?: boolean;
  log: Logger;
  /** How long to wait for the server to answer; default 20 s. */
  startTimeoutMs?: number;
}

/** A running Azurite table server owned by this process. */
export interface EmbeddedAzurite {
  connectionString: string;
  port: number;
  pid: number;
  /** SIGINT (Azurite's graceful close, which saves its database), SIGKILL after 5 s. Safe to call twice. */
  stop(): Promise<void>;
}

/** The Azurite connection string for a table server on 127.0.0.1:`port`. */
export function azuriteConnectionString(port: number): string {
  return `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_ACCOUNT_KEY};TableEndpoint=http://127.0.0.1:${port}/${AZURITE_ACCOUNT};`;
}

/**
 * Starts Azurite's table service as a child process (the bin script itself, so `pid` is the
 * server's) and resolves when it answers HTTP. Used for local runs without a storage account.
 */
export async function startEmbeddedAzurite(options: EmbeddedAzuriteOptions): Promise<EmbeddedAzurite> {
  const pickPort = !options.port;
  // A picked port can be taken between picking and Azurite binding it; try again in that case.
  for (let attempt = 1; ; attempt++) {
    const port = pickPort ? await findFreePort() : options.port!;
    try {
      return await startOnce({ ...options, port });
    } catch (error) {
      const portTaken = error instanceof AzuriteExitedError && /EADDRINUSE/.test(error.message);
      if (!pickPort || attempt >= 3 || !portTaken) throw error;
      options.log.warn("azurite exited during start, retrying on another port", { port, attempt });
    }
  }
}

class AzuriteExitedError extends Error {}

async function startOnce(options: EmbeddedAzuriteOptions & { port: number }): Promise<EmbeddedAzurite> {
  const { port, log } = options;
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const args = [
    "--tableHost",
    "127.0.0.1",
    "--tablePort",
    String(port),
    "--skipApiVersionCheck",
    "--disableProductStyleUrl",
    "--loose",
    "--silent",
    "--disableTelemetry",
    // Azurite refuses --location together with --inMemoryPersistence.
    ...(options.inMemory ? ["--inMemoryPersistence"] : ["--location", dataDir]),
  ];
  const started = Date.now();
  const child = spawn(azuriteBin(), args, { cwd: dataDir, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  // Azurite prints this once it listens; only our child can print it, unlike a port answering,
  // which another server on the same port could do.
  const startedLine = `successfully started on 127.0.0.1:${port}`;
  let sawStarted = false;
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-OUTPUT_TAIL_CHARS);
    sawStarted ||= output.includes(startedLine);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<number | null>((res) => child.once("exit", (code) => res(code)));
  const spawnError = new Promise<Error>((res) => child.once("error", res));
  // Do not leave an orphan server behind when this process exits without calling stop().
  const onParentExit = () => {
    child.kill("SIGINT");
  };
  process.once("exit", onParentExit);

  const gaveUp = () => child.exitCode !== null || child.signalCode !== null;
  const timeoutMs = options.startTimeoutMs ?? START_TIMEOUT_MS;
  const ready = waitUntilAnswering(port, Date.now() + timeoutMs, gaveUp, () => sawStarted);
  const outcome = await Promise.race([
    ready.then(
      () => "ready" as const,
      () => "timeout" as const,
    ),
    exited.then((code) => ({ exitCode: code })),
    spawnError.then((error) => ({ spawnError: error })),
  ]);
  if (outcome !== "ready" && outcome !== "timeout") {
    process.off("exit", onParentExit);
    child.kill("SIGKILL");
    const why =
      "exitCode" in outcome ? `exited with code ${outcome.exitCode}` : `could not start: ${outcome.spawnError.message}`;
    throw new AzuriteExitedError(`Azurite ${why} on port ${port}. Output:\n${output.trim()}`);
  }
  if (outcome === "timeout") {
    process.off("exit", onParentExit);
    await terminate(child, exited);
    throw new Error(
      `Azurite did not answer on 127.0.0.1:${port} within ${timeoutMs / 1000} s. Output:\n${output.trim()}`,
    );
  }
  log.debug("azurite ready", { port, pid: child.pid, ms: Date.now() - started, inMemory: !!options.inMemory });

  let stopping: Promise<void> | undefined;
  return {
    connectionString: azuriteConnectionString(port),
    port,
    pid: child.pid!,
    stop: () =>
      (stopping ??= (async () => {
        process.off("exit", onParentExit);
        await terminate(child, exited);
      })()),
  };
}

/**
 * Azurite's table server closes gracefully (and writes its database) only on SIGINT; SIGTERM
 * would kill it at once and lose up to 5 s of writes, so SIGINT first, SIGKILL as last resort.
 */
async function terminate(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGINT");
  const timer = new Promise<"late">((res) => setTimeout(() => res("late"), STOP_GRACE_MS).unref());
  if ((await Promise.race([exited, timer])) === "late") {
    child.kill("SIGKILL");
    await exited;
  }
}

/** Polls until the table endpoint gives any HTTP answer; rejects after `deadline`. */
async function waitUntilAnswering(
  port: number,
  deadline: number,
  gaveUp: () => boolean,
  started: () => boolean,
): Promise<void> {
  while (Date.now() < deadline && !gaveUp()) {
    if (started() && (await answersHttp(port))) return;
    await new Promise((res) => setTimeout(res, 50));
  }
  throw new Error("timeout");
}

function answersHttp(port: number): Promise<boolean> {
  return new Promise((res) => {
    const req = request(
      { host: "127.0.0.1", port, path: `/${AZURITE_ACCOUNT}/Tables`, method: "GET", timeout: 1_000 },
      (response) => {
        response.resume();
        res(true);
      },
    );
    req.on("timeout", () => req.destroy());
    req.on("error", () => res(false));
    req.end();
  });
}

/** A port that was free a moment ago on 127.0.0.1. */
export function findFreePort(): Promise<number> {
  return new Promise((res, rej) => {
    const server = createServer();
    server.once("error", rej);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => res(port));
    });
  });
}

/** node_modules/.bin/azurite-table of the project this file belongs to. */
function azuriteBin(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, "node_modules", ".bin", "azurite-table");
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error(
        "azurite-table not found in any node_modules/.bin above " +
          fileURLToPath(import.meta.url) +
          ": the embedded Azurite is a dev dependency (npm ci installs it; npm ci --omit=dev does not)",
      );
    dir = parent;
  }
}
