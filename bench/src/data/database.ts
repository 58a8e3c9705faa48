// One database per size, accord_bench_<N>: created, migrated with the built CLI, loaded once and
// marked complete with a comment, so later runs reuse it (--fresh rebuilds).
import { execFileSync } from "node:child_process";
import pg from "pg";
import { log } from "../log";
import { repoRoot, systemNode } from "../paths";
import { load } from "./load.js";

const marker = (n: number) => `accord-bench v1: ${n} engagements, complete`;

export type BenchDatabase = { name: string; url: string };

export function benchDatabase(server: string, engagements: number): BenchDatabase {
  const name = `accord_bench_${engagements}`;
  return { name, url: `${server}/${name}` };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function isComplete(server: string, db: BenchDatabase, engagements: number): Promise<boolean> {
  return withClient(`${server}/postgres`, async (client) => {
    const { rows } = await client.query(
      "SELECT shobj_description(oid, 'pg_database') AS note FROM pg_database WHERE datname = $1",
      [db.name],
    );
    return rows[0]?.note === marker(engagements);
  });
}

/** Makes sure the database of this size exists and is fully loaded; returns its URL. */
export async function ensureDatabase(options: { server: string; engagements: number; fresh: boolean }) {
  const { server, engagements, fresh } = options;
  const db = benchDatabase(server, engagements);
  if (!fresh && (await isComplete(server, db, engagements))) {
    log(`data: ${db.name} already holds ${engagements.toLocaleString("en")} engagements (--fresh rebuilds)`);
    // Migrations added since the data set was built must be applied; a vacuum then restores index-only scans.
    // So must load steps added since (their table still empty), e.g. commitment stages.
    const migrated = migrate(db);
    const supplemented = await load(db.url, engagements, { onlyEmpty: true, log });
    if (migrated && !supplemented) {
      log(`data: migrated ${db.name}; vacuum analyze`);
      await withClient(db.url, (client) => client.query("VACUUM ANALYZE"));
    }
    return db;
  }
  log(`data: building ${db.name}`);
  await withClient(`${server}/postgres`, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${db.name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${db.name}`);
  });
  migrate(db);
  await load(db.url, engagements, { log });
  await withClient(`${server}/postgres`, (client) =>
    client.query(`COMMENT ON DATABASE ${db.name} IS '${marker(engagements)}'`),
  );
  return db;
}

/** Applies pending migrations; true when any was (their rewrites leave the visibility map to rebuild). */
export function migrate(db: BenchDatabase): boolean {
  const output = execFileSync(systemNode(), ["apps/cli/dist/main.js", "migrate"], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: db.url },
    stdio: ["ignore", "pipe", "inherit"],
  }).toString();
  return /\bapplied\b/.test(output) && !/no pending/i.test(output);
}
