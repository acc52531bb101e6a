/** Structured log lines (JSON), one per event, to stdout/stderr. */
export interface Logger {
  debug(msg: string, data?: Record<string, unknown>): void;
  info(msg: string, data?: Record<string, unknown>): void;
  warn(msg: string, data?: Record<string, unknown>): void;
  error(msg: string, data?: Record<string, unknown>): void;
}

const LEVELS = ["debug", "info", "warn", "error"] as const;
type Level = (typeof LEVELS)[number];

/** A logger writing JSON lines at or above `level`. */
export function createLogger(
  level: Level = "info",
  write: (line: string, level: Level) => void = defaultWrite,
): Logger {
  const min = LEVELS.indexOf(level);
  const at = (l: Level) => (msg: string, data?: Record<string, unknown>) => {
    if (LEVELS.indexOf(l) < min) return;
    write(JSON.stringify({ time: new Date().toISOString(), level: l, msg, ...data }), l);
  };
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

function defaultWrite(line: string, level: Level): void {
  (level === "error" || level === "warn" ? process.stderr : process.stdout).write(line + "\n");
}

/** A logger that drops everything; for tests that do not look at logs. */
export const silentLogger: Logger = createLogger("error", () => {});
