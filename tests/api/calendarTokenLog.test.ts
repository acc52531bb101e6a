import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.js";
import { redactToken } from "../../src/api/calendarRoutes.js";
import { startTestService } from "../support/testService.js";
import { call, fixedClock } from "./apiClient.js";

const TOKEN = "secret-feed-token-0123456789abcdef";
const WRONG = "wrong-feed-token-0123456789abcdef";
const logged: string[] = [];
let service: Awaited<ReturnType<typeof startTestService>>;

beforeAll(async () => {
  // Debug level: every rejected request is logged, which is where a URL with the token would show.
  service = await startTestService(
    { CALENDAR_FEED_TOKEN: TOKEN },
    { clock: fixedClock, log: createLogger("debug", (line) => logged.push(line)) },
  );
});
afterAll(async () => service?.stop());

describe("the calendar feed token never reaches the log", () => {
  it.each([
    ["the feed, right token", `/api/calendar.ics?token=${TOKEN}`, 200],
    ["the feed, wrong token", `/api/calendar.ics?token=${WRONG}`, 404],
    ["the feed, token not first", `/api/calendar.ics?x=1&token=${WRONG}`, 404],
    ["one event, right token", `/api/events/fredagspresentasjoner/ics?token=${TOKEN}`, 200],
    ["one event, wrong token", `/api/events/fredagspresentasjoner/ics?token=${WRONG}`, 404],
    ["an unknown occurrence", `/api/events/fredagspresentasjoner/ics?token=${TOKEN}&occurrence=2026-11-07T00:00`, 404],
    ["an unknown event", `/api/events/finnes-ikke/ics?token=${TOKEN}`, 404],
  ])("%s", async (_name, path, status) => {
    const before = logged.length;
    const res = await call(service.url, "GET", path);
    expect(res.status).toBe(status);
    if (status === 404) expect(logged.length).toBeGreaterThan(before); // the rejection was logged…
    for (const line of logged) {
      expect(line).not.toContain(TOKEN); // …without the token
      expect(line).not.toContain(WRONG);
    }
  });

  it.each([
    ["/api/calendar.ics?token=abc", "/api/calendar.ics?token=[redacted]"],
    ["/api/x/ics?occurrence=k&TOKEN=abc&y=1", "/api/x/ics?occurrence=k&TOKEN=[redacted]&y=1"],
    ["/api/x/ics?token=a&token=b", "/api/x/ics?token=[redacted]&token=[redacted]"],
    ["/api/x/ics?mytoken=abc", "/api/x/ics?mytoken=abc"],
  ])("redactToken(%j)", (url, expected) => expect(redactToken(url)).toBe(expected));
});
