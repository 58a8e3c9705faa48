// createPrismaClient's own pg pool: the session settings it gives every connection, and the pools it
// exposes to compiled reads (sqlPoolsOf, readThroughPools).
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { createPrismaClient, readThroughPools, sqlPoolsOf } from "../src/client";
import { PrismaClient } from "../src/generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "../src/testing/test-database";

let db: TestDatabase;
const clients: PrismaClient[] = [];

beforeAll(async () => {
  db = await createTestDatabase({ empty: true });
});

afterAll(async () => {
  for (const client of clients) await client.$disconnect();
  await db?.drop();
});

function client(options: { parallelQuery?: boolean } = {}): PrismaClient {
  const made = createPrismaClient({ databaseUrl: db.url, maxConnections: 1, ...options });
  clients.push(made);
  return made;
}

async function parallelWorkers(prisma: PrismaClient): Promise<string> {
  const [row] = await prisma.$queryRawUnsafe<{ max_parallel_workers_per_gather: string }[]>(
    "SHOW max_parallel_workers_per_gather",
  );
  return row!.max_parallel_workers_per_gather;
}

/** The server's own setting, as a connection without startup options sees it. */
async function serverDefault(): Promise<string> {
  const plain = new pg.Client({ connectionString: db.url });
  await plain.connect();
  try {
    return (await plain.query("SHOW max_parallel_workers_per_gather")).rows[0].max_parallel_workers_per_gather;
  } finally {
    await plain.end();
  }
}

describe("createPrismaClient", () => {
  test("connections run without parallel workers unless parallelQuery is set", async () => {
    const fallback = await serverDefault();
    // Otherwise the two cases below could not tell the settings apart.
    expect(fallback).not.toBe("0");
    expect(await parallelWorkers(client())).toBe("0");
    expect(await parallelWorkers(client({ parallelQuery: true }))).toBe(fallback);
  });

  test("connections run without JIT, Prisma's and compiled reads' alike (compiling a plan at every run cost seconds)", async () => {
    const target = sqlPoolsOf(client())!;
    const jit = async (pool: pg.Pool) => (await pool.query("SHOW jit")).rows[0].jit;
    expect([await jit(target.pools[0]!), await jit(target.prepared[0]!)]).toEqual(["off", "off"]);
  });

  test("sqlPoolsOf gives the client's own pool, the one Prisma's queries use", async () => {
    const prisma = client();
    const target = sqlPoolsOf(prisma);
    expect(target?.pools).toHaveLength(1);
    const [ours] = await prisma.$queryRawUnsafe<{ pid: number }[]>("SELECT pg_backend_pid() AS pid");
    // One connection: the pool's query and Prisma's run on the same backend.
    const { rows } = await target!.pools[0]!.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    expect(rows[0]!.pid).toBe(ours!.pid);
  });

  test("compiled reads' prepared statements get a pool of their own, planned once (generic); Prisma's is not", async () => {
    const prisma = createPrismaClient({ databaseUrl: db.url, maxConnections: 1 });
    const target = sqlPoolsOf(prisma)!;
    expect(target.prepared).toHaveLength(1);
    expect(target.prepared[0]).not.toBe(target.pools[0]);
    const mode = async (pool: pg.Pool) => (await pool.query("SHOW plan_cache_mode")).rows[0].plan_cache_mode;
    expect([await mode(target.prepared[0]!), await mode(target.pools[0]!)]).toEqual(["force_generic_plan", "auto"]);
    // Prisma's unnamed statements keep plans made for their values.
    const [row] = await prisma.$queryRawUnsafe<{ plan_cache_mode: string }[]>("SHOW plan_cache_mode");
    expect(row!.plan_cache_mode).toBe("auto");
    // $disconnect ends both pools.
    await prisma.$disconnect();
    expect([target.pools[0]!.ended, target.prepared[0]!.ended]).toEqual([true, true]);
  });

  test("a client made elsewhere has no pools; readThroughPools lends an extended client its readers' pools", async () => {
    const foreign = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url }) });
    clients.push(foreign);
    expect(sqlPoolsOf(foreign)).toBeUndefined();
    const reader = client();
    const extended = reader.$extends({});
    expect(sqlPoolsOf(extended)).toBeUndefined();
    readThroughPools(extended, [reader]);
    expect(sqlPoolsOf(extended)?.pools).toEqual(sqlPoolsOf(reader)?.pools);
    expect(sqlPoolsOf(extended)?.prepared).toEqual(sqlPoolsOf(reader)?.prepared);
    // A reader not made here leaves the extended client as it was.
    const other = reader.$extends({});
    readThroughPools(other, [reader, foreign]);
    expect(sqlPoolsOf(other)).toBeUndefined();
  });

  test("a checked-out connection the server ends between statements fails its next statement, not the process", async () => {
    const target = sqlPoolsOf(client())!;
    for (const pool of [target.pools[0]!, target.prepared[0]!]) {
      const held = await pool.connect();
      const { rows } = await held.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
      // Ended from outside while no statement runs on it: pg emits the error on the client itself.
      const admin = new pg.Client({ connectionString: db.url });
      await admin.connect();
      await admin.query("SELECT pg_terminate_backend($1)", [rows[0]!.pid]);
      await admin.end();
      await new Promise((resolve) => setTimeout(resolve, 200));
      const failure = await held.query("SELECT 1").then(
        () => undefined,
        (error: Error) => error,
      );
      expect(failure).toBeInstanceOf(Error);
      held.release(failure);
      // The pool opens a new connection for the next statement.
      expect((await pool.query("SELECT 1 AS one")).rows[0].one).toBe(1);
    }
  });
});
