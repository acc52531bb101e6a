import http from "node:http";

/** One kind of request the generator repeats. */
export interface RequestSpec {
  method: "GET" | "POST";
  url: string;
  headers?: Record<string, string>;
  body?: string;
  /** A response is good when this returns true (status and body checked). */
  check?: (status: number, body: string) => boolean;
}

/** Figures of one closed-loop run. */
export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
}

/** The q-quantile (0..1) of sorted numbers. */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function once(agent: http.Agent, spec: RequestSpec): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(spec.url, { method: spec.method, agent, headers: spec.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(spec.body);
  });
}

/**
 * Closed loop: `concurrency` workers each send the next request as soon as the previous one
 * answered, for `seconds` after a short warm-up. The same generator drives every target.
 */
export async function runLoad(spec: RequestSpec, concurrency: number, seconds: number, warmupSeconds = 1): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let errors = 0;
  const phase = async (untilMs: number, record: boolean) => {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (Date.now() < untilMs) {
          const started = performance.now();
          try {
            const { status, body } = await once(agent, spec);
            const ok = spec.check ? spec.check(status, body) : status < 400;
            if (record) (ok ? latencies.push(performance.now() - started) : errors++);
          } catch {
            if (record) errors++;
          }
        }
      }),
    );
  };
  await phase(Date.now() + warmupSeconds * 1000, false);
  const started = performance.now();
  await phase(Date.now() + seconds * 1000, true);
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds: elapsed,
    rps: latencies.length / elapsed,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
  };
}
