import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

/** Content codings the static files are offered in, best first. */
export type Encoding = "br" | "gzip";

/** One file of a static folder, held in memory with its compressed forms. */
export interface StaticFile {
  contentType: string;
  cacheControl: string;
  identity: Buffer;
  /** Strong validator of the uncompressed bytes; a compressed form adds its coding to it. */
  etag: string;
  /** Worth compressing (text, and large enough for it to pay). */
  compressible: boolean;
  /** The compressed bytes, computed once per coding; undefined when that does not make it smaller. */
  encoded(encoding: Encoding): Promise<Buffer | undefined>;
  /** Whether `encoded(encoding)` has finished, so the caller can avoid waiting for brotli. */
  isReady(encoding: Encoding): boolean;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
};
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg\+xml)/;
/** Below this size compression saves less than the headers it adds. */
const MIN_COMPRESS_BYTES = 1024;
/** Vite's hashed output names, e.g. assets/index-DDG04mNH.js: the content never changes under a name. */
const HASHED_ASSET = /^assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const compressors: Record<Encoding, (b: Buffer) => Promise<Buffer>> = {
  // Maximum quality: it runs once per file on the thread pool, and every later answer is smaller.
  br: (b) =>
    brotli(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }),
  gzip: (b) => gzipAsync(b, { level: 9 }),
};

/**
 * The request path below the folder's mount point (still percent-encoded) as a path relative
 * to the folder, or undefined when it is not one: invalid percent-encoding, NUL, backslash,
 * `.` or `..` segments, control characters, or overlong. "" and "dir/" mean the index.html.
 */
export function safeRelativePath(encoded: string): string | undefined {
  if (encoded.length > 512) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
  if (/[\u0000-\u001f\u007f\\]/.test(decoded) || decoded.startsWith("/")) return undefined;
  if (decoded.split("/").some((segment) => segment === "." || segment === "..")) return undefined;
  return decoded === "" || decoded.endsWith("/") ? `${decoded}index.html` : decoded;
}

/** The files of a folder: the set is small and fixed (a vite build), so it is read once. */
export interface StaticFolder {
  /** The file at a relative path from safeRelativePath; undefined if there is none. Rejects when the folder is missing. */
  get(relativePath: string): Promise<StaticFile | undefined>;
}

const folders = new Map<string, Promise<Map<string, StaticFile>>>();

/**
 * A static folder, shared by every server of the process that serves the same directory. The
 * files are read on first use; a rebuilt tab is picked up after a restart. Only regular files
 * found by walking the folder can be served, and symbolic links are not followed, so no request
 * path can name anything outside it.
 */
export function staticFolder(directory: string): StaticFolder {
  const root = resolve(directory);
  const load = () => {
    let files = folders.get(root);
    if (!files) {
      files = readFolder(root);
      folders.set(root, files);
      // A missing folder (the tab not built yet) is looked for again on the next request.
      files.catch(() => folders.delete(root));
    }
    return files;
  };
  return {
    async get(relativePath) {
      const full = resolve(root, relativePath);
      if (!full.startsWith(root + sep)) return undefined;
      return (await load()).get(relativePath);
    },
  };
}

async function readFolder(root: string): Promise<Map<string, StaticFile>> {
  const files = new Map<string, StaticFile>();
  const walk = async (dir: string, prefix: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      // Build metadata (Vite's .vite/manifest.json) and other dotfiles are not part of the tab.
      if (entry.name.startsWith(".")) continue;
      const relative = prefix + entry.name;
      if (entry.isDirectory()) await walk(join(dir, entry.name), `${relative}/`);
      else if (entry.isFile()) files.set(relative, toStaticFile(relative, await readFile(join(dir, entry.name))));
    }
  };
  await walk(root, "");
  return files;
}

function toStaticFile(relative: string, identity: Buffer): StaticFile {
  const contentType = TYPES[extname(relative).toLowerCase()] ?? "application/octet-stream";
  const compressible = COMPRESSIBLE.test(contentType) && identity.length >= MIN_COMPRESS_BYTES;
  const done = new Set<Encoding>();
  const cache = new Map<Encoding, Promise<Buffer | undefined>>();
  return {
    contentType,
    // Hashed assets never change under their name; everything else is revalidated with the ETag.
    cacheControl: HASHED_ASSET.test(relative) ? "public, max-age=31536000, immutable" : "no-cache",
    identity,
    etag: `"${createHash("sha256").update(identity).digest("base64url").slice(0, 27)}"`,
    compressible,
    isReady: (encoding) => done.has(encoding),
    encoded(encoding) {
      if (!compressible) return Promise.resolve(undefined);
      let result = cache.get(encoding);
      if (!result) {
        result = compressors[encoding](identity).then((bytes) => (bytes.length < identity.length ? bytes : undefined));
        result.finally(() => done.add(encoding)).catch(() => undefined);
        cache.set(encoding, result);
      }
      return result;
    },
  };
}
