import type { Server } from "restify";
import type { ApiContext } from "./context.js";
import { requireEditor, sendJson } from "./http.js";

/** Provided by the reminder runtime (src/reminders/deliveryOverview.ts). */
export type DeliveryOverviewProvider = () => Promise<unknown>;

/** GET /api/reminders/overview (editors): per occurrence where each reminder went, when, its state and RSVP counts; unreachable conversations. */
export function registerDeliveryOverviewRoute(
  server: Server,
  ctx: ApiContext,
  overview: DeliveryOverviewProvider,
): void {
  server.get("/api/reminders/overview", async (req, res) => {
    await requireEditor(ctx.auth, req);
    sendJson(res, 200, await overview());
  });
}
