import type { Request, Server } from "restify";

/**
 * Runs one Bot Framework request: the Authorization header and the parsed body in, the status and
 * body to answer with out. Failures are thrown as typed errors and answered by the service's one
 * error handler, as JSON. Given by the composition root (the bot's message endpoint).
 */
export type BotEndpoint = (authorization: string, body: unknown) => Promise<{ status: number; body?: unknown }>;

/** POST /api/messages: Bot Framework activities. */
export function registerBotRoute(server: Server, endpoint: BotEndpoint): void {
  server.post("/api/messages", async (req, res) => {
    const response = await endpoint(authorizationOf(req), req.body);
    if (response.body === undefined) res.send(response.status);
    else res.send(response.status, response.body);
  });
}

function authorizationOf(req: Request): string {
  const header = req.headers.authorization;
  return typeof header === "string" ? header : "";
}
