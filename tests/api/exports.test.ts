import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService } from "../support/testService.js";
import { call, client, fixedClock } from "./apiClient.js";

const TOKEN_A = "feed-token-aaaaaaaaaaaaaaaaaaaaaaaa";
const TOKEN_B = "feed-token-bbbbbbbbbbbbbbbbbbbbbbbb";
let service: Awaited<ReturnType<typeof startTestService>>;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  service = await startTestService(
    { CALENDAR_FEED_TOKEN: `${TOKEN_A},${TOKEN_B}`, PUBLIC_BASE_URL: "https://alrek.example.no" },
    { clock: fixedClock },
  );
  api = client(service.url);
});
afterAll(async () => service?.stop());

describe("tiltak CSV", () => {
  it("exports UTF-8 with BOM, ; separated, with formula injection neutralised", async () => {
    const list = await api.get("/api/periods/2024-2025/tiltak");
    const t01 = list.body.tiltak.find((t: { id: string }) => t.id === "t01");
    const patched = await api.patch(
      "/api/periods/2024-2025/tiltak/t01",
      { notes: '=HYPERLINK("http://evil")', responsible: "@Karen" },
      { etag: t01.etag },
    );
    expect(patched.status).toBe(200);

    const res = await fetch(`${service.url}/api/periods/2024-2025/tiltak.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="tiltak-2024-2025.csv"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1);
    const lines = text.split("\r\n");
    expect(lines[0]).toBe(
      '"Område";"Tiltak";"Status";"Ansvarlig";"Frist";"Milepæl";"Notater";"Sist endret";"Endret av"',
    );
    expect(lines).toHaveLength(18); // header, 16 tiltak, trailing empty
    const row = lines.find((l) => l.includes("kommunikasjonsplan"))!;
    expect(row).toContain(`"'@Karen";"";"";"'=HYPERLINK(""http://evil"")";"22.11.2026 10:00";"Lokal utvikler"`);
    expect(row.startsWith('"Kommunikasjon')).toBe(true);
  });

  it("exports the current period under the alias current", async () => {
    const res = await fetch(`${service.url}/api/periods/current/tiltak.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/filename="tiltak-2024-2025.csv"/);
  });

  it("answers 404 for an unknown period", async () => {
    expect((await api.get("/api/periods/1999-2000/tiltak.csv")).status).toBe(404);
  });
});

describe("calendar feed", () => {
  it.each([
    ["without a token", "/api/calendar.ics"],
    ["with a wrong token", "/api/calendar.ics?token=wrong-token-cccccccccccccccccccc"],
    ["with a token prefix", `/api/calendar.ics?token=${TOKEN_A.slice(0, 20)}`],
    ["for one event without a token", "/api/events/fredagspresentasjoner/ics"],
  ])("answers 404 %s", async (_name, path) => {
    const res = await call(service.url, "GET", path);
    expect(res.status).toBe(404);
    expect(res.text).not.toMatch(/token|calendar/i);
  });

  it.each([
    ["the first token", TOKEN_A],
    ["the second token (rotation)", TOKEN_B],
  ])("serves RFC 5545 with %s", async (_name, token) => {
    const res = await fetch(`${service.url}/api/calendar.ics?token=${token}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const ics = await res.text();
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/Oslo");
    expect(ics).toContain("UID:fredagspresentasjoner@alrek.example.no");
    // The documents give a date but no time: exported as a date, with the holiday Fridays marked.
    expect(ics).toContain("DTSTART;VALUE=DATE:20240105");
    expect(ics).not.toMatch(/DTSTART;TZID=Europe\/Oslo:20240105T/);
    expect(ics).toContain("RECURRENCE-ID;VALUE=DATE:20270101");
    expect(ics).toContain("SUMMARY:Fredagspresentasjoner (faller på 1. nyttårsdag)");
    expect(ics).toContain("X-ALREK-HOLIDAY:newYear");
    expect(ics).toContain("RRULE:FREQ=MONTHLY;BYDAY=1FR");
    expect(ics).toContain("LOCATION:Kantinen\\, Årstadveien 17");
    // Undated events are not in the feed.
    expect(ics).not.toContain("UID:alrek-helsedager@");
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
  });

  it("shows a cancelled occurrence as EXDATE and a moved one as RECURRENCE-ID", async () => {
    const fredag = (await api.get("/api/events/all")).body.events.find(
      (e: { id: string }) => e.id === "fredagspresentasjoner",
    );
    const res = await api.patch(
      "/api/events/fredagspresentasjoner",
      {
        exceptions: [
          { originalStart: "2026-12-04T00:00", cancelled: true },
          { originalStart: "2027-01-01T00:00", newStart: "2027-01-08T00:00" },
        ],
      },
      { etag: fredag.etag },
    );
    expect(res.status).toBe(200);
    const ics = await (await fetch(`${service.url}/api/calendar.ics?token=${TOKEN_A}`)).text();
    expect(ics).toContain("EXDATE;VALUE=DATE:20261204");
    // Moved off the holiday: no mark any more.
    expect(ics).toContain(
      "RECURRENCE-ID;VALUE=DATE:20270101\r\nDTSTART;VALUE=DATE:20270108\r\nSUMMARY:Fredagspresentasjoner\r\n",
    );
  });

  it("serves one occurrence behind the same token, and 404 for a key outside the series", async () => {
    const ok = await fetch(
      `${service.url}/api/events/fredagspresentasjoner/ics?token=${TOKEN_B}&occurrence=2026-11-06T00:00`,
    );
    expect(ok.status).toBe(200);
    const ics = await ok.text();
    expect(ics).toContain("DTSTART;VALUE=DATE:20261106");
    expect(ics).not.toContain("RRULE:FREQ=MONTHLY");
    const bad = await call(
      service.url,
      "GET",
      `/api/events/fredagspresentasjoner/ics?token=${TOKEN_B}&occurrence=2026-11-07T00:00`,
    );
    expect(bad.status).toBe(404);
  });
});
