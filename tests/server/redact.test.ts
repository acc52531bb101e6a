import { describe, expect, it } from "vitest";
import { redactQueries, redactUrl } from "../../src/server/redact.js";

const T = "s3cretFeedToken0123456789abcdef";

describe("redactUrl keeps only a plain path", () => {
  it.each([
    ["a query", `/api/calendar.ics?token=${T}`, "/api/calendar.ics[redacted]"],
    ["a query, token not first", `/api/events/x/ics?occurrence=1&token=${T}`, "/api/events/x/ics[redacted]"],
    [
      "an absolute URL with a fragment",
      `https://alrek.example/api/calendar.ics?token=${T}#f`,
      "https://alrek.example/api/calendar.ics[redacted]",
    ],
    ["a fragment", `/tab/index.html#token=${T}`, "/tab/index.html[redacted]"],
    ["a matrix parameter", `/api/calendar.ics;token=${T}`, "/api/calendar.ics[redacted]"],
    ["a matrix parameter in capitals", `/API/CALENDAR.ICS;TOKEN=${T}`, "/API/CALENDAR.ICS[redacted]"],
    ["an encoded matrix parameter", `/api/calendar.ics%3Btoken%3D${T}`, "/api/calendar.ics[redacted]"],
    ["an encoded query in lower case", `/api/calendar.ics%3ftoken%3d${T}`, "/api/calendar.ics[redacted]"],
    ["a twice-encoded matrix parameter", `/api/calendar.ics%253Btoken%253D${T}`, "/api/calendar.ics[redacted]"],
    ["an encoded fragment", `/api/calendar.ics%23token=${T}`, "/api/calendar.ics[redacted]"],
    ["the token as a path segment", `/api/calendar.ics/${T}`, "/api/calendar.ics/[redacted]"],
    ["a segment naming a token", "/api/calendar.ics/token/abc", "/api/calendar.ics/[redacted]"],
    ["double slashes", `//api//calendar.ics?token=${T}`, "//api//calendar.ics[redacted]"],
    ["a broken encoding", `/api/calendar.ics%E0%A4%A;token=${T}`, "/api/calendar.ics[redacted]"],
    ["a plain path", "/healthz", "/healthz"],
    [
      "an event id",
      "/api/events/alrekforum-beho-desember-3f9a1c/history",
      "/api/events/alrekforum-beho-desember-3f9a1c/history",
    ],
    [
      "a booking id",
      "/api/borgertun/bookings/20261201-ab12cd34/cancel",
      "/api/borgertun/bookings/20261201-ab12cd34/cancel",
    ],
    ["encoded letters", "/api/groups/h%C3%B8stm%C3%B8te", "/api/groups/høstmøte"],
    ["nothing", undefined, ""],
  ])("%s", (_name, url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });
});

describe("redactQueries", () => {
  it.each([
    [`/api/calendar.icsx?token=${T} does not exist`, "/api/calendar.icsx[redacted] does not exist"],
    [`/api/calendar.ics%3Btoken%3D${T} does not exist`, "/api/calendar.ics[redacted] does not exist"],
    [`GET https://h/x?token=${T} and /y;a=b`, "GET https://h/x[redacted] and /y[redacted]"],
    ["Who sits there? Nobody", "Who sits there? Nobody"],
    ["kl. 10/12 and and/or", "kl. 10/12 and and/or"],
    ["no query here", "no query here"],
    [
      `Error: /x;token=${T}\n    at handler (/app/dist/server/api/x.js:12:5)`,
      "Error: /x[redacted]\n    at handler (/app/dist/server/api/x.js:12:5)",
    ],
  ])("%s → %s", (text, expected) => {
    expect(redactQueries(text)).toBe(expected);
  });
});
