import restify, { type Server } from "restify";
import type { Logger } from "../logger.js";
import { installErrorHandler } from "./httpErrors.js";
import { jsonBodyReader } from "./jsonBody.js";
import { runInRequestScope } from "./requestScope.js";

/** Largest request body accepted, counted after decompression; activities and API writes are far smaller. */
export const MAX_BODY_BYTES = 256 * 1024;

/** Settings of the HTTP plumbing that differ between production and development. */
export interface HttpServerOptions {
  /** Production adds HSTS (the service is reached over https only). */
  production?: boolean;
}

/** A restify server with the shared plumbing: body limits, query parsing, errors, security headers. */
export function createHttpServer(log: Logger, options: HttpServerOptions = {}): Server {
  const server = restify.createServer({
    name: "alrek",
    // Exceptions that escape a handler are traced to their request (see requestScope.ts) and
    // answered 500 by the process guard of src/main.ts, instead of ending the process.
    handleUncaughtExceptions: runInRequestScope,
    // restify's own logger could write request objects (headers included) to stdout; all
    // logging goes through `log`, which never sees headers or query strings.
    log: restify.logger({ name: "alrek", level: "silent" }),
  });
  const hsts = options.production ? "max-age=31536000" : undefined;
  // A pre-handler, so that 404s and 405s carry the headers too.
  server.pre((_req, res, next) => {
    res.header("X-Content-Type-Options", "nosniff");
    res.header("Referrer-Policy", "no-referrer");
    if (hsts) res.header("Strict-Transport-Security", hsts);
    next();
  });
  server.pre(restify.plugins.pre.dedupeSlashes());
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(jsonBodyReader(MAX_BODY_BYTES));
  installErrorHandler(server, log);
  return server;
}
