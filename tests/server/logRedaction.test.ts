import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.js";
import { startTestService } from "../support/testService.js";
import { rawRequest } from "../support/rawHttp.js";

type Service = Awaited<ReturnType<typeof startTestService>>;

// Neither names itself a token: the log must not depend on the word "token" to find them.
const FEED_TOKEN = "Kf7c1e9a0b5d2f4e68a3b1Qz";
const WRONG_TOKEN = "Wr0f8d2c6b4a1e3957xYz12ab";
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
    ["a matrix parameter", `/api/calendar.ics;token=${FEED_TOKEN}`, 404],
    ["a matrix parameter in capitals", `/api/calendar.ics;TOKEN=${FEED_TOKEN}`, 404],
    ["a wrong token as a matrix parameter", `/api/calendar.ics;token=${WRONG_TOKEN}`, 404],
    ["an encoded matrix parameter", `/api/calendar.ics%3Btoken%3D${FEED_TOKEN}`, 404],
    ["an encoded query", `/api/calendar.ics%3Ftoken%3D${FEED_TOKEN}`, 404],
    ["a twice-encoded matrix parameter", `/api/calendar.ics%253Btoken%253D${FEED_TOKEN}`, 404],
    ["the token as a path segment", `/api/calendar.ics/${FEED_TOKEN}`, 404],
    ["a wrong token as a path segment", `/api/calendar.ics/${WRONG_TOKEN}`, 404],
    ["the token in another case", `/api/calendar.ics/${FEED_TOKEN.toLowerCase()}`, 404],
    ["a fragment", `/api/calendar.ics#token=${FEED_TOKEN}`, 404],
    ["an upper-case path", `/API/calendar.ics?token=${FEED_TOKEN}`, 404],
    ["double slashes", `//api//calendar.ics?token=${FEED_TOKEN}`, 200],
    ["double slashes and a matrix parameter", `//api//calendar.ics;token=${FEED_TOKEN}`, 404],
  ])("%s: the URL is logged without the token", async (_name, path, status, method = "GET") => {
    const before = lines.length;
    const res = await rawRequest(service.url, { method, path });
    expect(res.status).toBe(status);
    const written = lines.slice(before).join("\n").toLowerCase();
    expect(written).not.toContain(FEED_TOKEN.toLowerCase());
    expect(written).not.toContain(WRONG_TOKEN.toLowerCase());
    if (status >= 400) expect(written).toContain("[redacted]");
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
