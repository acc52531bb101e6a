import type { Server } from "restify";
import type { ApiContext } from "./context.js";
import { queryValue, requireUser, sendJson } from "./http.js";
import { ValidationError } from "../domain/errors.js";
import { isLang, LANGS } from "../domain/language.js";
import type { Dashboard } from "../contract/index.js";

/** True when the If-None-Match header names `etag` (or is "*"). */
function matches(header: string | string[] | undefined, etag: string): boolean {
  const value = Array.isArray(header) ? header.join(",") : header;
  if (!value) return false;
  return value.split(",").some((v) => v.trim() === etag || v.trim() === "*");
}

/**
 * GET /api/dashboard?locale=nb|nn|en: the live dashboard. Conditional: the tab polls with
 * If-None-Match and gets an empty 304 while nothing changed.
 */
export function registerDashboardRoutes(server: Server, ctx: ApiContext): void {
  server.get("/api/dashboard", async (req, res) => {
    await requireUser(ctx.auth, req);
    const locale = queryValue(req, "locale") ?? "nb";
    if (!isLang(locale))
      throw new ValidationError([{ field: "locale", message: `must be one of ${LANGS.join(", ")}` }]);
    const version = await ctx.dashboard.current(locale);
    if (matches(req.headers["if-none-match"], version.etag)) {
      // no-cache, not no-store: the browser may keep it, but must ask again every time.
      res.header("Cache-Control", "no-cache");
      res.header("ETag", version.etag);
      res.send(304);
      return;
    }
    sendJson(res, 200, (await version.build()) satisfies Dashboard, version.etag);
  });
}
