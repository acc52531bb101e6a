import { request } from "node:http";
import { connect } from "node:net";

/** An answer as it came over the wire: no decompression, no URL normalisation. */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** The body parsed as JSON when it is JSON, else undefined. */
  json: any;
}

/**
 * One HTTP request with the path sent exactly as given (fetch would resolve `..` and `%2e%2e`)
 * and the body sent as bytes, so malformed requests can be made on purpose.
 */
export function rawRequest(
  baseUrl: string,
  opts: { method?: string; path: string; headers?: Record<string, string | number>; body?: Buffer | string | Buffer[] },
): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: hostname, port, method: opts.method ?? "GET", path: opts.path, headers: opts.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", reject);
        res.on("end", () => {
          const body = Buffer.concat(chunks);
          let json: any;
          if (String(res.headers["content-type"] ?? "").includes("json") && body.length) {
            try {
              json = JSON.parse(body.toString("utf8"));
            } catch {
              json = undefined;
            }
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json });
        });
      },
    );
    req.on("error", reject);
    const parts = opts.body === undefined ? [] : Array.isArray(opts.body) ? opts.body : [opts.body];
    for (const part of parts) req.write(part);
    req.end();
  });
}

/** Writes raw bytes to the server and returns what it answered until it closed or `until` matched. */
export function rawExchange(baseUrl: string, bytes: string | Buffer, until = /\r\n\r\n/): Promise<string> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let received = "";
    socket.on("data", (d) => {
      received += d.toString("latin1");
      if (until.test(received)) socket.destroy();
    });
    socket.on("close", () => resolve(received));
    socket.on("error", (e) => (received ? resolve(received) : reject(e)));
    socket.write(bytes);
  });
}
