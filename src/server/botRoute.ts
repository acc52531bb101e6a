import type { Request, Server } from "restify";
import { checkActivity } from "../bot/activityShape.js";
import { UnauthorizedActivityError, type ChannelAdapter } from "../bot/adapter.js";
import type { Application, TurnState } from "../bot/teamsAi.js";
import { HttpError } from "./httpErrors.js";

/**
 * POST /api/messages: Bot Framework activities. The body is checked first, so only activities
 * with every field a turn reads reach the adapter (400 otherwise); the adapter then checks the
 * token (401). Both are answered by the service's one error handler, as JSON.
 */
export function registerBotRoute(server: Server, adapter: ChannelAdapter, app: Application<TurnState>): void {
  server.post("/api/messages", async (req, res) => {
    const checked = checkActivity(req.body);
    if (!checked.ok) throw new HttpError(400, "bad_activity", checked.problem);
    const response = await adapter
      .runActivity(authorizationOf(req), checked.activity, (context) => app.run(context).then(() => undefined))
      .catch((error: unknown) => {
        throw error instanceof UnauthorizedActivityError ? new HttpError(401, "unauthorized", error.message) : error;
      });
    if (response.body === undefined) res.send(response.status);
    else res.send(response.status, response.body);
  });
}

function authorizationOf(req: Request): string {
  const header = req.headers.authorization;
  return typeof header === "string" ? header : "";
}
