/** Hosts that may frame the tab: Teams and the Microsoft 365 apps that run Teams tabs. */
const TEAMS_HOSTS = [
  "https://teams.microsoft.com",
  "https://*.teams.microsoft.com",
  "https://*.cloud.microsoft",
  "https://*.office.com",
  "https://*.microsoft365.com",
];
/** The local playground and the e2e tests frame or open the tab from loopback. */
const LOCAL_HOSTS = ["http://localhost:*", "http://127.0.0.1:*"];

/**
 * The Content-Security-Policy of the tab's pages. Scripts come only from the tab's own files
 * (vite emits no inline script); styles allow 'unsafe-inline' because Fluent UI v9 (Griffel)
 * inserts <style> elements at run time. The API is same-origin; Teams is reached by postMessage,
 * which CSP does not govern.
 */
export function tabContentSecurityPolicy(production: boolean): string {
  const ancestors = ["'self'", ...TEAMS_HOSTS, ...(production ? [] : LOCAL_HOSTS)];
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${ancestors.join(" ")}`,
  ].join("; ");
}
