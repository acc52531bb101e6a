import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { join } from "node:path";
import { rawRequest } from "./support/rawHttp.js";

const root = join(import.meta.dirname, "..");
const tsx = join(root, "node_modules", ".bin", "tsx");

/** Log lines of the child that mention `text`, once at least one has appeared. */
async function linesWith(output: () => string, text: string): Promise<string[]> {
  await expect.poll(() => output().includes(text), { timeout: 10_000 }).toBe(true);
  return output()
    .split("\n")
    .filter((l) => l.includes(text));
}

describe("process guards: no exception or rejection ends the process", () => {
  let child: ChildProcessWithoutNullStreams;
  let output = "";
  let base = "";
  beforeAll(async () => {
    child = spawn(tsx, [join(root, "tests", "support", "throwingServer.ts")], {
      cwd: root,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp" },
    });
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    // Waits for the child's listening line (or its exit, which fails the tests below).
    await new Promise<void>((resolve) => {
      const check = () => /"listening":\d+/.test(output) && resolve();
      child.stdout.on("data", check);
      child.on("exit", () => resolve());
    });
    const port = /"listening":(\d+)/.exec(output)?.[1];
    if (!port) throw new Error(`the child did not start:\n${output}`);
    base = `http://127.0.0.1:${port}`;
  }, 40_000);
  afterAll(() => {
    child?.kill("SIGTERM");
  });

  const alive = async () => {
    expect(child.exitCode).toBeNull();
    expect((await rawRequest(base, { path: "/ok" })).status).toBe(200);
  };

  it.each(["sync", "async", "timer", "emitter"])(
    "a %s exception in a handler answers 500 without internals, logged once",
    async (where) => {
      const res = await rawRequest(base, { path: `/boom/${where}?token=feed-secret-123` });
      expect(res.status).toBe(500);
      expect(res.json).toEqual({ error: { code: "internal", message: "Internal server error" } });
      const logged = await linesWith(() => output, `internal-detail-${where}`);
      expect(logged).toHaveLength(1);
      expect(JSON.parse(logged[0])).toMatchObject({
        level: "error",
        msg: "request failed",
        url: `/boom/${where}[redacted]`,
      });
      expect(output).not.toContain("feed-secret-123");
      await alive();
    },
  );

  it("an exception after the answer was sent is logged once and nothing else happens", async () => {
    expect((await rawRequest(base, { path: "/boom/after-answer" })).status).toBe(200);
    expect(await linesWith(() => output, "internal-detail-after-answer")).toHaveLength(1);
    await alive();
  });

  it.each(["mid-answer", "mid-answer-async"])("a %s exception cuts that answer off, logged once", async (where) => {
    await expect(rawRequest(base, { path: `/boom/${where}` })).rejects.toThrow();
    expect(await linesWith(() => output, `internal-detail-${where} `)).toHaveLength(1);
    await alive();
  });

  it("an unhandled rejection is logged in one line", async () => {
    expect((await rawRequest(base, { path: "/boom/rejection" })).status).toBe(200);
    const [line] = await linesWith(() => output, "internal-detail-rejection");
    expect(JSON.parse(line)).toMatchObject({
      level: "error",
      msg: expect.stringContaining("unhandled promise rejection"),
    });
    await alive();
  });

  it("an exception outside any request is logged in one line", async () => {
    child.stdin.write("throw\n");
    const [line] = await linesWith(() => output, "internal-detail-outside");
    expect(JSON.parse(line)).toMatchObject({ level: "error", msg: expect.stringContaining("uncaught exception") });
    await alive();
  });
});
