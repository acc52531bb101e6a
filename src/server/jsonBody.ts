import type { Transform } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type { Next, Request, RequestHandler, Response } from "restify";
import { HttpError } from "./httpErrors.js";

/** Methods whose body is read; a body sent with GET, HEAD, DELETE or OPTIONS is ignored. */
const METHODS_WITH_BODY = new Set(["POST", "PUT", "PATCH"]);

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The service's only body reader, in place of restify's bodyParser: JSON only, sent plain or
 * with Content-Encoding gzip, deflate or br. The size limit counts the bytes as received and
 * again after decompression, and reading stops at the first byte over it, so a small body
 * that inflates to gigabytes is a 413 after `maxBytes` of work. Every stream has an error
 * listener: a broken gzip body or an aborted upload is a 4xx for that request only.
 * Sets `req.body` to the parsed JSON, or leaves it undefined when there is no body.
 */
export function jsonBodyReader(maxBytes: number): RequestHandler {
  return function readJsonBody(req: Request, _res: Response, next: Next): void {
    if (!METHODS_WITH_BODY.has(req.method ?? "") || !hasBody(req)) return next();
    const refusal = refuseByHeaders(req, maxBytes);
    if (refusal) return next(refusal);
    readBody(req, maxBytes, (error, body) => {
      if (error) return next(error);
      req.body = body;
      return next();
    });
  };
}

function hasBody(req: Request): boolean {
  if (req.headers["transfer-encoding"] !== undefined) return true;
  const length = req.headers["content-length"];
  return length !== undefined && Number(length) > 0;
}

/** 413/415 decided from the headers alone, before any byte is read. */
function refuseByHeaders(req: Request, maxBytes: number): HttpError | undefined {
  if (Number(req.headers["content-length"] ?? 0) > maxBytes) return tooLarge(maxBytes);
  const [type, ...params] = (req.headers["content-type"] ?? "").split(";").map((p) => p.trim().toLowerCase());
  if (type !== "application/json" && !/^application\/[a-z0-9.+-]+\+json$/.test(type)) {
    return new HttpError(415, "unsupported_media_type", "Send the body as JSON with 'Content-Type: application/json'");
  }
  const charset = params
    .find((p) => p.startsWith("charset="))
    ?.slice("charset=".length)
    .replace(/"/g, "");
  if (charset !== undefined && charset !== "utf-8" && charset !== "utf8") {
    return new HttpError(415, "unsupported_media_type", "JSON bodies must be UTF-8");
  }
  if (decoderFor(req.headers["content-encoding"]) === null) {
    return new HttpError(415, "unsupported_content_encoding", "Content-Encoding must be gzip, deflate, br or none");
  }
  return undefined;
}

/** A decompressor for the encoding, undefined for none, null for one not supported. */
function decoderFor(header: string | undefined): Transform | undefined | null {
  switch ((header ?? "").trim().toLowerCase()) {
    case "":
    case "identity":
      return undefined;
    case "gzip":
    case "x-gzip":
      return createGunzip();
    case "deflate":
      return createInflate();
    case "br":
      return createBrotliDecompress();
    default:
      return null;
  }
}

function tooLarge(maxBytes: number): HttpError {
  return new HttpError(
    413,
    "payload_too_large",
    `The body must be at most ${maxBytes / 1024} KB, also after decompression`,
  );
}

function readBody(req: Request, maxBytes: number, done: (error: HttpError | undefined, body?: unknown) => void): void {
  const decoder = decoderFor(req.headers["content-encoding"]) ?? undefined;
  const chunks: Buffer[] = [];
  let received = 0;
  let decoded = 0;
  let settled = false;

  const settle = (error: HttpError | undefined, body?: unknown) => {
    if (settled) return;
    settled = true;
    if (error) {
      decoder?.destroy();
      // Whatever is still coming is read and dropped, so the socket is not left stalled.
      req.resume();
    }
    done(error, body);
  };
  const onDecoded = (chunk: Buffer) => {
    if (settled) return;
    decoded += chunk.length;
    if (decoded > maxBytes) return settle(tooLarge(maxBytes));
    chunks.push(chunk);
  };
  const onEnd = () => {
    if (settled) return;
    const parsed = parseJson(Buffer.concat(chunks, decoded));
    if (parsed instanceof HttpError) settle(parsed);
    else settle(undefined, parsed.value);
  };

  req.on("error", () => settle(new HttpError(400, "incomplete_body", "The body was not received completely")));
  req.on("aborted", () => settle(new HttpError(400, "incomplete_body", "The body was not received completely")));
  if (!decoder) {
    req.on("data", (chunk: Buffer) => onDecoded(chunk));
    req.on("end", onEnd);
    return;
  }
  decoder.on("data", onDecoded);
  decoder.on("end", onEnd);
  decoder.on("error", () =>
    settle(new HttpError(400, "invalid_content_encoding", "The body is not valid for its Content-Encoding")),
  );
  req.on("data", (chunk: Buffer) => {
    if (settled) return;
    received += chunk.length;
    if (received > maxBytes) return settle(tooLarge(maxBytes));
    if (!decoder.write(chunk)) {
      req.pause();
      decoder.once("drain", () => req.resume());
    }
  });
  req.on("end", () => {
    if (!settled) decoder.end();
  });
}

function parseJson(bytes: Buffer): { value: unknown } | HttpError {
  if (bytes.length === 0) return { value: undefined };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return new HttpError(400, "invalid_json", "The body is not valid UTF-8");
  }
  try {
    return { value: JSON.parse(text) };
  } catch {
    // JSON.parse quotes the input in its message; the caller knows what they sent.
    return new HttpError(400, "invalid_json", "The body is not valid JSON");
  }
}
