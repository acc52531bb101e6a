import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from "node:fs";
import { findFreePort as freePort } from "../../src/storage/azuriteProcess.js";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Starts Microsoft 365 Agents Playground (the local Teams client) as a child process, bound
 * to loopback and unable to reach the internet.
 *
 * Why the preload guard: the Playground listens on all interfaces and, even with
 * --disable-telemetry, its Application Insights SDK probes the Azure metadata address
 * (169.254.169.254) at start. The guard makes every `listen` without a host bind 127.0.0.1
 * and refuses every outgoing socket that is not for this machine.
 */

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** The Playground's CLI; a Node script with a shebang, so the spawned pid is the server's own. */
export const PLAYGROUND_BIN = join(REPO_ROOT, "node_modules/@microsoft/m365agentsplayground/cli.js");

const LOOPBACK_GUARD = String.raw`"use strict";
const net = require("node:net");
const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1", "::ffff:127.0.0.1"]);
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  const first = args[0];
  if (typeof first === "number" || (typeof first === "string" && /^\d+$/.test(first))) {
    if (typeof args[1] !== "string") args.splice(1, 0, "127.0.0.1");
  } else if (first && typeof first === "object" && first.port !== undefined && !first.host && !first.path) {
    args[0] = { ...first, host: "127.0.0.1" };
  }
  return listen.apply(this, args);
};
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const opts = Array.isArray(args[0]) ? args[0][0] : args[0];
  let host = "localhost";
  if (opts && typeof opts === "object") host = opts.path ? "localhost" : (opts.host ?? "localhost");
  else if (typeof args[1] === "string") host = args[1];
  if (!LOOPBACK.has(String(host).replace(/^\[|\]$/g, ""))) {
    process.nextTick(() => this.destroy(new Error("loopback guard: refused connection to " + host)));
    return this;
  }
  return connect.apply(this, args);
};
`;

/** A running Playground. `url` is the web UI; `logFile` is the Playground's own log. */
export interface RunningPlayground {
  url: string;
  port: number;
  pid: number;
  logFile: string;
  /** Settles when the process has ended, whoever ended it. */
  exited: Promise<void>;
  /** Output so far (stdout and stderr), for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/** Options: the bot's messages endpoint, and a fixed port (default: a free one). */
export interface PlaygroundOptions {
  botEndpoint: string;
  port?: number;
  startTimeoutMs?: number;
}

/** Spawns the Playground against `botEndpoint` and resolves once its web UI answers. */
export async function startPlayground(opts: PlaygroundOptions): Promise<RunningPlayground> {
  const botUrl = new URL(opts.botEndpoint);
  if (!["127.0.0.1", "localhost"].includes(botUrl.hostname))
    throw new Error(`bot endpoint must be on loopback: ${opts.botEndpoint}`);
  const port = opts.port ?? (await freePort());
  // Its own working directory: the Playground reads .m365agentsplayground.yml and writes devTools/ there.
  const workDir = mkdtempSync(join(tmpdir(), "playground-"));
  const guardFile = join(workDir, "loopback-guard.cjs");
  writeFileSync(guardFile, LOOPBACK_GUARD);
  const logFile = join(workDir, "playground.log");
  const child = spawn(
    PLAYGROUND_BIN,
    [
      "-e",
      opts.botEndpoint,
      "-c",
      "msteams",
      "-p",
      String(port),
      "--service-url",
      `http://127.0.0.1:${port}/_connector`,
      "--disable-telemetry",
    ],
    {
      cwd: workDir,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        TEAMSAPPTESTER_BROWSER: "none",
        M365_AGENTS_PLAYGROUND_LOGFILE: logFile,
        APPLICATION_INSIGHTS_NO_STATSBEAT: "true",
        NODE_OPTIONS: `--require ${guardFile}`,
      },
    },
  );
  if (child.pid === undefined) throw new Error(`could not start ${PLAYGROUND_BIN}`);
  const pid = child.pid;
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  let exited = child.exitCode !== null;
  const exit = new Promise<void>((done) => child.once("exit", () => ((exited = true), done())));

  const stop = async (): Promise<void> => {
    if (exited) return;
    child.kill("SIGTERM");
    const killed = await Promise.race([exit.then(() => true), delay(3000).then(() => false)]);
    if (!killed && !exited) {
      child.kill("SIGKILL");
      await exit;
    }
  };

  const url = `http://127.0.0.1:${port}`;
  try {
    // The Playground silently moves to a random port when the requested one is taken: fail at once.
    // Until it says so, whatever answers on the port may be someone else's server.
    await waitUntilAnswers(url, opts.startTimeoutMs ?? 20_000, () => {
      if (exited) throw new Error("the process exited");
      const listening = /Listening on (\d+)/.exec(output)?.[1];
      if (listening !== undefined && Number(listening) !== port)
        throw new Error(`port ${port} is taken (the Playground moved to ${listening})`);
      return listening !== undefined;
    });
  } catch (err) {
    await stop();
    throw new Error(`Agents Playground did not start: ${(err as Error).message}\n${output}`, { cause: err });
  }
  return {
    url,
    port,
    pid,
    logFile,
    exited: exit,
    output: () => output + (existsSync(logFile) ? `\n--- ${logFile}\n${readFileSync(logFile, "utf8")}` : ""),
    stop,
  };
}

/** Polls `url` until it answers 2xx once `listening()` says so; `listening` throws to give up early. */
async function waitUntilAnswers(url: string, timeoutMs: number, listening: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (listening()) {
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
        if (res.ok) return;
      } catch {
        // not answering yet
      }
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await delay(150);
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

export { freePort };
