import type { Server } from "restify";
import type { ApiContext } from "./context.js";
import { queryValue, requireUser, sendJson } from "./http.js";
import { ValidationError } from "../domain/errors.js";
import { isLang, LANGS } from "../domain/language.js";
import type { Summary } from "../contract/index.js";

/** GET /api/summary?locale=nb|nn|en: the dashboard of the tab. */
export function registerSummaryRoutes(server: Server, ctx: ApiContext): void {
  server.get("/api/summary", async (req, res) => {
    await requireUser(ctx.auth, req);
    const locale = queryValue(req, "locale") ?? "nb";
    if (!isLang(locale))
      throw new ValidationError([{ field: "locale", message: `must be one of ${LANGS.join(", ")}` }]);
    sendJson(res, 200, (await ctx.summary.summary(locale)) satisfies Summary);
  });
}
