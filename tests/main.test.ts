import { describe, expect, it, vi } from "vitest";
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findFreePort as freePort } from "../src/storage/azuriteProcess.js";

const root = join(import.meta.dirname, "..");
const tsx = join(root, "node_modules", ".bin", "tsx");

function run(env: Record<string, string>) {
  const child = spawn(tsx, ["src/main.ts"], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env },
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("the composition root (src/main.ts)", () => {
  it("refuses to start in production without an app id, and says why", async () => {
    const proc = run({ NODE_ENV: "production" });
    expect(await proc.exited).toBe(78);
    expect(proc.output()).toContain("MicrosoftAppId is required in production");
    expect(proc.output()).toContain("AZURE_STORAGE_ACCOUNT_URL");
  });

  it("starts with embedded Azurite, becomes healthy, and stops it on SIGTERM", async () => {
    const port = await freePort();
    const proc = run({
      PORT: String(port),
      AZURITE_DATA_DIR: mkdtempSync(join(tmpdir(), "alrek-main-")),
      LOG_LEVEL: "info",
    });
    // Waits for the positive signal (or the process ending); a hang is ended by the test's timeout.
    let exited = false;
    void proc.exited.then(() => (exited = true));
    let healthy = false;
    while (!healthy && !exited) {
      healthy = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (!healthy) await new Promise((r) => setTimeout(r, 200));
    }
    expect(healthy).toBe(true);
    expect(proc.output()).toContain("LOCAL MODE");
    const azuritePid = Number(/"pid":(\d+)/.exec(proc.output())?.[1]);
    expect(alive(azuritePid)).toBe(true);
    proc.child.kill("SIGTERM");
    expect(await proc.exited).toBe(0);
    // The embedded Azurite is stopped by the service; wait for that positive signal.
    await vi.waitFor(() => expect(alive(azuritePid)).toBe(false), { timeout: 50_000, interval: 50 });
  }, 60_000);
});
