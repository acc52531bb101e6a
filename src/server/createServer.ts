import restify, { type Server } from "restify";
import type { Logger } from "../logger.js";
import { installErrorHandler } from "./httpErrors.js";

/** Largest request body accepted; Bot Framework activities and API writes are far smaller. */
export const MAX_BODY_BYTES = 256 * 1024;

/** A restify server with the shared plumbing: body limits, query parsing, errors, security headers. */
export function createHttpServer(log: Logger): Server {
  const server = restify.createServer({ name: "alrek", handleUncaughtExceptions: false });
  server.pre(restify.plugins.pre.dedupeSlashes());
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(
    restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, mapFiles: false, rejectUnknown: false }),
  );
  server.use((req, res, next) => {
    res.header("X-Content-Type-Options", "nosniff");
    res.header("Referrer-Policy", "no-referrer");
    next();
  });
  installErrorHandler(server, log);
  return server;
}
