import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { startTestService } from "../support/testService.js";
import { ensureTabBuilt } from "../support/tabBuild.js";
import { rawExchange, rawRequest } from "../support/rawHttp.js";

type Service = Awaited<ReturnType<typeof startTestService>>;

const tabDir = join(import.meta.dirname, "..", "..", "dist", "tab");
/** Every file of the built tab, relative to dist/tab, without build metadata (dotfiles and dot folders). */
const tabFiles = (): string[] =>
  readdirSync(tabDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(tabDir.length + 1))
    .filter((path) => !path.split("/").some((segment) => segment.startsWith(".")));

describe("GET /tab: only the built tab's files, and no path ends the process", () => {
  let service: Service;
  beforeAll(async () => {
    ensureTabBuilt();
    service = await startTestService();
  });
  afterAll(async () => {
    await service?.stop();
  });

  const healthy = async () => expect((await rawRequest(service.url, { path: "/healthz" })).status).toBe(200);

  it.each([
    ["a NUL byte", "/tab/%00"],
    ["a NUL byte after a real file name", "/tab/index.html%00.js"],
    ["encoded dots", "/tab/%2e%2e/server/main.js"],
    ["dots with encoded slashes (the compiled server)", "/tab/..%2fserver%2fmain.js"],
    ["encoded dots and slashes to package.json", "/tab/%2e%2e%2f%2e%2e%2fpackage.json"],
    ["build metadata in a dot folder", "/tab/.vite/manifest.json"],
    ["raw dots", "/tab/../package.json"],
    ["a single-dot segment", "/tab/./index.html"],
    ["encoded backslashes", "/tab/..%5c..%5cpackage.json"],
    ["a backslash", "/tab/assets\\..\\index.html"],
    ["invalid percent-encoding", "/tab/%zz"],
    ["a lone percent sign", "/tab/%"],
    ["an overlong UTF-8 dot", "/tab/%c0%ae%c0%ae/package.json"],
    ["a control character", "/tab/index%0a.html"],
    ["an overlong path", `/tab/${"a/".repeat(3000)}index.html`],
    ["a folder", "/tab/assets/"],
    ["a folder without slash", "/tab/assets"],
    ["a file that does not exist", "/tab/nope.js"],
  ])("answers %s with a JSON 404 and keeps serving", async (_name, path) => {
    const res = await rawRequest(service.url, { path });
    expect(res.status).toBe(404);
    expect(res.json?.error?.code).toBeTruthy();
    expect(res.body.toString()).not.toMatch(/alrek-teams|createServer|at \w+ \(/);
    await healthy();
  });

  it.each([
    ["a raw NUL in the request line", "GET /tab/\u0000 HTTP/1.1\r\nHost: x\r\n\r\n"],
    ["a raw backslash path", "GET /tab/..\\..\\package.json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"],
    ["a request line of 20 KB", `GET /tab/${"x".repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`],
  ])("answers %s with a 4xx over a raw socket and keeps serving", async (_name, bytes) => {
    const answer = await rawExchange(service.url, bytes);
    expect(answer).toMatch(/^HTTP\/1\.1 4\d\d /);
    expect(answer).not.toContain("alrek-teams");
    await healthy();
  });

  it("redirects /tab to /tab/ (query kept), which serves index.html", async () => {
    const bare = await rawRequest(service.url, { path: "/tab" });
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe("/tab/");
    expect((await rawRequest(service.url, { path: "/tab?view=status" })).headers.location).toBe("/tab/?view=status");
    const folder = await rawRequest(service.url, { path: "/tab/" });
    expect(folder.status).toBe(200);
    expect(folder.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(folder.body.equals(readFileSync(join(tabDir, "index.html")))).toBe(true);
  });

  it.each([
    ["br", "br"],
    ["gzip", "gzip"],
    ["gzip;q=0, br", "br"],
    ["br;q=0, gzip", "gzip"],
    ["identity", undefined],
    ["", undefined],
  ])("serves every file of the tab byte for byte with Accept-Encoding %j", async (accept, coding) => {
    for (const file of tabFiles()) {
      const identity = readFileSync(join(tabDir, file));
      const res = await rawRequest(service.url, {
        path: `/tab/${file}`,
        headers: accept ? { "accept-encoding": accept } : {},
      });
      expect(res.status, file).toBe(200);
      const compressible = identity.length >= 1024 && /\.(js|css|html)$/.test(file);
      const expected = compressible ? coding : undefined;
      expect(res.headers["content-encoding"], file).toBe(expected);
      const body =
        expected === "br" ? brotliDecompressSync(res.body) : expected === "gzip" ? gunzipSync(res.body) : res.body;
      expect(body.equals(identity), file).toBe(true);
      if (expected) expect(res.body.length, file).toBeLessThan(identity.length);
      if (compressible) expect(res.headers.vary, file).toBe("Accept-Encoding");
      expect(Number(res.headers["content-length"]), file).toBe(res.body.length);
    }
  });

  it("sends compressed JavaScript at under a third of its size", async () => {
    const file = tabFiles()
      .filter((f) => f.endsWith(".js"))
      .sort((a, b) => readFileSync(join(tabDir, b)).length - readFileSync(join(tabDir, a)).length)[0];
    const res = await rawRequest(service.url, { path: `/tab/${file}`, headers: { "accept-encoding": "br" } });
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.body.length).toBeLessThan(readFileSync(join(tabDir, file)).length / 3);
  });

  it("caches hashed assets for a year and revalidates the pages", async () => {
    for (const file of tabFiles()) {
      const res = await rawRequest(service.url, { path: `/tab/${file}` });
      const expected = file.startsWith("assets/") ? "public, max-age=31536000, immutable" : "no-cache";
      expect(res.headers["cache-control"], file).toBe(expected);
    }
  });

  it.each([
    ["identity", ""],
    ["br", "br"],
    ["gzip", "gzip"],
  ])("answers a matching If-None-Match (%s) with 304 and no body", async (_name, accept) => {
    const first = await rawRequest(service.url, { path: "/tab/index.html", headers: { "accept-encoding": accept } });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[^"]+"$/);
    const again = await rawRequest(service.url, {
      path: "/tab/index.html",
      headers: { "accept-encoding": accept, "if-none-match": etag },
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const changed = await rawRequest(service.url, {
      path: "/tab/index.html",
      headers: { "if-none-match": '"something-else"' },
    });
    expect(changed.status).toBe(200);
  });

  it("answers HEAD with the headers only", async () => {
    const res = await rawRequest(service.url, { method: "HEAD", path: "/tab/index.html" });
    expect(res.status).toBe(200);
    expect(res.body.length).toBe(0);
    expect(Number(res.headers["content-length"])).toBe(readFileSync(join(tabDir, "index.html")).length);
  });
});
