import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One activity the fake connector accepted. */
export interface RecordedActivity {
  id: string;
  conversationId: string;
  /** Real wall-clock ms when it arrived. */
  receivedAt: number;
  activity: Record<string, unknown>;
}

/** Every POST, accepted or not: what Teams counts against its limits. */
export interface ReceivedRequest {
  conversationId: string;
  receivedAt: number;
  status: number;
  /** Why it failed: "limit" (over a Teams limit), "scripted", "random". */
  reason?: "limit" | "scripted" | "random";
}

/** An in-place update of a posted activity (PUT …/activities/:activityId). */
export interface RecordedUpdate {
  conversationId: string;
  activityId: string;
  receivedAt: number;
  activity: Record<string, unknown>;
}

/** A conversation member as GET …/pagedmembers lists it. */
export interface FakeMember {
  id: string;
  name?: string;
  aadObjectId?: string;
}

/** A scripted failure: HTTP status, optional Retry-After seconds, optionally only for one conversation. */
export interface FailureRule {
  /** 0 = never answer (a hung connection). */
  status: number;
  retryAfterSeconds?: number;
  conversationId?: string;
  /** How many matching posts fail; Infinity for "always". */
  remaining: number;
}

/** Random failures, like a busy connector: each post fails with these probabilities. */
export interface ChaosOptions {
  p429: number;
  p500: number;
  /** Retry-After of a random 429, in seconds (a function for a mix of short and long ones). */
  retryAfterSeconds: number | ((random: () => number) => number);
  /** Seed of the generator, so a run can be repeated. */
  seed?: number;
}

/** Teams' limits: per bot per conversation, and per app (per tenant) for all conversations. */
export const TEAMS_LIMITS = {
  conversation: [
    { count: 7, windowMs: 1_000 },
    { count: 8, windowMs: 2_000 },
    { count: 60, windowMs: 30_000 },
    { count: 1_800, windowMs: 3_600_000 },
  ],
  app: [{ count: 50, windowMs: 1_000 }],
} as const;

/** Options of {@link startFakeConnector}. */
export interface FakeConnectorOptions {
  /** Answer 429 (with Retry-After) to a post over Teams' limits, as Teams does. Off by default. */
  enforceLimits?: boolean;
  chaos?: ChaosOptions;
}

/** A running fake Bot Connector. */
export interface FakeConnector {
  /** Base URL to use as a target's serviceUrl, e.g. "http://127.0.0.1:54321". */
  url: string;
  /** Activities accepted so far (also served at GET /recorded). */
  recorded(): RecordedActivity[];
  /** In-place updates accepted so far (PUT …/activities/:id), in arrival order. */
  updates(): RecordedUpdate[];
  /** The members GET …/pagedmembers returns for a conversation (channel id without ";messageid="). */
  setMembers(conversationId: string, members: FakeMember[]): void;
  /** Every POST with its answer, in arrival order. */
  requests(): ReceivedRequest[];
  /** The next `count` posts (to `conversationId`, if given) get `status` (0: no answer at all). */
  failNext(count: number, status: number, opts?: { retryAfterSeconds?: number; conversationId?: string }): void;
  /** Every post to `conversationId` gets `status` from now on. */
  failConversation(conversationId: string, status: number): void;
  /** Turns random failures on (or off with undefined). */
  setChaos(chaos: ChaosOptions | undefined): void;
  /** Number of POSTs received, failed ones included. */
  postCount(): number;
  reset(): void;
  close(): Promise<void>;
}

// A reply in a turn posts to …/activities/:replyToId (replyToActivity); a proactive post to …/activities.
const POST_RE = /^\/v3\/conversations\/([^/]+)\/activities(?:\/[^/]+)?\/?$/;
const PUT_RE = /^\/v3\/conversations\/([^/]+)\/activities\/([^/]+)$/;
const MEMBERS_RE = /^\/v3\/conversations\/([^/]+)\/pagedmembers$/;

/**
 * A stand-in for the Bot Framework connector on 127.0.0.1:<random>:
 * POST /v3/conversations/:id/activities[/:replyToId] records the activity and answers 201 { id }, or 429
 * with Retry-After when over Teams' limits (if enforced), or a scripted or random failure.
 * Every request is recorded with its arrival time so tests can check sliding windows.
 */
