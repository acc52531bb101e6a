import { said } from "../support/activities.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { brotliCompressSync, constants, createGzip, deflateSync, gzipSync, type Gzip } from "node:zlib";
import { startTestService } from "../support/testService.js";
import { expectReplies, messageActivity } from "../support/activities.js";
import { rawRequest } from "../support/rawHttp.js";

type Service = Awaited<ReturnType<typeof startTestService>>;

/** Zeros compressed by a zlib stream, 1 MB at a time, without holding the inflated bytes. */
async function zerosCompressed(megabytes: number, stream: Gzip): Promise<Buffer> {
  const out: Buffer[] = [];
  stream.on("data", (c: Buffer) => out.push(c));
  const ended = new Promise((resolve) => stream.on("end", resolve));
  const mb = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < megabytes; i++) if (!stream.write(mb)) await new Promise((r) => stream.once("drain", r));
  stream.end();
  await ended;
  return Buffer.concat(out);
}

const compress: Record<string, (b: Buffer) => Buffer> = {
  gzip: (b) => gzipSync(b),
  deflate: (b) => deflateSync(b),
  br: (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
};

/** Every route that reads a body, with a body it would otherwise accept or judge on its merits. */
const BODY_ROUTES: [string, string][] = [
  ["POST", "/api/messages"],
  ["POST", "/api/events"],
  ["PATCH", "/api/events/fredagspresentasjoner"],
  ["POST", "/api/events/fredagspresentasjoner/cancel"],
  ["POST", "/api/periods"],
  ["PATCH", "/api/periods/current/tiltak/t01"],
];

describe("request bodies: JSON only, limited after decompression, never fatal", () => {
  let service: Service;
  beforeAll(async () => {
    service = await startTestService({ REMINDER_TICK_SECONDS: "3600" });
  });
  afterAll(async () => {
    await service?.stop();
  });

  const healthy = async () => expect((await rawRequest(service.url, { path: "/healthz" })).status).toBe(200);
  const post = (path: string, body: Buffer | string, headers: Record<string, string | number>, method = "POST") =>
    rawRequest(service.url, { method, path, headers: { "content-type": "application/json", ...headers }, body });

  const garbage = Buffer.from("this is not compressed at all, just text pretending to be");
  const truncatedGzip = gzipSync(Buffer.from(JSON.stringify(messageActivity("hei")))).subarray(0, 30);
  it.each(
    BODY_ROUTES.flatMap(
      ([method, path]) =>
        [
          [method, path, "gzip", garbage],
          [method, path, "deflate", garbage],
          [method, path, "br", garbage],
          [method, path, "gzip", truncatedGzip],
        ] as const,
    ),
  )("%s %s with an invalid %s body answers 400 and keeps serving", async (method, path, encoding, body) => {
    const res = await post(path, body, { "content-encoding": encoding }, method);
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe("invalid_content_encoding");
    await healthy();
  });

  it("ignores a broken gzip body on a GET", async () => {
    const res = await rawRequest(service.url, {
      path: "/healthz",
      headers: { "content-type": "application/json", "content-encoding": "gzip", "content-length": garbage.length },
      body: garbage,
    });
    expect(res.status).toBe(200);
  });

  it.each(Object.keys(compress))("accepts an activity compressed with %s", async (encoding) => {
    const activity = Buffer.from(JSON.stringify(expectReplies(messageActivity("Hvem sitter i Husrådet?"))));
    const res = await post("/api/messages", compress[encoding](activity), { "content-encoding": encoding });
    expect(res.status).toBe(200);
    expect(said(res.json.activities[0])).toContain("Karen Haugvaldstad");
  });

  it.each([
    ["gzip", () => zerosCompressed(250, createGzip({ level: 9 }))],
    [
      "br",
      async () =>
        brotliCompressSync(Buffer.alloc(64 * 1024 * 1024), { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } }),
    ],
  ])("answers a small %s body that inflates past the limit with 413", async (encoding, make) => {
    const bomb = await make();
    expect(bomb.length).toBeLessThan(256 * 1024);
    const res = await post("/api/messages", bomb, { "content-encoding": encoding });
    expect(res.status).toBe(413);
    expect(res.json.error.code).toBe("payload_too_large");
    await healthy();
  });

  it("stays within bounded memory under four parallel gzip bombs of 250 MB each", async () => {
    const bomb = await zerosCompressed(250, createGzip({ level: 9 }));
    const before = process.memoryUsage().rss;
    const answers = await Promise.all(
      ["/api/messages", "/api/events", "/api/periods", "/api/messages"].map((path) =>
        post(path, bomb, { "content-encoding": "gzip" }),
      ),
    );
    const grownMb = (process.memoryUsage().rss - before) / 1024 / 1024;
    expect(answers.map((a) => a.status)).toEqual([413, 413, 413, 413]);
    // Decompressing even one of them would take 250 MB.
    expect(grownMb).toBeLessThan(100);
    const replies = await post(
      "/api/messages",
      JSON.stringify(expectReplies(messageActivity("Hvem er Alrek-koordinator?"))),
      {},
    );
    expect(said(replies.json.activities[0])).toContain("Karen Haugvaldstad");
  });

  it("answers a chunked body over the limit with 413 (no Content-Length to go by)", async () => {
    const chunks = Array.from({ length: 40 }, () => Buffer.alloc(16 * 1024, 0x20));
    const res = await rawRequest(service.url, {
      method: "POST",
      path: "/api/messages",
      headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
      body: chunks,
    });
    expect(res.status).toBe(413);
    await healthy();
  });

  it.each([
    ["an unknown coding", { "content-encoding": "compress" }, 415, "unsupported_content_encoding"],
    ["two codings", { "content-encoding": "gzip, gzip" }, 415, "unsupported_content_encoding"],
    ["text/plain", { "content-type": "text/plain" }, 415, "unsupported_media_type"],
    ["a form", { "content-type": "application/x-www-form-urlencoded" }, 415, "unsupported_media_type"],
    ["no content type", { "content-type": "" }, 415, "unsupported_media_type"],
    ["a latin-1 charset", { "content-type": "application/json; charset=iso-8859-1" }, 415, "unsupported_media_type"],
  ])("refuses %s with 415", async (_name, headers, status, code) => {
    const body = JSON.stringify(expectReplies(messageActivity("hei")));
    const res = await post("/api/messages", body, headers);
    expect(res.status).toBe(status);
    expect(res.json.error.code).toBe(code);
  });

  it.each([["application/json; charset=utf-8"], ['Application/JSON; Charset="UTF-8"'], ["application/vnd.alrek+json"]])(
    "reads a body of type %s",
    async (type) => {
      const res = await post(
        "/api/messages",
        JSON.stringify(expectReplies(messageActivity("Hvem sitter i Husrådet?"))),
        { "content-type": type },
      );
      expect(res.status).toBe(200);
    },
  );

  it.each([
    ["truncated JSON", Buffer.from('{"type":"message","text":')],
    [
      "invalid UTF-8",
      Buffer.concat([Buffer.from('{"type":"message","text":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]),
    ],
    ["whitespace only", Buffer.from("   ")],
  ])("answers %s with 400 invalid_json", async (_name, body) => {
    const res = await post("/api/events", body, {});
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe("invalid_json");
    expect(res.body.toString()).not.toContain("Unexpected");
  });

  it("survives an upload cut off halfway", async () => {
    const { request } = await import("node:http");
    const { hostname, port } = new URL(service.url);
    await new Promise<void>((resolve) => {
      const req = request({
        host: hostname,
        port,
        method: "POST",
        path: "/api/messages",
        headers: { "content-type": "application/json", "content-encoding": "gzip", "content-length": 10_000 },
      });
      req.on("error", () => resolve());
      req.write(gzipSync(Buffer.alloc(100_000, 0x20)).subarray(0, 50), () =>
        setImmediate(() => {
          req.destroy();
          resolve();
        }),
      );
    });
    await healthy();
  });
});
