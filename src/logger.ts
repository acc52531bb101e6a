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

/** Regular-expression text that matches `s` literally. */
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * `log` with every occurrence of the given secrets (the calendar feed tokens, the bot's password)
 * cut from each line, in any case and as they appear percent-encoded once or twice: whatever
 * carried a secret into a log line (a URL in any form, an error message, a stack), it is not
 * written. Secrets shorter than 8 characters are ignored (they would cut ordinary words).
 */
export function hideSecrets(log: Logger, secrets: readonly (string | undefined)[]): Logger {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (!secret || secret.length < 8) continue;
    const once = encodeURIComponent(secret);
    for (const form of [secret, once, encodeURIComponent(once)]) forms.add(literal(form));
  }
  if (forms.size === 0) return log;
  // Longest first, so a secret's encoded form is cut whole rather than around its plain part.
  const pattern = new RegExp([...forms].sort((a, b) => b.length - a.length).join("|"), "gi");
  const clean = (text: string) => text.replace(pattern, "[redacted]");
  const at =
    (write: Logger["info"]) =>
    (msg: string, data?: Record<string, unknown>): void => {
      if (data === undefined) return write(clean(msg));
      const json = JSON.stringify(data);
      pattern.lastIndex = 0;
      if (!pattern.test(json)) return write(clean(msg), data);
      let cleaned: Record<string, unknown>;
      try {
        cleaned = JSON.parse(clean(json)) as Record<string, unknown>;
      } catch {
        cleaned = { withheld: "the data held a secret" };
      }
      write(clean(msg), cleaned);
    };
  return { debug: at(log.debug), info: at(log.info), warn: at(log.warn), error: at(log.error) };
}
