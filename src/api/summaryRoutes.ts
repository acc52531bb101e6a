import type { Server } from "restify";
import type { ApiContext } from "./context.js";
import { queryValue, requireUser, sendJson } from "./http.js";
import { ValidationError } from "../domain/errors.js";
import { isLang, LANGS } from "../domain/language.js";
import type { Summary } from "../contract/index.js";
import { EVENT_ROWS } from "../domain/badRows.js";
import { badRowsFor } from "./badRows.js";

/** GET /api/summary?locale=nb|nn|en: the dashboard of the tab. */
export function registerSummaryRoutes(server: Server, ctx: ApiContext): void {
  server.get("/api/summary", async (req, res) => {
    const user = await requireUser(ctx.auth, req);
    const locale = queryValue(req, "locale") ?? "nb";
    if (!isLang(locale))
      throw new ValidationError([{ field: "locale", message: `must be one of ${LANGS.join(", ")}` }]);
    const summary = await ctx.summary.summary(locale);
    sendJson(res, 200, { ...summary, ...badRowsFor(user, ctx.badRows.list(EVENT_ROWS)) } satisfies Summary);
  });
}
