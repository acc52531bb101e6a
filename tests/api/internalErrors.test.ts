import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Server } from "restify";
import { loadConfig } from "../../src/config/config.js";
import { createLogger } from "../../src/logger.js";
import { createHttpServer } from "../../src/server/createServer.js";
import { registerApi } from "../../src/api/index.js";
import { createServices } from "../../src/compose/services.js";
import { call, fixedClock } from "./apiClient.js";

/** What a storage failure might say: exactly what must never reach a caller. */
const SECRET =
  "AccountKey=c2VjcmV0LWtleQ==;DefaultEndpointsProtocol=https at TableClient.listEntities (/app/src/storage/x.ts:12)";
const fail = async (): Promise<never> => {
  throw new Error(SECRET);
};
const failing = new Proxy({}, { get: () => fail });

let server: Server;
let base: string;
const logged: string[] = [];

beforeAll(async () => {
  const config = loadConfig({ PORT: "0" }, { dataDir: "/tmp/unused" });
  const repos = { directory: failing, events: failing, plan: failing, history: failing } as never;
  const log = createLogger("debug", (line) => logged.push(line));
  server = createHttpServer(log);
  registerApi(server, {
    auth: { api: config.api, editorObjectIds: config.editorObjectIds },
    services: createServices(repos, fixedClock),
    calendar: { feedTokens: config.calendarFeedTokens, publicBaseUrl: config.publicBaseUrl },
    clock: fixedClock,
    log,
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("5xx answers", () => {
  it.each([
    ["GET", "/api/events/all", undefined],
    ["GET", "/api/summary", undefined],
    ["GET", "/api/periods/2024-2025/tiltak", undefined],
    ["GET", "/api/calendar.ics?token=local-development-calendar-token", undefined],
    ["POST", "/api/events", { kind: "meeting", title: "Møte" }],
  ])("%s %s fails as a plain 500 without internals", async (method, path, body) => {
    const res = await call(base, method, path, { body });
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ error: { code: "internal", message: "Internal server error" } });
    expect(res.text).not.toMatch(/AccountKey|TableClient|\/app\/src|stack/);
  });

  it("logs the failure for the operators, and keeps answering", async () => {
    expect(logged.some((l) => l.includes("request failed") && l.includes("AccountKey"))).toBe(true);
    expect((await call(base, "GET", "/api/me")).status).toBe(200);
  });
});
