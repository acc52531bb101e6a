/**
 * Log-line hygiene. Query strings can carry secrets (the calendar feed's `?token=`), so no URL
 * reaches a log line with its query; only the path and the fact that there was a query remain.
 */

const REDACTED = "[redacted]";

/** The URL (absolute or a request target) with its query string and fragment replaced. */
export function redactUrl(url: string | undefined): string {
  if (!url) return "";
  const cut = url.search(/[?#]/);
  if (cut < 0) return url;
  return `${url.slice(0, cut)}?${REDACTED}`;
}

/**
 * Free text (error messages) with the query of every URL-like token redacted: restify puts the
 * request URL into some messages, e.g. "/api/calendar.icsx?token=… does not exist".
 */
export function redactQueries(text: string | undefined): string {
  if (!text) return "";
  return text.replace(/([^\s?"'<>]*)\?[^\s"'<>]+/g, (_m, before: string) => `${before}?${REDACTED}`);
}
