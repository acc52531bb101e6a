/**
 * A child process for tests/processGuards.test.ts: the service's HTTP plumbing and process
 * guards (the same functions src/main.ts uses) with routes that fail the ways a bug would.
 * An uncaught exception in the test runner's own process would fail the run, so this runs
 * apart. Prints one `{"listening":port}` line, then the log lines; "throw" on stdin throws
 * outside any request.
 */
import { EventEmitter } from "node:events";
import { createLogger } from "../../src/logger.js";
import { installProcessGuards } from "../../src/processGuards.js";
import { createHttpServer } from "../../src/server/createServer.js";

const log = createLogger("debug", (line) => process.stdout.write(line + "\n"));
const server = createHttpServer(log);
const detail = (where: string) => new Error(`internal-detail-${where} at /app/src/secret.ts:1`);

server.get("/ok", (_req, res, next) => {
  res.send(200, { ok: true });
  next();
});
server.get("/boom/sync", (_req, _res, _next) => {
  throw detail("sync");
});
server.get("/boom/async", async () => {
  throw detail("async");
});
server.get("/boom/timer", (_req, _res, _next) => {
  setTimeout(() => {
    throw detail("timer");
  }, 1);
});
server.get("/boom/emitter", (_req, _res, _next) => {
  setImmediate(() => new EventEmitter().emit("error", detail("emitter")));
});
server.get("/boom/after-answer", (_req, res, next) => {
  res.send(200, { ok: true });
  next();
  setTimeout(() => {
    throw detail("after-answer");
  }, 1);
});
server.get("/boom/mid-answer", (_req, res, _next) => {
  res.writeHead(200, { "content-type": "text/plain" });
  res.write("partial");
  setTimeout(() => {
    throw detail("mid-answer");
  }, 1);
});
server.get("/boom/mid-answer-async", async (_req, res) => {
  res.writeHead(200, { "content-type": "text/plain" });
  res.write("partial");
  await new Promise((resolve) => setTimeout(resolve, 1));
  throw detail("mid-answer-async");
});
server.get("/boom/rejection", (_req, res, next) => {
  void Promise.reject(detail("rejection"));
  res.send(200, { ok: true });
  next();
});

process.stdin.on("data", (data) => {
  if (String(data).includes("throw")) throw detail("outside");
});

server.listen(0, "127.0.0.1", () => {
  installProcessGuards(log);
  process.stdout.write(JSON.stringify({ listening: (server.address() as { port: number }).port }) + "\n");
});
