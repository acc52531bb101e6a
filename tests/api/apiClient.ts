/** A small fetch wrapper for the API tests: JSON in, status + headers + parsed body out. */
export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  text: string;
  body: T;
}

/** Calls `base + path`; a token becomes a bearer header, an etag an If-Match header. */
export async function call<T = any>(
  base: string,
  method: string,
  path: string,
  opts: { token?: string; etag?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.etag) headers["if-match"] = opts.etag;
  let payload: string | undefined;
  if (opts.rawBody !== undefined) payload = opts.rawBody;
  else if (opts.body !== undefined) payload = JSON.stringify(opts.body);
  if (payload !== undefined) headers["content-type"] ??= "application/json";
  const res = await fetch(base + path, { method, headers, body: payload });
  const text = await res.text();
  let body: any = undefined;
  if ((res.headers.get("content-type") ?? "").includes("application/json") && text) body = JSON.parse(text);
  return { status: res.status, headers: res.headers, text, body };
}

/** Shorthands bound to one service and (optionally) one token. */
export function client(base: string, token?: string) {
  return {
    get: <T = any>(path: string, o: { token?: string } = {}) => call<T>(base, "GET", path, { token, ...o }),
    post: <T = any>(path: string, body: unknown, o: { token?: string; etag?: string } = {}) =>
      call<T>(base, "POST", path, { token, body, ...o }),
    patch: <T = any>(path: string, body: unknown, o: { token?: string; etag?: string } = {}) =>
      call<T>(base, "PATCH", path, { token, body, ...o }),
  };
}

/** A fixed "now" for the service clock: the project's today, 10:00 in Oslo. */
export const TODAY = new Date("2026-11-22T09:00:00Z");
export const fixedClock = () => new Date(TODAY);
