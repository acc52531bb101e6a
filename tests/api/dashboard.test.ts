import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../../src/config/config.js";
import { silentLogger } from "../../src/logger.js";
import { startService, type RunningService } from "../../src/service.js";
import { startTestService } from "../support/testService.js";
import { call, client, fixedClock } from "./apiClient.js";

/** Two instances of the service on one storage, as behind a load balancer. */
let first: Awaited<ReturnType<typeof startTestService>>;
let second: RunningService;

beforeAll(async () => {
  first = await startTestService({}, { clock: fixedClock });
  const config = loadConfig(
    { PORT: "0", AZURE_STORAGE_CONNECTION_STRING: inject("azuriteConnectionString") },
    { dataDir: mkdtempSync(join(tmpdir(), "alrek-test-")) },
  );
  second = await startService(config, { log: silentLogger, clock: fixedClock, tablePrefix: first.tablePrefix });
}, 60_000);
afterAll(async () => {
  await second?.stop();
  await first?.stop();
});

const T = "/api/periods/2024-2025/tiltak";
const dashboard = (base: string, etag?: string) =>
  call(base, "GET", "/api/dashboard?locale=nb", { headers: etag ? { "if-none-match": etag } : {} });

describe("GET /api/dashboard", () => {
  it("answers with the tiltak, counts and an ETag, and an empty 304 while nothing changed", async () => {
    const res = await dashboard(first.url);
    expect(res.status).toBe(200);
    const etag = res.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"/);
    expect(res.body.version).toBe(etag);
    expect(res.body.tiltak).toHaveLength(16);
    expect(res.body.summary.total).toBe(16);
    const again = await dashboard(first.url, etag);
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
  });

  it.each([
    ["the same instance", () => first.url],
    ["another instance on the same storage", () => second.url],
  ])("changes its ETag at once when a tiltak is saved (seen from %s)", async (_name, reader) => {
    const before = await dashboard(reader());
    const row = (await client(first.url).get(T)).body.tiltak.find((t: { id: string }) => t.id === "t04");
    const next = row.status === "done" ? "in_progress" : "done";
    const saved = await client(first.url).patch(`${T}/t04`, { status: next }, { etag: row.etag });
    expect(saved.status).toBe(200);
    const after = await dashboard(reader(), before.headers.get("etag")!);
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(before.headers.get("etag"));
    expect(after.body.tiltak.find((t: { id: string }) => t.id === "t04").status).toBe(next);
    // The test clock is fixed, so both saves share one instant: look for this one, not the first.
    expect(after.body.changes).toContainEqual(
      expect.objectContaining({ field: "status", oldValue: row.status, newValue: next, tiltakText: row.text }),
    );
  });

  it.each([["xx"], ["NB"]])("answers 400 to locale=%s", async (locale) => {
    const res = await call(first.url, "GET", `/api/dashboard?locale=${locale}`);
    expect(res.status).toBe(400);
  });
});
