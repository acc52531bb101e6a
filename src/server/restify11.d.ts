/**
 * What restify 11 changed from restify 8, as far as this service uses it. @types/restify 8.5 is the
 * newest description there is (restify 9–11 ship no types), and three things differ:
 * restify logs with pino instead of bunyan, exports that pino as `logger`, and takes a function as
 * `handleUncaughtExceptions` (src/server/requestScope.ts).
 */
import "restify";

declare module "restify" {
  /** The logger restify 11 takes and exports: pino (only what this service calls). */
  interface PinoLogger {
    level: string;
  }

  /** restify 11's `handleUncaughtExceptions` hook: runs `next(req, res)`, calling `onError` for what escapes. */
  type UncaughtExceptionHook = (
    req: Request,
    res: Response,
    onError: (err: unknown) => void,
    next: (req: Request, res: Response) => void,
  ) => void;

  /** The options of restify 11's createServer that differ from restify 8's. */
  interface Restify11ServerOptions extends Omit<ServerOptions, "log" | "handleUncaughtExceptions"> {
    log?: PinoLogger;
    handleUncaughtExceptions?: boolean | UncaughtExceptionHook;
  }

  /** restify 11 exports pino as `logger`. */
  function logger(options: { name?: string; level?: string }): PinoLogger;
  function createServer(options: Restify11ServerOptions): Server;
}
