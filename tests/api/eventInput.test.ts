import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService } from "../support/testService.js";
import { cachedFormatterCount, MAX_CACHED_FORMATTERS } from "../../src/domain/time.js";
import { client, fixedClock } from "./apiClient.js";

const FEED_TOKEN = "feed-token-for-event-input-0123456789";
let service: Awaited<ReturnType<typeof startTestService>>;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  service = await startTestService({ CALENDAR_FEED_TOKEN: FEED_TOKEN }, { clock: fixedClock });
  api = client(service.url);
});
afterAll(async () => service?.stop());

const valid = { kind: "meeting", title: "Møte i Alrekforum", start: "2026-12-10T10:00", end: "2026-12-10T11:00" };
const eventCount = async () => (await api.get("/api/events/all")).body.events.length as number;
const feed = async () => (await fetch(`${service.url}/api/calendar.ics?token=${FEED_TOKEN}`)).text();

describe("time zones of new events", () => {
  it("refuses 2,000 distinct made-up zones with 400, and the zone cache stays bounded", async () => {
    const before = await eventCount();
    const statuses: number[] = [];
    // Sequential batches: the point is many distinct strings, not concurrency.
    for (let batch = 0; batch < 20; batch++) {
      const answers = await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          api.post("/api/events", { ...valid, timeZone: `Bogus/Zone_${batch}_${i}` }),
        ),
      );
      statuses.push(...answers.map((a) => a.status));
    }
    expect(statuses).toHaveLength(2000);
    expect(new Set(statuses)).toEqual(new Set([400]));
    expect(cachedFormatterCount()).toBeLessThanOrEqual(MAX_CACHED_FORMATTERS);
    expect(await eventCount()).toBe(before);
  });

  it.each(
    Intl.supportedValuesOf("timeZone")
      .filter((z) => z !== "Europe/Oslo")
      .slice(0, 60),
  )("refuses the real zone %s with a clear message (events are in Europe/Oslo)", async (timeZone) => {
    const res = await api.post("/api/events", { ...valid, timeZone });
    expect(res.status).toBe(400);
    expect(res.body.error.issues).toEqual([{ field: "timeZone", message: expect.stringContaining("Europe/Oslo") }]);
    expect(cachedFormatterCount()).toBeLessThanOrEqual(MAX_CACHED_FORMATTERS);
  });

  it("accepts Europe/Oslo, given or left out", async () => {
    expect((await api.post("/api/events", { ...valid, timeZone: "Europe/Oslo" })).status).toBe(201);
    expect((await api.post("/api/events", valid)).body.timeZone).toBe("Europe/Oslo");
  });
});

describe("recurrence with the RRULE: prefix", () => {
  it.each(["RRULE:FREQ=WEEKLY;COUNT=3", "rrule:freq=weekly;count=3", "  RRULE:FREQ=WEEKLY;COUNT=3  "])(
    "stores %j as the bare rule and exports one RRULE line",
    async (recurrence) => {
      const title = `Ukentlig ${Math.random().toString(36).slice(2, 8)}`;
      const res = await api.post("/api/events", { kind: "workshop", title, start: "2027-01-12T09:00", recurrence });
      expect(res.status).toBe(201);
      expect(res.body.recurrence).toBe("FREQ=WEEKLY;COUNT=3");
      const vevent = (await feed()).split("BEGIN:VEVENT").find((v) => v.includes(`UID:${res.body.id}@`))!;
      expect(vevent).toContain("\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\n");
      expect(vevent).not.toContain("RRULE:RRULE");
    },
  );

  it("refuses RRULE:RRULE: (a prefix is removed once, not repeatedly)", async () => {
    const res = await api.post("/api/events", { ...valid, recurrence: "RRULE:RRULE:FREQ=WEEKLY" });
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0].field).toBe("recurrence");
  });
});

describe("control characters in event text", () => {
  it.each<[string, Record<string, unknown>, string]>([
    ["NUL in the title", { title: "Møte\u0000" }, "title"],
    ["NUL in the middle of a place", { place: "Borger\u0000tun" }, "place"],
    ["an escape sequence in the organiser", { organiser: "Karen \u001b[31m" }, "organiser"],
    ["a bell in the description", { description: "Agenda\u0007" }, "description"],
    ["DEL in the English title", { titleEn: "Meeting\u007f" }, "titleEn"],
    ["a C1 control in the description", { description: "Agenda\u0085" }, "description"],
    ["a line separator in the title", { title: "Møte\u2028BEGIN:VEVENT" }, "title"],
    ["a line break in the title", { title: "Møte\r\nBEGIN:VEVENT" }, "title"],
    ["a line break in the place", { place: "Borgertun\nSTATUS:CANCELLED" }, "place"],
    ["a line break in the link", { link: "https://alrek.no/\r\nX:1" }, "link"],
    ["NUL in the recurrence", { recurrence: "FREQ=WEEKLY\u0000" }, "recurrence"],
  ])("refuses %s with 400 and stores nothing", async (_name, change, field) => {
    const before = await eventCount();
    const res = await api.post("/api/events", { ...valid, ...change });
    expect(res.status).toBe(400);
    expect(res.body.error.issues.map((i: { field: string }) => i.field)).toContain(field);
    expect(await eventCount()).toBe(before);
  });

  it("refuses NUL in a PATCH too, and the feed never carries a control character", async () => {
    const created = await api.post("/api/events", { ...valid, description: "Linje 1\nLinje 2\tmed tab" });
    expect(created.status).toBe(201);
    const patched = await api.patch(
      `/api/events/${created.body.id}`,
      { title: "Ny\u0000tittel" },
      { etag: created.body.etag },
    );
    expect(patched.status).toBe(400);
    const ics = await feed();
    expect(ics).toContain("DESCRIPTION:Linje 1\\nLinje 2 med tab");
    expect(ics).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
  });
});
