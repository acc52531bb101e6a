import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../src/projectRoot.js";

export const root = projectRoot();

export { findFreePort as freePort } from "../../src/storage/azuriteProcess.js";

/**
 * The service as production starts it: the node options and entry of `npm run serve` (the
 * command infra/main.bicep gives App Service too), so the figures are those of that process.
 */
export function serveCommand(): { nodeOptions: string[]; entry: string } {
  const serve: string = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts.serve;
  const words = serve.split(/\s+/);
  if (words[0] !== "node" || words.length < 2) throw new Error(`scripts.serve is not "node [options] entry": ${serve}`);
  return { nodeOptions: words.slice(1, -1), entry: words[words.length - 1] };
}

/**
 * Starts an entry point as its own node process (its pid is the server's): compiled JavaScript
 * as it runs in production, TypeScript through the tsx loader.
 */
export function startNode(
  entry: string,
  args: string[],
  env: Record<string, string>,
  nodeOptions: string[] = [],
): ChildProcess & { output: () => string } {
  const loader = entry.endsWith(".ts") ? ["--import", "tsx"] : [];
  const child = spawn(process.execPath, [...nodeOptions, ...loader, join(root, entry), ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  return Object.assign(child, { output: () => output });
}

/** Polls `url` until it answers 200; returns the milliseconds it took, or throws after `timeoutMs`. */
export async function waitHealthy(url: string, timeoutMs: number, since = performance.now()): Promise<number> {
  while (performance.now() - since < timeoutMs) {
    const ok = await fetch(url).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return performance.now() - since;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`${url} not healthy after ${timeoutMs} ms`);
}

/** Stops a child process by its own pid: SIGTERM, then SIGKILL. */
export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}

/** Resident memory of a process in MB, from /proc. */
export function residentMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}
