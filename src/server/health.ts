import type { Server } from "restify";

/** GET /healthz: 200 when storage answers, 503 when it does not. */
export function registerHealth(server: Server, ping: () => Promise<boolean>): void {
  server.get("/healthz", async (_req, res) => {
    const storage = await ping().catch(() => false);
    res.header("Cache-Control", "no-store");
    res.send(storage ? 200 : 503, { status: storage ? "ok" : "unavailable", storage: storage ? "ok" : "unreachable" });
  });
}
