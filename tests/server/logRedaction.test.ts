import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.js";
import { startTestService } from "../support/testService.js";
import { rawRequest } from "../support/rawHttp.js";

type Service = Awaited<ReturnType<typeof startTestService>>;

const FEED_TOKEN = "feed-token-7c1e9a0b5d2f4e68a3b1";
const WRONG_TOKEN = "wrong-token-0f8d2c6b4a1e3957";
const BEARER = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzZWNyZXQtYmVhcmVyIn0.c2lnbmF0dXJlLXNlY3JldA";

describe("no secret reaches a log line", () => {
  let service: Service;
  const lines: string[] = [];
  beforeAll(async () => {
    service = await startTestService(
      {
        CALENDAR_FEED_TOKEN: FEED_TOKEN,
        LOG_LEVEL: "debug",
        // Entra mode with an unreachable key set: every token check fails and is logged.
        ENTRA_CLIENT_ID: "33333333-3333-3333-3333-333333333333",
        ENTRA_TENANT_ID: "11111111-1111-1111-1111-111111111111",
        ENTRA_JWKS_URL: "http://127.0.0.1:9/keys",
      },
      { log: createLogger("debug", (line) => lines.push(line)) },
    );
  });
  afterAll(async () => {
    await service?.stop();
  });

  it.each([
    ["the feed with its token", `/api/calendar.ics?token=${FEED_TOKEN}`, 200],
    ["the feed with a wrong token", `/api/calendar.ics?token=${WRONG_TOKEN}`, 404],
    ["one event's .ics for an unknown event", `/api/events/no-such-event/ics?token=${FEED_TOKEN}&occurrence=x`, 404],
    ["a mistyped feed path", `/api/calendar.icsx?token=${FEED_TOKEN}`, 404],
    ["a feed path with a method it lacks", `/api/calendar.ics?token=${FEED_TOKEN}`, 405, "POST"],
    ["a tab path with the token", `/tab/%00?token=${FEED_TOKEN}`, 404],
  ])("%s: the URL is logged without its query", async (_name, path, status, method = "GET") => {
    const before = lines.length;
    const res = await rawRequest(service.url, { method, path });
    expect(res.status).toBe(status);
    const written = lines.slice(before).join("\n");
    expect(written).not.toContain(FEED_TOKEN);
    expect(written).not.toContain(WRONG_TOKEN);
    if (status >= 400) expect(written).toContain("?[redacted]");
  });

  it("never logs an Authorization header", async () => {
    const before = lines.length;
    for (const path of ["/api/me", "/api/summary", "/api/events/all"]) {
      const res = await rawRequest(service.url, { path, headers: { authorization: `Bearer ${BEARER}` } });
      expect(res.status).toBeGreaterThanOrEqual(400);
    }
    const written = lines.slice(before);
    expect(written.length).toBeGreaterThan(0);
    for (const secret of [BEARER, ...BEARER.split(".")]) expect(written.join("\n")).not.toContain(secret);
  });
});
