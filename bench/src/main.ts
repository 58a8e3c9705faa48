// pnpm bench: builds the data set(s), runs Accord, PostGraphile 5 and the floor on Q1–Q5, writes the results.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseBenchArgs } from "./args";
import { ensureDatabase } from "./data/database";
import { log } from "./log";
import { benchRoot } from "./paths";
import { markdownReport } from "./report";
import { runSize, type SizeResult } from "./run-size";

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const when = new Date().toISOString();
  const loadBefore = os.loadavg();
  const sizes: SizeResult[] = [];
  for (const engagements of args.sizes) {
    const db = await ensureDatabase({ server: args.server, engagements, fresh: args.fresh });
    sizes.push(await runSize(args, engagements, db.name));
  }
  const loadAfter = os.loadavg();
  const machine = `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB; load average ${loadBefore[0]?.toFixed(1)} before, ${loadAfter[0]?.toFixed(1)} after (shared with other work: figures are relative, compare servers within one run). Columns: requests/s · p50 · p99 latency (ms) · SQL statements per request.`;
  const markdown = markdownReport(args, sizes, { when, machine });
  const folder = path.join(benchRoot, "results");
  mkdirSync(folder, { recursive: true });
  const stamp = when.replaceAll(":", "-").slice(0, 19);
  writeFileSync(
    path.join(folder, `${stamp}.json`),
    `${JSON.stringify({ when, args, loadBefore, loadAfter, sizes }, null, 2)}\n`,
  );
  writeFileSync(path.join(folder, `${stamp}.md`), markdown);
  // The one result file git keeps: the run that docs/benchmark.md's figures come from.
  writeFileSync(path.join(folder, "latest.md"), markdown);
  process.stdout.write(markdown);
  log(`results: bench/results/${stamp}.json and .md, and bench/results/latest.md`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
