import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { createPrismaClient, seedDatabase } from "@accord/db";
import pg from "pg";
import { type BuiltServer, spawnBuiltServer } from "./support/built-server";
import { tableChecksums } from "./support/checksum";
import { type SecondPostgres, startSecondPostgres } from "./support/second-postgres";

jest.setTimeout(120_000);

const run = promisify(execFile);
const cli = path.join(__dirname, "../../cli/dist/main.js");
const outageMs = 10_000;
const query = "{ engagements(first: 5) { edges { node { id title participants { role actor { name } } } } } }";

type Sample = { start: number; end: number; status: number; code?: string; ok: boolean };

let pgServer: SecondPostgres;
let api: BuiltServer;
let url: string;

beforeAll(async () => {
  pgServer = await startSecondPostgres();
  const admin = new pg.Client({ connectionString: pgServer.url("postgres") });
  await admin.connect();
  await admin.query("CREATE DATABASE accord");
  await admin.end();
  url = pgServer.url("accord");
  await run(process.execPath, [cli, "migrate"], { env: { ...process.env, DATABASE_URL: url } });
  const prisma = createPrismaClient({ databaseUrl: url });
  await seedDatabase(prisma);
  await prisma.$disconnect();
  api = await spawnBuiltServer({ DATABASE_URL: url, ACCORD_RATE_LIMIT_ADDRESS: "0", ACCORD_RATE_LIMIT_TOKEN: "0" });
});

afterAll(async () => {
  api?.process.kill("SIGTERM");
  await api?.exited;
  await pgServer?.destroy();
});

async function ask(): Promise<Sample> {
  const start = Date.now();
  try {
    const response = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json()) as {
      data?: { engagements?: { edges: unknown[] } };
      errors?: { extensions?: { code?: string } }[];
    };
    const ok = response.status === 200 && !body.errors && (body.data?.engagements?.edges.length ?? 0) > 0;
    return { start, end: Date.now(), status: response.status, code: body.errors?.[0]?.extensions?.code, ok };
  } catch (error) {
    return { start, end: Date.now(), status: 0, code: `fetch failed: ${(error as Error).message}`, ok: false };
  }
}

async function readiness(): Promise<number> {
  try {
    return (await fetch(`${api.base}/readyz`)).status;
  } catch (error) {
    // A crashed server is the failure this test exists for: show what it printed.
    throw new Error(
      `/readyz did not answer (${(error as Error).message}); the server printed:\n${api.output().slice(-4000)}`,
    );
  }
}

test("PostgreSQL stopped for 10 s under load: fast SERVICE_UNAVAILABLE, no crash, back within 5 s, data intact", async () => {
  const before = await tableChecksums(url);
  const samples: Sample[] = [];
  let loading = true;
  const worker = async () => {
    while (loading) {
      samples.push(await ask());
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const workers = Array.from({ length: 4 }, worker);

  // The load stops whatever fails: left running, it asks the killed server for ever and jest force-exits the worker.
  let downUntil = 0;
  let recoveredAt: number | undefined;
  let upAt = 0;
  let readyDuringOutage = 0;
  let stopAt = 0;
  try {
    // Serve a steady baseline first; on a loaded machine that takes longer than on a quiet one.
    const baselineUntil = Date.now() + 20_000;
    while (samples.filter((s) => s.ok).length < 12 && Date.now() < baselineUntil) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await readiness()).toBe(200);
    stopAt = Date.now();
    await pgServer.stop();
    await new Promise((resolve) => setTimeout(resolve, outageMs / 2));
    readyDuringOutage = await readiness();
    await new Promise((resolve) => setTimeout(resolve, stopAt + outageMs - Date.now()));
    downUntil = Date.now();
    await pgServer.start();
    upAt = Date.now();
    while (Date.now() - upAt < 15_000) {
      recoveredAt = samples.find((s) => s.ok && s.start >= upAt)?.end;
      if (recoveredAt) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
  } finally {
    loading = false;
    await Promise.all(workers);
  }

  const baseline = samples.filter((s) => s.end < stopAt);
  const outage = samples.filter((s) => s.start > stopAt + 500 && s.end < downUntil);
  const failures = samples.filter((s) => !s.ok);
  const after = samples.filter((s) => recoveredAt !== undefined && s.start > recoveredAt);
  const recovery = (recoveredAt ?? Number.POSITIVE_INFINITY) - upAt;
  process.stdout.write(
    `faults: ${samples.length} requests, ${outage.length} during the outage (slowest ${Math.max(...outage.map((s) => s.end - s.start))} ms), recovered ${recovery} ms after PostgreSQL was back\n`,
  );

  expect(baseline.length).toBeGreaterThan(10);
  expect(baseline.every((s) => s.ok)).toBe(true);
  expect(outage.length).toBeGreaterThan(20);
  // Every failure, during the outage or at its edges, is a 503 SERVICE_UNAVAILABLE, answered fast.
  expect(new Set(failures.map((s) => `${s.status} ${s.code}`))).toEqual(new Set(["503 SERVICE_UNAVAILABLE"]));
  expect(Math.max(...outage.map((s) => s.end - s.start))).toBeLessThan(2000);
  expect(readyDuringOutage).toBe(503);
  expect(api.process.exitCode).toBeNull();
  expect(recovery).toBeLessThan(5000);
  expect(after.length).toBeGreaterThan(10);
  expect(after.every((s) => s.ok)).toBe(true);
  expect(await readiness()).toBe(200);
  expect(await tableChecksums(url)).toEqual(before);
});
