import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { findFreePort } from "../../src/storage/azuriteProcess.js";
import { Fuzzer, seededRandom } from "../support/randomInput.js";

/**
 * Thousands of hostile activities and API bodies against the real service, started as `npm start`
 * starts it (its own process, its own heap cap), on the test Azurite. Nothing may answer 5xx, the
 * process must live, and its memory must stay bounded. Replay a failure with FUZZ_SEED.
 */
const root = join(import.meta.dirname, "..", "..");
// A fixed seed, so every run sends the same requests; FUZZ_SEED tries others.
const seed = Number(process.env.FUZZ_SEED ?? 280_042);
const ACTIVITIES = 3_500;
const API_REQUESTS = 1_500;
const IN_FLIGHT = 8;

/** Only loopback addresses on closed ports: the bot must never be sent anywhere else. */
const SERVICE_URLS = [
  "http://127.0.0.1:9/",
  "http://127.0.0.1:1/x",
  true,
  0,
  "",
  "not a url",
  "javascript:alert(1)",
  "ftp://127.0.0.1/",
  {},
  [],
];
const ACTIVITY_PATHS = [
  "type",
  "id",
  "channelId",
  "serviceUrl",
  "from",
  "from.id",
  "from.name",
  "from.aadObjectId",
  "recipient",
  "recipient.id",
  "conversation",
  "conversation.id",
  "conversation.conversationType",
  "conversation.tenantId",
  "locale",
  "text",
  "value",
  "entities",
  "attachments",
  "channelData",
  "channelData.tenant",
  "channelData.tenant.id",
  "timestamp",
  "replyToId",
  "membersAdded",
  "name",
  "deliveryMode",
  "textFormat",
  "action",
];
const TYPES = [
  "message",
  "invoke",
  "conversationUpdate",
  "installationUpdate",
  "messageReaction",
  "event",
  "typing",
  "x".repeat(100),
];

function baseActivity(f: Fuzzer): Record<string, unknown> {
  return {
    type: "message",
    id: `fuzz-${f.int(1e9)}`,
    channelId: "msteams",
    serviceUrl: "http://127.0.0.1:9/",
    locale: f.pick(["nb-NO", "en-US", "nn-NO"]),
    from: { id: "29:fuzz", name: "Fuzz", aadObjectId: "00000000-0000-0000-0000-0000000000ff" },
    recipient: { id: "28:bot", name: "Alrek" },
    conversation: {
      id: `a:fuzz-${f.int(50)}`,
      conversationType: "personal",
      tenantId: "11111111-1111-1111-1111-111111111111",
    },
    channelData: { tenant: { id: "11111111-1111-1111-1111-111111111111" } },
    deliveryMode: "expectReplies",
    text: f.string(),
  };
}

function activityBody(f: Fuzzer): string {
  const roll = f.rand();
  if (roll < 0.03) return f.deep(2_000 + f.int(60_000));
  if (roll < 0.06) return f.pick(["", "null", "[]", '"x"', "{", '{"type":', "\u0000", "1e99999"]);
  const activity = f.mutate(baseActivity(f), ACTIVITY_PATHS, (path) => {
    if (path === "serviceUrl") return f.pick(SERVICE_URLS);
    if (path === "type") return f.rand() < 0.7 ? f.pick(TYPES) : f.value();
    // Replies go back in the response, not to a serviceUrl.
    if (path === "deliveryMode") return "expectReplies";
    return f.value();
  });
  return JSON.stringify(activity);
}

function eventBody(f: Fuzzer): Record<string, unknown> {
  return f.mutate(
    {
      title: "Fuzz",
      kind: "meeting",
      start: "2027-03-04T10:00",
      end: "2027-03-04T11:00",
      timeZone: "Europe/Oslo",
      place: "Borgertun",
      organiser: "Alrekforum",
      description: "x",
      recurrence: "FREQ=MONTHLY;BYDAY=1FR",
      reminderLeadTimes: ["P1D"],
      exceptions: [],
      link: "https://example.invalid/",
    },
    [
      "title",
      "kind",
      "start",
      "end",
      "timeZone",
      "place",
      "organiser",
      "description",
      "recurrence",
      "reminderLeadTimes",
      "exceptions",
      "link",
      "cancelled",
      "__proto__",
    ],
  );
}

