import { join } from "node:path";
import type { Next, Request, Response, Server } from "restify";
import { projectRoot } from "../projectRoot.js";
import { HttpError } from "./httpErrors.js";
import { safeRelativePath, staticFolder, type Encoding, type StaticFile } from "./staticFiles.js";
import { tabContentSecurityPolicy } from "./tabPolicy.js";

const defaultTabDir = join(projectRoot(), "dist", "tab");
const PREFIX = "/tab/";

/** Where the built tab is and how strict its policy is. */
export interface TabOptions {
  /** The vite output folder, dist/tab; only files inside it are served. */
  tabDir?: string;
  /** Production leaves the loopback hosts out of frame-ancestors. */
  production?: boolean;
}

/**
 * Serves the built tab (vite output) under /tab: GET and HEAD, compressed when the client
 * accepts it, with ETags and long caching for hashed assets. Any path that is not a file of
 * the tab folder is a JSON 404.
 */
export function registerTab(server: Server, options: TabOptions = {}): void {
  const folder = staticFolder(options.tabDir ?? defaultTabDir);
  const csp = tabContentSecurityPolicy(options.production ?? false);

  server.get("/", (_req, res, next) => {
    res.redirect(302, "/tab/index.html", next);
  });
  const redirectToFolder = (req: Request, res: Response, next: Next) => {
    // Relative links in the pages resolve against /tab/, not /.
    const query = (req.url ?? "").indexOf("?");
    res.writeHead(301, { Location: PREFIX + (query >= 0 ? (req.url ?? "").slice(query) : ""), "Content-Length": 0 });
    res.end();
    next();
  };
  server.get("/tab", redirectToFolder);
  server.head("/tab", redirectToFolder);

  const serve = async (req: Request, res: Response) => {
    res.header("Content-Security-Policy", csp);
    const path = (req.url ?? "").split("?")[0];
    const relative = path.startsWith(PREFIX) ? safeRelativePath(path.slice(PREFIX.length)) : undefined;
    if (relative === undefined) throw notFound();
    let file: StaticFile | undefined;
    try {
      file = await folder.get(relative);
    } catch {
      throw new HttpError(503, "tab_not_built", "The tab has not been built: run npm run build:tab");
    }
    if (!file) throw notFound();
    await sendFile(req, res, file);
  };
  server.get("/tab/*", serve);
  server.head("/tab/*", serve);
}

function notFound(): HttpError {
  return new HttpError(404, "not_found", "Not found");
}

async function sendFile(req: Request, res: Response, file: StaticFile): Promise<void> {
  const encoding = await chooseEncoding(file, req.headers["accept-encoding"]);
  const body = encoding ? await file.encoded(encoding) : file.identity;
  const etag = encoding && body ? file.etag.replace(/"$/, `-${encoding}"`) : file.etag;
  const headers: Record<string, string | number> = {
    "Content-Type": file.contentType,
    "Cache-Control": file.cacheControl,
    ETag: etag,
  };
  if (file.compressible) headers.Vary = "Accept-Encoding";
  if (encoding && body) headers["Content-Encoding"] = encoding;
  if (matchesEtag(req.headers["if-none-match"], file.etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const bytes = body ?? file.identity;
  headers["Content-Length"] = bytes.length;
  res.writeHead(200, headers);
  res.end(req.method === "HEAD" ? undefined : bytes);
}

/**
 * The coding to answer in: br, then gzip, as the client accepts them. While brotli (slow at its
 * best quality) is still being computed for a file, a client that also takes gzip gets gzip.
 */
async function chooseEncoding(file: StaticFile, header: string | undefined): Promise<Encoding | undefined> {
  if (!file.compressible || !header) return undefined;
  const accepted = acceptedEncodings(header);
  if (accepted.has("br") && (file.isReady("br") || !accepted.has("gzip"))) return "br";
  if (accepted.has("br")) void file.encoded("br").catch(() => undefined);
  return accepted.has("gzip") ? "gzip" : undefined;
}

/** The codings of an Accept-Encoding header with a q-value above 0 ("*" counts for both). */
function acceptedEncodings(header: string): Set<Encoding> {
  const accepted = new Set<Encoding>();
  const refused = new Set<string>();
  let star = false;
  for (const part of header.split(",")) {
    const [name, ...params] = part
      .trim()
      .toLowerCase()
      .split(";")
      .map((p) => p.trim());
    const q = params.find((p) => p.startsWith("q="));
    const ok = q === undefined || Number(q.slice(2)) > 0;
    if (name === "*") star = ok;
    else if (!ok) refused.add(name);
    else if (name === "br" || name === "gzip") accepted.add(name);
    else if (name === "x-gzip") accepted.add("gzip");
  }
  if (star) for (const e of ["br", "gzip"] as const) if (!refused.has(e)) accepted.add(e);
  return accepted;
}

/** If-None-Match against one file: any representation of the same bytes matches. */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const base = etag.slice(0, -1);
  return header.split(",").some(
    (tag) =>
      tag
        .trim()
        .replace(/^W\//, "")
        .replace(/-(br|gzip)"$/, '"') === `${base}"`,
  );
}
