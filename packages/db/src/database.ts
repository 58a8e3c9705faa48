import path from "node:path";
import { createPrismaClient, type PrismaClient } from "./client";
import { configuredDatabaseUrl } from "./config";
import { runningEmbedded } from "./embedded/address";
import { readEmbeddedMeta, updateEmbeddedMeta } from "./embedded/meta";
import { registerEmbeddedUrl } from "./embedded/registry";
import { startEmbeddedDatabase } from "./embedded/start";
import { applyMigrations } from "./migrate/apply";
import { prismaDir } from "./migrate/migrations";
import { seedDatabase } from "./seed";

/** Fills an empty database with the reference data (by default `seedDatabase`). */
export type SeedFunction = (prisma: PrismaClient) => Promise<unknown>;

export type ResolvedDatabase = {
  url: string;
  /** Pool size to give createPrismaClient: the embedded database takes one connection at a time. */
  maxConnections: number;
  embedded: boolean;
  /** Stops the embedded database (flushing it to disk); nothing to do for DATABASE_URL. */
  stop(): Promise<void>;
};

export type ResolveDatabaseOptions = {
  env?: NodeJS.ProcessEnv;
  /** Migrate the embedded database and seed it on its first start (default true; the CLI turns it off). */
  prepare?: boolean;
  /** The seed to run on a new embedded database; default `seedDatabase`, null for none. */
  seed?: SeedFunction | null;
  /** Progress lines; default stderr. */
  log?: (line: string) => void;
  /**
   * Use the embedded database another process (the running API) serves from the data folder instead
   * of refusing the locked folder; one connection at a time, through that process's session gate.
   */
  shareRunning?: boolean;
};

const writeToStderr = (line: string) => process.stderr.write(`${line}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const checkoutRoot = path.dirname(prismaDir);

/**
 * `$ACCORD_DATA_DIR/pglite`, by default `data/pglite`; a relative ACCORD_DATA_DIR is taken from the
 * root of the checkout, since pnpm runs the API and the CLI from different folders.
 */
export function embeddedDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(checkoutRoot, env.ACCORD_DATA_DIR?.trim() || "data", "pglite");
}

function displayPath(dir: string): string {
  const relative = path.relative(checkoutRoot, dir);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? `./${relative}` : dir;
}

function describeSeedResult(result: unknown): string {
  if (!result || typeof result !== "object") return "";
  const counts = Object.entries(result).filter(([, value]) => typeof value === "number");
  return counts.length ? `: ${counts.map(([name, value]) => `${value} ${name}`).join(", ")}` : "";
}

export type PrepareDatabaseOptions = {
  url: string;
  maxConnections?: number;
  /** Runs when the actor table is empty after migrating. */
  seed?: SeedFunction;
  log?: (line: string) => void;
};

export type PrepareDatabaseResult = { applied: string[]; seed: "seeded" | "has-data" | "no-seed" };

/** Applies pending migrations, then seeds when the database holds no actors yet. */
export async function prepareDatabase(options: PrepareDatabaseOptions): Promise<PrepareDatabaseResult> {
  const log = options.log ?? writeToStderr;
  const migrateStarted = Date.now();
  // applyMigrations closes the engine's connection before returning, so the client below is the only one.
  const applied = await applyMigrations({ databaseUrl: options.url });
  const migrateTime = seconds(Date.now() - migrateStarted);
  log(
    applied.length
      ? `applied ${applied.length} migration${applied.length === 1 ? "" : "s"} in ${migrateTime}: ${applied.join(", ")}`
      : `no pending migrations (checked in ${migrateTime})`,
  );
  if (!options.seed) return { applied, seed: "no-seed" };
  const prisma = createPrismaClient({ databaseUrl: options.url, maxConnections: options.maxConnections ?? 1 });
  try {
    if ((await prisma.actor.count()) > 0) return { applied, seed: "has-data" };
    const seedStarted = Date.now();
    const result = await options.seed(prisma);
    log(`seeded in ${seconds(Date.now() - seedStarted)}${describeSeedResult(result)}`);
    return { applied, seed: "seeded" };
  } finally {
    await prisma.$disconnect();
  }
}

/**
 * DATABASE_URL when it is set; otherwise the embedded PostgreSQL in the data folder, migrated and,
 * on its first start, seeded.
 */
export async function resolveDatabase(options: ResolveDatabaseOptions = {}): Promise<ResolvedDatabase> {
  const url = configuredDatabaseUrl(options.env);
  if (url) return { url, maxConnections: 10, embedded: false, stop: async () => {} };
  const log = options.log ?? writeToStderr;
  const dataDir = embeddedDataDir(options.env);
  const running = options.shareRunning ? await runningEmbedded(dataDir) : undefined;
  if (running) {
    log(`using the embedded PostgreSQL that process ${running.pid} serves from ${displayPath(dataDir)}`);
    const unregister = registerEmbeddedUrl(running.url);
    return { url: running.url, maxConnections: 1, embedded: true, stop: async () => void unregister() };
  }
  log(`starting embedded PostgreSQL in ${displayPath(dataDir)}…`);
  const database = await startEmbeddedDatabase({ dataDir, log });
  log(`embedded PostgreSQL ready in ${seconds(database.startupMs)}${database.created ? " (new database)" : ""}`);
  const resolved = { url: database.url, maxConnections: 1, embedded: true, stop: database.stop };
  if (options.prepare === false) return resolved;
  try {
    const meta = await readEmbeddedMeta(dataDir);
    const seed = meta.seededAt || options.seed === null ? undefined : (options.seed ?? seedDatabase);
    const prepared = await prepareDatabase({ url: database.url, maxConnections: 1, seed, log });
    if (prepared.seed !== "no-seed") await updateEmbeddedMeta(dataDir, { seededAt: new Date().toISOString() });
    if (prepared.seed === "has-data") log("not seeding: the database already holds actors");
    return resolved;
  } catch (error) {
    await database.stop();
    throw error;
  }
}
