import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { isEmbeddedDatabaseUrl } from "./embedded/registry";
import { PrismaClient } from "./generated/prisma/client";
import { ScopedClient } from "./statement-scope";

export type CreatePrismaClientOptions = {
  databaseUrl: string;
  /** Pool size; the embedded database takes one connection at a time. */
  maxConnections?: number;
  /** PostgreSQL statement_timeout in milliseconds (0 = none). */
  statementTimeoutMs?: number;
  /** How long to wait for a connection (new or from the pool) before failing (default 8000). */
  connectionTimeoutMs?: number;
  /** Let PostgreSQL spread one statement over parallel workers (default off: see below). */
  parallelQuery?: boolean;
  /** Called with every SQL statement the client sends (tests count them); off when absent. */
  onQuery?: (sql: string) => void;
};

/**
 * Settings of the connections compiled reads' prepared statements run on (explain.slow.test plans with
 * them too): each statement planned once, generically, for whatever values come. random_page_cost as
 * for data in memory: at PostgreSQL's default (4, for spinning disks) a lookup by key in a small table
 * (60 topics, one page) was planned as a scan of the whole table, run again for every row that looks up.
 */
export const preparedReadSettings = ["plan_cache_mode=force_generic_plan", "random_page_cost=1.1"];

/** The one place a PrismaClient is built; the server and the CLI get theirs from here. */
export function createPrismaClient(options: CreatePrismaClientOptions): PrismaClient {
  // Our own pools: Prisma's, and one beside it for compiled reads' prepared statements.
  const embedded = isEmbeddedDatabaseUrl(options.databaseUrl);
  const poolWith = (settings: string[]) =>
    new pg.Pool({
      connectionString: options.databaseUrl,
      // The embedded server breaks on a second concurrent connection.
      max: embedded ? 1 : (options.maxConnections ?? 10),
      // Its session gate lets in one connection at a time: an idle one is handed back soon, so a CLI
      // command gets its turn while the API runs.
      ...(embedded ? { idleTimeoutMillis: 500 } : {}),
      // The embedded server takes no startup options.
      ...(embedded || !settings.length ? {} : { options: settings.map((setting) => `-c ${setting}`).join(" ") }),
      connectionTimeoutMillis: options.connectionTimeoutMs ?? 8_000,
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
      // PGlite runs statements in this process and keeps no timer: the client gives up at the deadline instead.
      ...(embedded && options.statementTimeoutMs ? { query_timeout: options.statementTimeoutMs } : {}),
      // Statements of a request that timed out are cancelled on the server (statement-scope.ts).
      Client: ScopedClient,
    });
  // Many small statements at once: parallel workers only add start-up cost (a search took about twice
  // as long with two). JIT off: PostgreSQL compiles a plan priced over jit_above_cost at every execution,
  // prepared or not, and the compiled reads' generic plans are priced high: a state's counterparts
  // filtered by kind took over twenty times as long with JIT.
  const settings = [...(options.parallelQuery ? [] : ["max_parallel_workers_per_gather=0"]), "jit=off"];
  const pool = poolWith(settings);
  // Compiled reads' named statements run again and again with other values. On Prisma's connections
  // PostgreSQL planned most of them anew at every run (their custom plans priced below the generic
  // one), about half of their SQL CPU; on these connections each is planned once per connection. Not on
  // Prisma's pool: its unnamed statements would be planned blind to their LIMIT values (seconds).
  const prepared = embedded ? pool : poolWith([...settings, ...preparedReadSettings]);
  if (prepared !== pool) {
    // Prisma's adapter ends its pool on $disconnect: the prepared statements' pool ends with it.
    const end = pool.end.bind(pool);
    pool.end = (() => Promise.all([end(), prepared.end()]).then(() => undefined)) as typeof pool.end;
  }
  // An idle connection the server ends (restart, failover, DROP DATABASE) leaves the pool and the next
  // query opens another; unhandled, the pool's error event would end the process.
  // A connection checked out but between statements has no pool listener: the server's "terminating
  // connection" then reaches the client's own error event, which would end the process just the same.
  // Its next statement fails and the connection is released as broken.
  for (const each of new Set([pool, prepared])) {
    each.on("error", () => {});
    each.on("connect", (client) => client.on("error", () => {}));
  }
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  const client = options.onQuery ? loggingClient(adapter, options.onQuery) : new PrismaClient({ adapter });
  pools.set(client, { pools: [pool], prepared: [prepared], onQuery: options.onQuery });
  return client;
}

function loggingClient(adapter: PrismaPg, onQuery: (sql: string) => void): PrismaClient {
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  client.$on("query", (event) => onQuery(event.query));
  return client;
}

/**
 * `pools`: Prisma's own, for one-off statements (planned for their values); `prepared`: for named
 * statements, whose plans are made once (generic) and kept; the same pool on the embedded database.
 */
type SqlPools = { pools: pg.Pool[]; prepared: pg.Pool[]; onQuery?: (sql: string) => void };
const pools = new WeakMap<object, SqlPools>();

/**
 * The pg pools behind a client (its replicas' when it reads from replicas), for statements Prisma
 * cannot send itself: named, prepared ones. Undefined for a client not made by createPrismaClient.
 */
export function sqlPoolsOf(client: object): SqlPools | undefined {
  return pools.get(client);
}

/** Makes `client` (an extended client) read through the pools of `readers`. */
export function readThroughPools(client: object, readers: object[]): void {
  const found = readers.map((reader) => pools.get(reader));
  if (found.every((entry): entry is SqlPools => entry !== undefined)) {
    pools.set(client, {
      pools: found.flatMap((entry) => entry.pools),
      prepared: found.flatMap((entry) => entry.prepared),
      onQuery: found[0]?.onQuery,
    });
  }
}

export type { PrismaClient };