function apiRequest(f: Fuzzer): { method: string; path: string; body?: string; headers?: Record<string, string> } {
  const id = urlPart(f.string().slice(0, 80));
  const q = urlPart(f.string().slice(0, 200));
  switch (f.int(9)) {
    case 0:
      return { method: "POST", path: "/api/events", body: JSON.stringify(eventBody(f)) };
    case 1:
      return {
        method: "PATCH",
        path: `/api/events/${id}`,
        body: JSON.stringify(eventBody(f)),
        headers: { "if-match": f.pick(["*", '"x"', q]) },
      };
    case 2:
      return { method: "POST", path: `/api/events/${id}/cancel`, body: JSON.stringify(f.value(3)) };
    case 3:
      return {
        method: "PATCH",
        path: f.pick(["/api/periods/2024-2025/tiltak/t01", `/api/periods/${id}/tiltak/${id}`]),
        body: JSON.stringify(f.mutate({ status: "done", notes: "x" }, ["status", "notes", "responsible", "dueDate"])),
        headers: { "if-match": f.pick(["*", '"x"']) },
      };
    case 4:
      return {
        method: "POST",
        path: "/api/periods",
        body: JSON.stringify(
          f.mutate({ id: "2099-2100", name: "x", areas: [] }, ["id", "name", "areas", "carryOver", "start", "end"]),
        ),
      };
    case 5:
      return {
        method: "GET",
        path: f.pick([
          `/api/events?from=${q}&to=${q}`,
          `/api/summary?locale=${q}`,
          `/api/calendar.ics?token=${q}`,
          `/api/events/${id}/ics`,
          `/api/periods/${id}/tiltak.csv`,
        ]),
      };
    case 6:
      return { method: "POST", path: "/api/events", body: f.pick(["{", "[]", "null", f.deep(10_000)]) };
    case 7:
      return { method: "GET", path: `/tab/${id}` };
    default:
      return {
        method: f.pick(["PUT", "DELETE", "OPTIONS", "POST"]),
        path: f.pick(["/api/events", "/api/me", "/healthz", `/api/${id}`]),
        body: JSON.stringify(f.value(3)),
      };
  }
}

/** Percent-encodes any string, lone surrogates included (as U+FFFD), as a client would. */
function urlPart(s: string): string {
  return encodeURIComponent(s.replace(/[\ud800-\udfff]/g, "\ufffd"));
}

function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Number(kb) / 1024;
}

async function pool<T>(items: number, make: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < items) {
        const i = next++;
        out[i] = await make(i);
      }
    }),
  );
  return out;
}

describe(`fuzzing the running service (FUZZ_SEED=${seed})`, () => {
  let child: ChildProcess;
  let base = "";
  let output = "";
  let exited = false;

  beforeAll(async () => {
    const port = await findFreePort();
    base = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, ["--max-old-space-size=512", "--import", "tsx", "src/main.ts"], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "/tmp",
        PORT: String(port),
        LOG_LEVEL: "info",
        REMINDER_TICK_SECONDS: "3600",
        AZURE_STORAGE_CONNECTION_STRING: inject("azuriteConnectionString"),
      },
    });
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    child.on("exit", () => (exited = true));
    for (
      let i = 0;
      i < 300 &&
      !(await fetch(`${base}/healthz`).then(
        (r) => r.ok,
        () => false,
      ));
      i++
    ) {
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 60_000);

  afterAll(() => {
    if (!exited) child.kill("SIGKILL");
  });

  it(`answers ${ACTIVITIES} hostile activities and ${API_REQUESTS} hostile API requests without a 5xx, a crash or growing memory`, async () => {
    const f = new Fuzzer(seededRandom(seed));
    // Warm up, so the caches and the JIT are in the baseline.
    await pool(200, () =>
      fetch(`${base}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: activityBody(f),
      }).then((r) => r.text()),
    );
    const before = rssMb(child.pid!);

    const failures: string[] = [];
    await pool(ACTIVITIES, async () => {
      const body = activityBody(f);
      const res = await fetch(`${base}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      const text = await res.text();
      if (res.status >= 500) failures.push(`${res.status} ${text.slice(0, 200)} ← ${body.slice(0, 300)}`);
    });
    await pool(API_REQUESTS, async () => {
      const r = apiRequest(f);
      const res = await fetch(base + r.path, {
        method: r.method,
        headers: { "content-type": "application/json", ...r.headers },
        body: r.body,
      });
      const text = await res.text();
      if (res.status >= 500)
        failures.push(`${res.status} ${text.slice(0, 200)} ← ${r.method} ${r.path} ${r.body?.slice(0, 300)}`);
    });

    expect(failures.slice(0, 5)).toEqual([]);
    expect(exited).toBe(false);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    // Bounded: what the run added stays far below what unbounded caches or buffers would add.
    expect(rssMb(child.pid!) - before).toBeLessThan(150);
    // Input errors are one log line each, never a stack trace.
    expect(output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  }, 600_000);
});
