// One data size: for each server, count SQL statements per query through the counting proxy, then
// measure throughput and latency with the server talking to PostgreSQL directly.
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { BenchArgs } from "./args";
import { cpuSampler } from "./cpu";
import { checkAnswer, type Measurement, measure } from "./drive";
import { log } from "./log";
import { benchRoot } from "./paths";
import { startStatementCounter } from "./pg-counter";
import { type QueryName, type ServerName, workloads } from "./queries";
import type { Workload } from "./request";
import { type RunningServer, startServer } from "./servers";

export type QueryResult =
  | (Measurement & { ok: true; statements: number; load1: number })
  | { ok: false; reason: string };
export type ServerResult = { peakRssMiB: number; queries: Partial<Record<QueryName, QueryResult>> };
export type SizeResult = { engagements: number; servers: Partial<Record<ServerName, ServerResult>> };

const probeRepeats = 3;

/** The workloads of the asked queries for a running server, which may be asked for its own cursors. */
function workloadsOf(args: BenchArgs, engagements: number, name: ServerName, server: RunningServer) {
  const ask = async (query: string, variables: object = {}) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    return response.json();
  };
  return workloads(name, args.queries, { engagements, ask });
}

/** Every rotated request must answer; the first that does not is the query's reason for n/a. */
async function checkWorkload(base: string, workload: Workload): Promise<string | undefined> {
  if ("unsupported" in workload) return workload.unsupported;
  for (const request of workload.requests) {
    const answer = await checkAnswer(base, request);
    if (!answer.ok)
      return workload.requests.length > 1 ? `${answer.reason} (${request.body ?? request.path})` : answer.reason;
  }
  return undefined;
}

async function installPostgraphileExtras(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(readFileSync(path.join(benchRoot, "servers/postgraphile-extras.sql"), "utf8"));
  await client.end();
}

async function countStatements(args: BenchArgs, engagements: number, name: ServerName, dbName: string) {
  const target = new URL(args.server);
  const counter = await startStatementCounter({ host: target.hostname, port: Number(target.port || 5432) });
  const viaCounter = new URL(args.server);
  viaCounter.port = String(counter.port);
  const server = await startServer(name, `${viaCounter.toString().replace(/\/$/, "")}/${dbName}`);
  const counts: Partial<Record<QueryName, number | string>> = {};
  try {
    const all = await workloadsOf(args, engagements, name, server);
    for (const query of args.queries) {
      const workload = all[query];
      if (!workload) continue;
      const failure = await checkWorkload(server.url, workload);
      if (failure !== undefined || "unsupported" in workload) {
        counts[query] = failure;
        continue;
      }
      // Averaged over the first rotated records (or the one request, repeated).
      counter.reset();
      for (let i = 0; i < probeRepeats; i++) {
        const request = workload.requests[i % workload.requests.length];
        if (request) await checkAnswer(server.url, request);
      }
      counts[query] = counter.count() / probeRepeats;
    }
  } finally {
    await server.stop();
    await counter.close();
  }
  return counts;
}

export async function runSize(args: BenchArgs, engagements: number, dbName: string): Promise<SizeResult> {
  const databaseUrl = `${args.server}/${dbName}`;
  if (args.servers.includes("postgraphile")) await installPostgraphileExtras(databaseUrl);
  const result: SizeResult = { engagements, servers: {} };
  for (const name of args.servers) {
    log(`${name}: counting SQL statements per request (through the counting proxy)`);
    const counts = await countStatements(args, engagements, name, dbName);
    log(`${name}: starting for the measured runs`);
    const server = await startServer(name, databaseUrl);
    const serverResult: ServerResult = { peakRssMiB: 0, queries: {} };
    const cpu = await cpuSampler(args.server, dbName);
    try {
      const all = await workloadsOf(args, engagements, name, server);
      for (const query of args.queries) {
        const statements = counts[query];
        const workload = all[query];
        if (typeof statements !== "number" || !workload || "unsupported" in workload) {
          serverResult.queries[query] = { ok: false, reason: String(statements ?? "not run") };
          log(`  ${query} n/a: ${statements}`);
          continue;
        }
        const load1 = os.loadavg()[0] ?? 0;
        const m = await measure({
          base: server.url,
          requests: workload.requests,
          connections: args.connections,
          duration: args.duration,
          warmup: args.warmup,
          sampleCpu: () => cpu.sample(server.pid),
        });
        serverResult.queries[query] = { ok: true, statements, load1, ...m };
        const cpuNote = m.cpuMsPerRequest
          ? `  CPU ${m.cpuMsPerRequest.server.toFixed(2)} + ${m.cpuMsPerRequest.database.toFixed(2)} ms/req (server + PostgreSQL)`
          : "";
        log(
          `  ${query} ${m.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${m.p50.toFixed(2)} ms  p99 ${m.p99.toFixed(2)} ms  ${statements} SQL/req${cpuNote}  (load ${load1.toFixed(1)}${m.errors + m.non2xx ? `, ${m.errors + m.non2xx} failed` : ""})`,
        );
      }
    } finally {
      await cpu.close();
      serverResult.peakRssMiB = server.peakRssMiB();
      await server.stop();
    }
    log(`${name}: peak RSS ${serverResult.peakRssMiB.toFixed(0)} MiB`);
    result.servers[name] = serverResult;
  }
  return result;
}
