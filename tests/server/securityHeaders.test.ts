import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../../src/config/config.js";
import { silentLogger } from "../../src/logger.js";
import { startService, type RunningService } from "../../src/service.js";
import { startTestService } from "../support/testService.js";
import { ensureTabBuilt } from "../support/tabBuild.js";
import { rawRequest } from "../support/rawHttp.js";
import { randomTablePrefix } from "../setup/azurite.js";

/** The directives every tab page carries, in any mode. */
const TAB_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
];

/** The real service with `production` on; loadConfig would refuse local storage in production, so the flag is set after it. */
async function startProductionService(): Promise<RunningService> {
  const config = loadConfig(
    { PORT: "0", AZURE_STORAGE_CONNECTION_STRING: inject("azuriteConnectionString") },
    { dataDir: mkdtempSync(join(tmpdir(), "alrek-test-")) },
  );
  const tablePrefix = randomTablePrefix();
  return startService({ ...config, production: true }, { log: silentLogger, tablePrefix, reminders: false });
}

const directives = (csp: unknown) =>
  String(csp)
    .split(";")
    .map((d) => d.trim());
const frameAncestors = (csp: unknown) => directives(csp).find((d) => d.startsWith("frame-ancestors ")) ?? "";

describe.each([
  ["development", false],
  ["production", true],
])("security headers in %s", (_mode, production) => {
  let service: RunningService;
  beforeAll(async () => {
    ensureTabBuilt();
    service = production ? await startProductionService() : await startTestService();
  });
  afterAll(async () => {
    await service?.stop();
  });

  it.each(["/tab/index.html", "/tab/config.html", "/tab/", "/tab/nope.js"])(
    "%s carries the tab's Content-Security-Policy",
    async (path) => {
      const csp = (await rawRequest(service.url, { path })).headers["content-security-policy"];
      expect(directives(csp)).toEqual(expect.arrayContaining(TAB_DIRECTIVES));
      const ancestors = frameAncestors(csp);
      expect(ancestors).toContain("https://teams.microsoft.com");
      expect(ancestors).toContain("https://*.cloud.microsoft");
      if (production) expect(ancestors).not.toMatch(/localhost|127\.0\.0\.1|http:/);
      else expect(ancestors).toContain("http://localhost:*");
    },
  );

  it.each(["/tab/index.html", "/healthz", "/api/groups", "/no/such/route"])(
    "%s has HSTS exactly in production, and nosniff",
    async (path) => {
      const res = await rawRequest(service.url, { path });
      expect(res.headers["strict-transport-security"]).toBe(production ? "max-age=31536000" : undefined);
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
    },
  );
});
