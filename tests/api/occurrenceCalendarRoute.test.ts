/** The signed "add to calendar" link of reminder cards, against the real service. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { occurrenceLinkUrl } from "../../src/services/occurrenceLink.js";
import { startTestService } from "../support/testService.js";

const TOKEN = "feed-token-cccccccccccccccccccccccc";
const OLD_TOKEN = "feed-token-dddddddddddddddddddddddd";
let service: Awaited<ReturnType<typeof startTestService>>;
let now = new Date("2024-01-02T08:00:00Z");

/** The first Friday presentation of 2024 (the seed's monthly event). */
const occurrence = {
  eventId: "fredagspresentasjoner",
  key: "2024-01-05T00:00",
  start: new Date("2024-01-04T23:00:00Z"),
};
const link = (o = occurrence, token = TOKEN) => occurrenceLinkUrl(service.url, token, o);

beforeAll(async () => {
  service = await startTestService(
    { CALENDAR_FEED_TOKEN: `${TOKEN},${OLD_TOKEN}`, PUBLIC_BASE_URL: "https://alrek.example.no" },
    { clock: () => now },
  );
});
afterAll(async () => service?.stop());

describe("GET /api/calendar/occurrence/:event/:key.ics", () => {
  it("answers one VEVENT for a signed link, without any token in the link", async () => {
    const url = link();
    expect(url).not.toContain(TOKEN);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="fredagspresentasjoner.ics"');
    const ics = await res.text();
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain("DTSTART;VALUE=DATE:20240105");
    expect(ics).toContain("UID:fredagspresentasjoner-20240105T000000@alrek.example.no");
    expect(ics).not.toContain("RRULE:FREQ=MONTHLY");
  });

  it("accepts a link signed with an older token that is still configured (rotation)", async () => {
    expect((await fetch(link(occurrence, OLD_TOKEN))).status).toBe(200);
  });

  it.each([
    ["a changed signature", (u: URL) => u.searchParams.set("sig", `${u.searchParams.get("sig")!.slice(0, -2)}AA`)],
    ["a later expiry", (u: URL) => u.searchParams.set("exp", String(Number(u.searchParams.get("exp")) + 86_400))],
    ["no signature", (u: URL) => u.searchParams.delete("sig")],
    [
      "another occurrence",
      (u: URL) => {
        u.pathname = u.pathname.replace("2024-01-05T00%3A00", "2024-02-02T00%3A00");
      },
    ],
    [
      "another event",
      (u: URL) => {
        u.pathname = u.pathname.replace("fredagspresentasjoner", "alrekforum");
      },
    ],
    [
      "no .ics",
      (u: URL) => {
        u.pathname = u.pathname.replace(/\.ics$/, "");
      },
    ],
    [
      "the feed token instead of a signature",
      (u: URL) => {
        u.search = `?token=${TOKEN}`;
      },
    ],
  ])("answers 404 for %s", async (_name, alter) => {
    const url = new URL(link());
    alter(url);
    const res = await fetch(url);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toMatch(/sig|token|BEGIN:VCALENDAR/i);
  });

  it("answers 404 for a validly signed link to an event or occurrence that does not exist", async () => {
    expect((await fetch(link({ ...occurrence, eventId: "finnes-ikke" }))).status).toBe(404);
    expect((await fetch(link({ ...occurrence, key: "2024-01-06T00:00" }))).status).toBe(404);
  });

  it("answers 403 once the link has expired (30 days after the occurrence)", async () => {
    const url = link();
    now = new Date(occurrence.start.getTime() + 30 * 86_400_000 + 1_000);
    try {
      const res = await fetch(url);
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe("forbidden");
    } finally {
      now = new Date("2024-01-02T08:00:00Z");
    }
  });
});
