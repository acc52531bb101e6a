import type { Server } from "restify";
import type { FeedbackResponse } from "../contract/index.js";
import type { ApiContext } from "./context.js";
import { requireEditor, sendJson } from "./http.js";

/** Gives the editors' feedback overview (src/services/feedbackService.ts). */
export type FeedbackOverviewProvider = () => Promise<FeedbackResponse>;

/** GET /api/feedback (editors): 👍/👎 on the bot's answers, newest first, with the counts per reaction. */
export function registerFeedbackRoute(server: Server, ctx: ApiContext, overview: FeedbackOverviewProvider): void {
  server.get("/api/feedback", async (req, res) => {
    await requireEditor(ctx.auth, req);
    sendJson(res, 200, await overview());
  });
}
