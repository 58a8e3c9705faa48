// Loads the data set into a migrated database: the rows of load-sql.ts, then the derived tables of derived.ts.
import pg from "pg";
import { backfillSteps, derivedTriggersSql } from "./derived.js";
import { hashFunctionSql, type LoadStep, loadSteps } from "./load-sql.js";
import { shapeOf } from "./shape.js";

export type LoadOptions = {
  /** Only the steps not run yet: their table still empty, or their `filled` test false (steps added since the data set was built). */
  onlyEmpty?: boolean;
  /** Keep the derived tables' triggers on while loading (the slow way; the tests compare both). */
  viaTriggers?: boolean;
  log: (line: string) => void;
};

/** Runs the load steps (with onlyEmpty, those whose table is still empty); true when any ran. */
export async function load(url: string, engagements: number, options: LoadOptions): Promise<boolean> {
  const { log } = options;
  const started = Date.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const steps = [];
    for (const step of loadSteps(shapeOf(engagements))) {
      if (!options.onlyEmpty || !(await hasRun(client, step))) steps.push(step);
    }
    if (steps.length === 0) return false;
    await client.query("SET synchronous_commit = off");
    await client.query("SET maintenance_work_mem = '256MB'");
    await client.query(hashFunctionSql);
    const timed = async (label: string, work: () => Promise<number | undefined>) => {
      const t0 = Date.now();
      const rows = await work();
      log(
        `  ${label.padEnd(30)} ${String(rows ?? "").padStart(10)} ${rows === undefined ? "    " : "rows"}  ${seconds(Date.now() - t0)}`,
      );
    };
    // One transaction: a load that fails leaves no table with its triggers off.
    await client.query("BEGIN");
    if (!options.viaTriggers) await client.query(derivedTriggersSql("DISABLE"));
    for (const step of steps) await timed(step.label, () => runStep(client, step, engagements, log));
    if (!options.viaTriggers) {
      // Statistics of the rows just loaded (this transaction's own rows are sampled), for the backfills' plans;
      // their sorts and hashes spill to disk past work_mem.
      // Only the loaded tables: a database-wide ANALYZE would hold the catalogs' locks until COMMIT.
      const loaded = [...new Set(steps.map((step) => step.table))].join(", ");
      await timed("analyze", async () => void (await client.query(`ANALYZE ${loaded}`)));
      await client.query("SET LOCAL work_mem = '64MB'");
      for (const step of backfillSteps) await timed(step.label, async () => void (await client.query(step.sql)));
      await client.query(derivedTriggersSql("ENABLE"));
    }
    await client.query("COMMIT");
    await timed("vacuum analyze", async () => void (await client.query("VACUUM ANALYZE")));
    log(`data: loaded in ${seconds(Date.now() - started)}`);
    return true;
  } finally {
    await client.end();
  }
}

/** Engagements per statement: with triggers on, one statement's trigger events are queued in memory until it ends. */
const slice = 20_000;

/** Runs a step over engagements in slices (even bounds, for the steps taking every other one). */
async function runStep(client: pg.Client, step: LoadStep, engagements: number, log: LoadOptions["log"]) {
  if (typeof step.sql === "string") return (await client.query(step.sql)).rowCount ?? 0;
  let rows = 0;
  for (let from = 0; from < engagements; from += slice) {
    const t0 = Date.now();
    rows += (await client.query(step.sql(from, Math.min(from + slice, engagements) - 1))).rowCount ?? 0;
    if (engagements > slice)
      log(`    ${step.label} to ${Math.min(from + slice, engagements)}  ${seconds(Date.now() - t0)}`);
  }
  return rows;
}

/** Whether the step's rows are there: its table holds a row, or its own `filled` test is true. */
async function hasRun(client: pg.Client, step: LoadStep): Promise<boolean> {
  const { rows } = await client.query(`SELECT ${step.filled ?? `EXISTS (SELECT 1 FROM ${step.table})`} AS filled`);
  return rows[0].filled === true;
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
