// Starts each server under test as a child process on loopback and stops it again.
import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { benchRoot, node22, repoRoot, systemNode } from "./paths";
import type { ServerName } from "./queries";

export type RunningServer = { name: ServerName; url: string; pid: number; stop(): Promise<void>; peakRssMiB(): number };

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function command(name: ServerName, databaseUrl: string, port: number): { bin: string; args: string[]; env: object } {
  // Every server gets the same pool: POOL_SIZE for the bench's own servers, DATABASE_POOL_SIZE for Accord.
  const common = { DATABASE_URL: databaseUrl, PORT: String(port), POOL_SIZE: "10", DATABASE_POOL_SIZE: "10" };
  if (name === "accord") {
    // Production mode; rate limits off (0, docs/limits.md): the benchmark is one client hammering one server.
    const env = { ...common, NODE_ENV: "production", ACCORD_RATE_LIMIT_ADDRESS: "0", ACCORD_RATE_LIMIT_TOKEN: "0" };
    // BENCH_ACCORD_NODE=22 runs Accord on PostGraphile's Node 22, to compare like with like.
    const bin = process.env.BENCH_ACCORD_NODE === "22" ? node22 : systemNode();
    return { bin, args: [...productionNodeFlags(), path.join(repoRoot, "apps/api/dist/main.js")], env };
  }
  if (name === "postgraphile") {
    return { bin: node22, args: [path.join(benchRoot, "servers/postgraphile-server.mjs")], env: common };
  }
  return { bin: systemNode(), args: [path.join(benchRoot, "servers/floor-server.mjs")], env: common };
}

/** The Node flags the production image starts the API with (its Dockerfile's CMD), so Accord runs here as there. */
function productionNodeFlags(): string[] {
  const cmd = /^CMD (\[.*\])$/m.exec(readFileSync(path.join(repoRoot, "Dockerfile"), "utf8"))?.[1];
  const argv = cmd ? (JSON.parse(cmd) as string[]) : [];
  return argv.filter((arg) => arg.startsWith("--"));
}

/** VmHWM of a process: its peak resident set so far, in MiB. */
function peakRss(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

export async function startServer(name: ServerName, databaseUrl: string): Promise<RunningServer> {
  const port = await freePort();
  const { bin, args, env } = command(name, databaseUrl, port);
  // The server writes its output (Accord logs every request) to a file, not to a pipe this process
  // would have to read while it also drives the load.
  const logDir = mkdtempSync(path.join(os.tmpdir(), "accord-bench-"));
  const logPath = path.join(logDir, `${name}.log`);
  const log = openSync(logPath, "w");
  const child: ChildProcess = spawn(bin, args, {
    cwd: repoRoot,
    env: { ...process.env, ...env, GRAPHILE_ENV: "production" },
    stdio: ["ignore", log, log],
  });
  closeSync(log);
  const output = () => readFileSync(logPath, "utf8").slice(-2000);
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, peakRss(child.pid ?? 0) || 0)), 500);
  const base = `http://127.0.0.1:${port}`;
  const started = Date.now();
  while (!(await answers(base))) {
    if (child.exitCode !== null || Date.now() - started > 60_000) {
      clearInterval(sampler);
      child.kill("SIGKILL");
      throw new Error(`${name} did not start (exit ${child.exitCode}), ${logPath}:\n${output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    name,
    url: base,
    pid: child.pid ?? 0,
    peakRssMiB: () => Math.max(peak, peakRss(child.pid ?? 0) || 0),
    async stop() {
      peak = Math.max(peak, peakRss(child.pid ?? 0) || 0);
      clearInterval(sampler);
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(logDir, { recursive: true, force: true });
    },
  };
}

async function answers(base: string): Promise<boolean> {
  try {
    await fetch(`${base}/`, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}
