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

/** Raw figures of one measured phase, so several phases can be pooled. */
interface Sample {
  latencies: number[];
  errors: number;
  seconds: number;
}

async function measure(
  spec: RequestSpec,
  concurrency: number,
  seconds: number,
  warmupSeconds: number,
): Promise<Sample> {
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
            if (record) {
              if (ok) latencies.push(performance.now() - started);
              else errors++;
            }
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
  return { latencies, errors, seconds: elapsed };
}

function summarize(samples: Sample[]): LoadResult {
  const latencies = samples.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const seconds = samples.reduce((sum, s) => sum + s.seconds, 0);
  return {
    requests: latencies.length,
    errors: samples.reduce((sum, s) => sum + s.errors, 0),
    seconds,
    rps: latencies.length / seconds,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
  };
}

/**
 * Closed loop: `concurrency` workers each send the next request as soon as the previous one
 * answered. Loads several targets in turns: `rounds` rounds of `seconds` each, the order rotating every
 * round, each target's rounds pooled. On a shared machine the background load drifts over a
 * run; taking turns spreads that drift over every target instead of favouring the first.
 */
export async function runLoadInTurns(
  specs: RequestSpec[],
  concurrency: number,
  seconds: number,
  rounds: number,
): Promise<LoadResult[]> {
  const samples: Sample[][] = specs.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < specs.length; k++) {
      const i = (k + round) % specs.length;
      samples[i].push(await measure(specs[i], concurrency, seconds, round === 0 ? 1 : 0.25));
    }
  }
  return samples.map(summarize);
}
