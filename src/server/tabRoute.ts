import { existsSync } from "node:fs";
import { join } from "node:path";
import restify, { type Server } from "restify";

import { projectRoot } from "../projectRoot.js";

const defaultTabDir = join(projectRoot(), "dist", "tab");

/**
 * Serves the built tab (vite output) under /tab. The tab may be framed by Teams only, so the
 * frame-ancestors policy names the Teams and Microsoft 365 hosts.
 */
export function registerTab(server: Server, tabDir = defaultTabDir): void {
  server.get("/", (_req, res, next) => {
    res.redirect(302, "/tab/index.html", next);
  });
  server.get("/tab/*", (req, res, next) => {
    res.header(
      "Content-Security-Policy",
      "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft https://*.office.com https://*.microsoft365.com http://127.0.0.1:* http://localhost:*",
    );
    if (!existsSync(tabDir)) {
      res.send(503, { error: { code: "tab_not_built", message: "The tab has not been built: run npm run build:tab" } });
      return next(false);
    }
    return next();
  }, restify.plugins.serveStatic({ directory: join(tabDir, ".."), default: "index.html" }));
}
