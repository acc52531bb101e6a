import type { Server } from "restify";
import type { ApiContext } from "./context.js";
import { queryValue, requireUser, sendJson } from "./http.js";
import { ValidationError } from "../domain/errors.js";
import type { Summary } from "../contract/index.js";

/** GET /api/summary?locale=nb|en: the dashboard of the tab. */
export function registerSummaryRoutes(server: Server, ctx: ApiContext): void {
  server.get("/api/summary", async (req, res) => {
    await requireUser(ctx.auth, req);
    const locale = queryValue(req, "locale") ?? "nb";
    if (locale !== "nb" && locale !== "en") throw new ValidationError([{ field: "locale", message: "must be nb or en" }]);
    sendJson(res, 200, (await ctx.summary.summary(locale)) satisfies Summary);
  });
}
