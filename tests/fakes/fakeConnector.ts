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

/** A scripted failure: HTTP status, optional Retry-After seconds, optionally only for one conversation. */
export interface FailureRule {
  status: number;
  retryAfterSeconds?: number;
  conversationId?: string;
  /** How many matching posts fail; Infinity for "always". */
  remaining: number;
}

/** A running fake Bot Connector. */
export interface FakeConnector {
  /** Base URL to use as a target's serviceUrl, e.g. "http://127.0.0.1:54321". */
  url: string;
  /** Activities accepted so far (also served at GET /recorded). */
  recorded(): RecordedActivity[];
  /** The next `count` posts (to `conversationId`, if given) get `status`. */
  failNext(count: number, status: number, opts?: { retryAfterSeconds?: number; conversationId?: string }): void;
  /** Every post to `conversationId` gets `status` from now on. */
  failConversation(conversationId: string, status: number): void;
  /** Number of POSTs received, failed ones included. */
  postCount(): number;
  reset(): void;
  close(): Promise<void>;
}

const POST_RE = /^\/v3\/conversations\/([^/]+)\/activities\/?$/;

/**
 * A small stand-in for the Bot Framework connector on 127.0.0.1:<random>:
 * POST /v3/conversations/:id/activities records the activity and answers 201 { id },
 * or the scripted failure; GET /recorded lists what was accepted.
 */
export async function startFakeConnector(): Promise<FakeConnector> {
  let recorded: RecordedActivity[] = [];
  let rules: FailureRule[] = [];
  let posts = 0;
  let nextId = 1;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method === "GET" && path === "/recorded") return json(res, 200, recorded);
    const match = POST_RE.exec(path);
    if (req.method !== "POST" || !match) return json(res, 404, { error: { code: "NotFound", message: `${req.method} ${path}` } });
    const conversationId = decodeURIComponent(match[1]);
    const body = await readBody(req);
    posts++;
    const rule = rules.find((r) => r.remaining > 0 && (!r.conversationId || r.conversationId === conversationId));
    if (rule) {
      rule.remaining--;
      const headers: Record<string, string> = rule.retryAfterSeconds !== undefined ? { "Retry-After": String(rule.retryAfterSeconds) } : {};
      return json(res, rule.status, { error: { code: `Status${rule.status}`, message: "scripted failure" } }, headers);
    }
    let activity: Record<string, unknown>;
    try {
      activity = JSON.parse(body) as Record<string, unknown>;
    } catch {
      return json(res, 400, { error: { code: "BadSyntax", message: "body is not JSON" } });
    }
    const id = `act-${nextId++}`;
    recorded.push({ id, conversationId, receivedAt: Date.now(), activity });
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
    failNext: (count, status, opts = {}) => {
      rules.push({ status, remaining: count, ...opts });
    },
    failConversation: (conversationId, status) => {
      rules.push({ status, remaining: Infinity, conversationId });
    },
    postCount: () => posts,
    reset: () => {
      recorded = [];
      rules = [];
      posts = 0;
    },
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
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
