import type { Server } from "restify";
import type { Application, TeamsAdapter, TurnState } from "../bot/teamsAi.js";
import { HttpError } from "./httpErrors.js";

/** POST /api/messages: Bot Framework activities, authenticated by the adapter. */
export function registerBotRoute(server: Server, adapter: TeamsAdapter, app: Application<TurnState>): void {
  server.post("/api/messages", async (req, res) => {
    // botbuilder throws (a 500) on bodies it cannot parse as an activity; they are the caller's error.
    if (!isActivityShaped(req.body)) {
      throw new HttpError(400, "bad_activity", "The body must be a Bot Framework activity: a JSON object with a string 'type'.");
    }
    await adapter.process(req, res, (context) => app.run(context).then(() => undefined));
  });
}

function isActivityShaped(body: unknown): boolean {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return false;
  const activity = body as Record<string, unknown>;
  return typeof activity.type === "string" && activity.type.length > 0 && activity.type.length <= 64;
}
