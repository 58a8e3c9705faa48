// `pnpm bench:explorer [--tries N] [--fresh]`: the explorer's timeline of the busiest actor and the busiest
// person of the Secretaries' travels (../shared/data), drawn in Chromium against the production server, timed
// in the page N times each; prints every try, the median and the target (drawn < 1 s from the answer).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { chromium } from "playwright-core";
import { findSharedData } from "../../../apps/api/test/support/shared-data";
import { busiestActorSql, type TimelineTiming, timeTimeline } from "../../../apps/api/test/support/timeline-timing";
import { migrate } from "../data/database";
import { log } from "../log";
import { benchRoot, repoRoot, systemNode } from "../paths";
import { startServer } from "../servers";

const targetMs = 1_000;
const chromiumPath = "/usr/bin/chromium";
const marker = "accord-bench travels v1: complete";

async function query<T>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/** accord_bench_travels: the travels imported once with the CLI, marked complete (--fresh imports again). */
async function travelsDatabase(server: string, fresh: boolean): Promise<string> {
  const db = { name: "accord_bench_travels", url: `${server}/accord_bench_travels` };
  const [note] = await query<{ note: string | null }>(
    `${server}/postgres`,
    "SELECT shobj_description(oid, 'pg_database') AS note FROM pg_database WHERE datname = $1",
    [db.name],
  );
  if (!fresh && note?.note === marker) {
    migrate(db);
    return db.url;
  }
  const travels = path.join(findSharedData(), "history-state-travels");
  if (!existsSync(travels)) throw new Error(`${travels} not found (set ACCORD_SHARED_DATA)`);
  log(`data: importing ${travels} into ${db.name}`);
  await query(`${server}/postgres`, `DROP DATABASE IF EXISTS ${db.name} WITH (FORCE)`);
  await query(`${server}/postgres`, `CREATE DATABASE ${db.name}`);
  migrate(db);
  execFileSync(systemNode(), ["apps/cli/dist/main.js", "import", "--format", "history-state-travels", travels], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: db.url },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await query(`${server}/postgres`, `COMMENT ON DATABASE ${db.name} IS '${marker}'`);
  return db.url;
}

/** The actor with the most engagements (a person, when asked): taking part, or represented by who did. */
async function busiest(url: string, person: boolean) {
  const [top] = await query<{ id: string; name: string; engagements: number }>(
    url,
    busiestActorSql(person ? "PERSON" : undefined),
  );
  if (!top) throw new Error("the travels' import left no participant");
  return { ...top, globalId: Buffer.from(`Actor:${top.id}`, "utf8").toString("base64url") };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function main() {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== "--"),
    options: { tries: { type: "string", default: "5" }, fresh: { type: "boolean", default: false } },
  });
  const tries = Number(values.tries);
  if (!Number.isInteger(tries) || tries <= 0)
    throw new Error(`--tries: "${values.tries}" is not a positive whole number`);
  if (!existsSync(chromiumPath))
    execFileSync("bash", [path.join(repoRoot, "scripts/ensure-chromium.sh")], { stdio: "inherit" });

  const url = await travelsDatabase(
    process.env.ACCORD_BENCH_SERVER ?? "postgresql://postgres@127.0.0.1:5432",
    values.fresh,
  );
  const server = await startServer("accord", url);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  const rows: string[] = [];
  let failed = false;
  try {
    for (const [who, person] of [
      ["actor", false],
      ["person", true],
    ] as const) {
      const actor = await busiest(url, person);
      const timings: TimelineTiming[] = [];
      for (let attempt = 1; attempt <= tries; attempt++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const timing = await timeTimeline(
          page,
          `${server.url}/#/actor/${encodeURIComponent(actor.globalId)}`,
          actor.engagements,
        );
        await context.close();
        timings.push(timing);
        log(
          `${who} ${actor.name}, try ${attempt}: ${timing.engagements} engagements drawn in ${timing.renderMs} ms after the answer ` +
            `(asked at ${timing.requestedMs} ms, answered at ${timing.fetchMs} ms; load ${loadavg()[0]?.toFixed(1)})`,
        );
      }
      const drawn = median(timings.map((t) => t.renderMs));
      const pass = drawn < targetMs;
      failed ||= !pass;
      rows.push(
        `| ${who}: ${actor.name} | ${actor.engagements} | ${median(timings.map((t) => t.fetchMs))} | ${drawn} | ` +
          `${Math.min(...timings.map((t) => t.renderMs))}–${Math.max(...timings.map((t) => t.renderMs))} | ${pass ? "PASS" : "FAIL"} |`,
      );
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  const report = [
    `# Explorer timelines (${new Date().toISOString().slice(0, 16)} UTC, ${tries} tries each, load ${loadavg()[0]?.toFixed(1)})`,
    "",
    `Median ms from navigation to the answer, median and range of ms from the answer to every bar drawn; target < ${targetMs} ms drawn.`,
    "",
    "| timeline | engagements | answered (median) | drawn (median) | drawn (range) | target |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");
  process.stdout.write(`${report}\n`);
  mkdirSync(path.join(benchRoot, "results"), { recursive: true });
  writeFileSync(path.join(benchRoot, "results", "explorer.md"), report);
  if (failed) process.exitCode = 1;
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
