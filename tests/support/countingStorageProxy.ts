import { Agent, createServer, request, type IncomingMessage, type Server } from "node:http";

/** A pass-through HTTP proxy in front of Azurite's table endpoint that counts the requests per table. */
export interface CountingStorageProxy {
  /** The connection string to give the service: Azurite's, with the proxy as its table endpoint. */
  connectionString: string;
  /** Reads (GET) so far whose table name ends with `table` (case-insensitive), or all reads without it. */
  reads(table?: string): number;
  reset(): void;
  close(): Promise<void>;
}

/** The table a Table Storage request is about: "/devstoreaccount1/<table>(…)" or "/devstoreaccount1/<table>()?…". */
function tableOf(url: string): string {
  const path = url.split("?")[0];
  const segment = decodeURIComponent(path.split("/")[2] ?? "");
  return segment.replace(/\(.*$/, "");
}

/**
 * Starts the proxy on a free loopback port. Requests go to Azurite unchanged (the shared-key
 * signature covers the path, not the host), so the service works as against Azurite itself; the
 * proxy only counts, so a test or the bench can say how many storage reads a scenario cost.
 */
export async function startCountingStorageProxy(azuriteConnectionString: string): Promise<CountingStorageProxy> {
  const endpoint = /TableEndpoint=([^;]+)/.exec(azuriteConnectionString)?.[1];
  if (!endpoint) throw new Error("the connection string has no TableEndpoint");
  const target = new URL(endpoint);
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const counts = new Map<string, number>();

  const server: Server = createServer((req, res) => {
    if (req.method === "GET") {
      const table = tableOf(req.url ?? "").toLowerCase();
      counts.set(table, (counts.get(table) ?? 0) + 1);
    }
    const upstream = request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: target.host },
        agent,
      },
      (answer: IncomingMessage) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  const proxied = new URL(endpoint);
  proxied.port = String(port);
  const connectionString = azuriteConnectionString.replace(endpoint, proxied.toString().replace(/\/$/, ""));

  return {
    connectionString,
    reads(table) {
      let total = 0;
      for (const [name, n] of counts) if (!table || name.endsWith(table.toLowerCase())) total += n;
      return total;
    },
    reset: () => counts.clear(),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}
