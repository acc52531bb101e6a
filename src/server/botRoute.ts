import type { Server } from "restify";
import type { Application, TeamsAdapter, TurnState } from "../bot/teamsAi.js";

/** POST /api/messages: Bot Framework activities, authenticated by the adapter. */
export function registerBotRoute(server: Server, adapter: TeamsAdapter, app: Application<TurnState>): void {
  server.post("/api/messages", async (req, res) => {
    await adapter.process(req, res, (context) => app.run(context).then(() => undefined));
  });
}
