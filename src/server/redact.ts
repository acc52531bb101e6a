/**
 * Log-line hygiene. A URL can carry a secret in many forms (the calendar feed's `?token=`, a
 * matrix parameter `;token=`, its percent-encoded `%3Btoken%3D`, twice encoded, a fragment, a
 * path segment), so a logged URL keeps only what is plainly a path: it is decoded first, and cut
 * at the first character that is not a letter, digit, `/`, `.`, `_`, `~` or `-`, and at the first
 * segment that names a token or looks like one. The configured secrets themselves are also cut
 * from every log line (see `hideSecrets` in logger.ts), whatever carried them there.
 */

const REDACTED = "[redacted]";
/** What a logged path keeps: letters, digits and the plain path punctuation. */
const PLAIN = /^[\p{L}\p{N}/._~-]$/u;
/**
 * A run of letters and digits this long with both in it looks generated (a token, a key). The
 * service's own ids do not: event ids are words plus a 6-character suffix, booking ids two runs
 * of 8, object ids runs of at most 12.
 */
const TOKEN_LIKE_RUN = /[\p{L}\p{N}]{16,}/gu;

/** Percent-decoding until it settles (a double-encoded `%253B` is a `;` too); stops at broken encodings. */
function decoded(text: string): string {
  let current = text;
  for (let i = 0; i < 4; i++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return current;
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}

/** A path segment that names a token, or has a long run mixing letters and digits as generated secrets do. */
function looksSecret(segment: string): boolean {
  if (/token|secret|passw/i.test(segment)) return true;
  return (segment.match(TOKEN_LIKE_RUN) ?? []).some((run) => /\p{N}/u.test(run) && /\p{L}/u.test(run));
}

/**
 * The URL (absolute or a request target) as it may be logged: scheme and host kept, the path
 * decoded and cut as described above, "[redacted]" where something was cut.
 */
export function redactUrl(url: string | undefined): string {
  if (!url) return "";
  const text = decoded(url);
  const origin = /^[a-z][a-z0-9+.-]*:\/\/[\p{L}\p{N}.:-]*/iu.exec(text)?.[0] ?? "";
  const rest = text.slice(origin.length);
  let plain = "";
  for (const ch of rest) {
    if (!PLAIN.test(ch)) break;
    plain += ch;
  }
  const segments = plain.split("/");
  const secretAt = segments.findIndex(looksSecret);
  const kept = secretAt < 0 ? plain : `${segments.slice(0, secretAt).join("/")}/`;
  return kept.length < rest.length ? `${origin}${kept}${REDACTED}` : `${origin}${kept}`;
}

/** URL-like words in free text: an absolute URL, or a path starting with "/" (not inside a word). */
const URL_IN_TEXT = /(?:\b[a-z][a-z0-9+.-]*:\/\/|(?<![\p{L}\p{N}._/-])\/)[^\s"'<>]*/giu;

/**
 * Free text (error messages) with every URL in it redacted as by `redactUrl`: restify puts the
 * request URL into some messages, e.g. "/api/calendar.icsx?token=… does not exist". The frames of
 * a stack trace ("    at fn (/app/file.js:1:2)") are code locations, not request data, and stay.
 */
export function redactQueries(text: string | undefined): string {
  if (!text) return "";
  return text
    .split("\n")
    .map((line) => (/^\s+at /.test(line) ? line : line.replace(URL_IN_TEXT, (url) => redactUrl(url))))
    .join("\n");
}
