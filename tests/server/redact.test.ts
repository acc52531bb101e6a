import { describe, expect, it } from "vitest";
import { redactQueries, redactUrl } from "../../src/server/redact.js";

describe("redactUrl", () => {
  it.each([
    ["/api/calendar.ics?token=s3cret-token-value", "/api/calendar.ics?[redacted]"],
    ["/api/events/x/ics?occurrence=1&token=abc", "/api/events/x/ics?[redacted]"],
    ["https://alrek.example/api/calendar.ics?token=abc#frag", "https://alrek.example/api/calendar.ics?[redacted]"],
    ["/tab/index.html#token=abc", "/tab/index.html?[redacted]"],
    ["/healthz", "/healthz"],
    [undefined, ""],
  ])("%s → %s", (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });
});

describe("redactQueries", () => {
  it.each([
    ["/api/calendar.icsx?token=abc does not exist", "/api/calendar.icsx?[redacted] does not exist"],
    ["GET https://h/x?token=abc and /y?a=b", "GET https://h/x?[redacted] and /y?[redacted]"],
    ["Who sits there? Nobody", "Who sits there? Nobody"],
    ["no query here", "no query here"],
  ])("%s → %s", (text, expected) => {
    expect(redactQueries(text)).toBe(expected);
  });
});
