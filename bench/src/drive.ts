// Drives one query against one server with autocannon: a check that it answers, warm-up, then the measured run.
import autocannon from "autocannon";
import type { CpuSample } from "./cpu";
import type { BenchRequest } from "./request";

export type Measurement = {
  requestsPerSecond: number;
  /** Latency percentiles of the 2xx answers in ms, to 0.01 ms (autocannon's own histogram keeps whole ms). */
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  non2xx: number;
  responseBytes: number;
  /** CPU ms per request of the server process and of its PostgreSQL backends (/proc), when sampled. */
  cpuMsPerRequest?: { server: number; database: number };
};

/** The requests are sent in turn on each connection (one query's rotated records). */
export type DriveOptions = { base: string; requests: BenchRequest[]; connections: number; duration: number };

const headersOf = (request: BenchRequest) =>
  request.body ? { "content-type": "application/json" } : ({} as Record<string, string>);

type Run = { result: autocannon.Result; latencies: number[] };

async function run(options: DriveOptions, duration: number): Promise<Run> {
  const { base, requests, connections } = options;
  const [first] = requests;
  if (!first) throw new Error("no request to send");
  const instance = autocannon({
    url: `${base}${first.path}`,
    method: first.method,
    body: first.body,
    headers: headersOf(first),
    ...(requests.length > 1
      ? { requests: requests.map((r) => ({ method: r.method, path: r.path, body: r.body, headers: headersOf(r) })) }
      : {}),
    connections,
    duration,
  }) as unknown as autocannon.Instance & PromiseLike<autocannon.Result>; // without a callback it is both
  // Each answer's own hrtime duration: sub-millisecond growth of small queries must not round away.
  const latencies: number[] = [];
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  });
  return { result: await instance, latencies };
}

/** The nearest-rank percentile in ms, to 0.01 ms. */
function percentile(sorted: number[], p: number): number {
  const value = sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
  return Math.round(value * 100) / 100;
}

/** One request: the answer must be JSON with data and without errors, else the query is n/a on this server. */
export async function checkAnswer(
  base: string,
  request: BenchRequest,
): Promise<{ ok: true; bytes: number } | { ok: false; reason: string }> {
  const response = await fetch(`${base}${request.path}`, {
    method: request.method,
    body: request.body,
    headers: request.body ? { "content-type": "application/json" } : {},
  });
  const text = await response.text();
  try {
    const json = JSON.parse(text) as { data?: unknown; errors?: { message: string }[] };
    const empty = !json.data || Object.values(json.data).some((value) => value === null);
    if (response.ok && !empty && !json.errors) return { ok: true, bytes: text.length };
    if (response.ok && empty && !json.errors) return { ok: false, reason: "answered with null data" };
    return { ok: false, reason: json.errors?.[0]?.message ?? `HTTP ${response.status}` };
  } catch {
    return { ok: false, reason: `HTTP ${response.status}: ${text.slice(0, 120)}` };
  }
}

export async function measure(
  options: DriveOptions & { warmup: number; sampleCpu?: () => Promise<CpuSample> },
): Promise<Measurement> {
  if (options.warmup > 0) await run(options, options.warmup);
  const before = await options.sampleCpu?.();
  const { result, latencies } = await run(options, options.duration);
  latencies.sort((a, b) => a - b);
  const after = await options.sampleCpu?.();
  const requests = Math.max(1, result.requests.total);
  return {
    ...(before && after
      ? {
          cpuMsPerRequest: {
            server: (after.server - before.server) / requests,
            database: (after.database - before.database) / requests,
          },
        }
      : {}),
    requestsPerSecond: result.requests.average,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    responseBytes: result.throughput.total / Math.max(1, result.requests.total),
  };
}