export async function startFakeConnector(options: FakeConnectorOptions = {}): Promise<FakeConnector> {
  let recorded: RecordedActivity[] = [];
  let updates: RecordedUpdate[] = [];
  const members = new Map<string, FakeMember[]>();
  let received: ReceivedRequest[] = [];
  let rules: FailureRule[] = [];
  let chaos = options.chaos;
  let random = mulberry32(chaos?.seed ?? 1);
  let nextId = 1;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method === "GET" && path === "/recorded") return json(res, 200, recorded);
    const membersMatch = MEMBERS_RE.exec(path);
    if (req.method === "GET" && membersMatch) {
      const id = decodeURIComponent(membersMatch[1]).split(";messageid=")[0];
      return json(res, 200, { members: members.get(id) ?? [] });
    }
    const putMatch = PUT_RE.exec(path);
    if (req.method === "PUT" && putMatch) {
      const conversationId = decodeURIComponent(putMatch[1]);
      const activityId = decodeURIComponent(putMatch[2]);
      if (
        !recorded.some(
          (r) =>
            r.id === activityId && r.conversationId.split(";messageid=")[0] === conversationId.split(";messageid=")[0],
        )
      ) {
        return json(res, 404, { error: { code: "ActivityNotFound", message: activityId } });
      }
      updates.push({
        conversationId,
        activityId,
        receivedAt: Date.now(),
        activity: JSON.parse(await readBody(req)) as Record<string, unknown>,
      });
      return json(res, 200, { id: activityId });
    }
    const match = POST_RE.exec(path);
    if (req.method !== "POST" || !match)
      return json(res, 404, { error: { code: "NotFound", message: `${req.method} ${path}` } });
    const conversationId = decodeURIComponent(match[1]);
    const body = await readBody(req);
    const now = Date.now();
    const fail = (status: number, reason: ReceivedRequest["reason"], retryAfterSeconds?: number) => {
      received.push({ conversationId, receivedAt: now, status, reason });
      const headers: Record<string, string> =
        retryAfterSeconds !== undefined ? { "Retry-After": String(retryAfterSeconds) } : {};
      return json(
        res,
        status,
        { error: { code: `Status${status}`, message: reason === "limit" ? "throttled" : "scripted failure" } },
        headers,
      );
    };
    if (options.enforceLimits) {
      const wait = overLimitWaitMs(received, conversationId, now);
      if (wait > 0) return fail(429, "limit", Math.ceil(wait / 1000));
    }
    const rule = rules.find((r) => r.remaining > 0 && (!r.conversationId || r.conversationId === conversationId));
    if (rule) {
      rule.remaining--;
      if (rule.status === 0) {
        received.push({ conversationId, receivedAt: now, status: 0, reason: "scripted" });
        return; // left hanging until the client gives up or the server closes
      }
      return fail(rule.status, "scripted", rule.retryAfterSeconds);
    }
    if (chaos) {
      const roll = random();
      if (roll < chaos.p429) {
        const seconds =
          typeof chaos.retryAfterSeconds === "function" ? chaos.retryAfterSeconds(random) : chaos.retryAfterSeconds;
        return fail(429, "random", seconds);
      }
      if (roll < chaos.p429 + chaos.p500) return fail(500, "random");
    }
    let activity: Record<string, unknown>;
    try {
      activity = JSON.parse(body) as Record<string, unknown>;
    } catch {
      return fail(400, "scripted");
    }
    const id = `act-${nextId++}`;
    received.push({ conversationId, receivedAt: now, status: 201 });
    recorded.push({ id, conversationId, receivedAt: now, activity });
    return json(res, 201, { id });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => json(res, 500, { error: { code: "Internal", message: String(error) } }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    recorded: () => [...recorded],
    updates: () => [...updates],
    setMembers: (conversationId, list) => {
      members.set(conversationId, list);
    },
    requests: () => [...received],
    failNext: (count, status, opts = {}) => {
      rules.push({ status, remaining: count, ...opts });
    },
    failConversation: (conversationId, status) => {
      rules.push({ status, remaining: Infinity, conversationId });
    },
    setChaos: (next) => {
      chaos = next;
      random = mulberry32(next?.seed ?? 1);
    },
    postCount: () => received.length,
    reset: () => {
      recorded = [];
      updates = [];
      received = [];
      rules = [];
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** How long until one more request fits every limit (0 = it fits now). Every earlier request counts. */
function overLimitWaitMs(received: readonly ReceivedRequest[], conversationId: string, now: number): number {
  let wait = 0;
  const check = (times: number[], limits: readonly { count: number; windowMs: number }[]) => {
    for (const { count, windowMs } of limits) {
      const inWindow = times.filter((t) => t > now - windowMs);
      if (inWindow.length >= count) wait = Math.max(wait, inWindow[inWindow.length - count] + windowMs - now);
    }
  };
  const recent = received.filter((r) => r.receivedAt > now - 3_600_000);
  check(
    recent.filter((r) => r.conversationId === conversationId).map((r) => r.receivedAt),
    TEAMS_LIMITS.conversation,
  );
  check(
    recent.map((r) => r.receivedAt),
    TEAMS_LIMITS.app,
  );
  return wait;
}

/** The most requests seen in any window of `windowMs` (times in ms, any order). */
export function maxInWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let max = 0;
  for (let end = 0, start = 0; end < sorted.length; end++) {
    while (sorted[end] - sorted[start] >= windowMs) start++;
    max = Math.max(max, end - start + 1);
  }
  return max;
}

/** The highest per-conversation count in any window of `windowMs`, over all conversations. */
export function maxPerConversation(
  requests: readonly Pick<ReceivedRequest, "conversationId" | "receivedAt">[],
  windowMs: number,
): number {
  const byConversation = new Map<string, number[]>();
  for (const r of requests)
    byConversation.set(r.conversationId, [...(byConversation.get(r.conversationId) ?? []), r.receivedAt]);
  return Math.max(0, ...[...byConversation.values()].map((times) => maxInWindow(times, windowMs)));
}

/** A small seeded generator (mulberry32): repeatable chaos. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "Content-Type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}
