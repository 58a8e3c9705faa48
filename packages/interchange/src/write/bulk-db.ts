import pg from "pg";

/** What a writer needs: the same two calls as Prisma's raw API, so either can stand behind it. */
export type Sql = {
  $executeRawUnsafe(text: string, ...params: unknown[]): Promise<number>;
  $queryRawUnsafe<T = unknown>(text: string, ...params: unknown[]): Promise<T>;
};

export type BulkDb = Sql & {
  $transaction<T>(run: (tx: Sql) => Promise<T>, options?: { timeout?: number; maxWait?: number }): Promise<T>;
  end(): Promise<void>;
};

const sqlOn = (client: pg.Pool | pg.PoolClient): Sql => ({
  async $executeRawUnsafe(text, ...params) {
    return (await client.query(text, params)).rowCount ?? 0;
  },
  async $queryRawUnsafe<T>(text: string, ...params: unknown[]) {
    return (await client.query(text, params)).rows as T;
  },
});

/**
 * The importer's connection: node-postgres directly (the driver under Prisma's adapter). Bulk rows go
 * as array parameters to unnest(); through Prisma's raw API the same parameters cost several times more.
 */
export function createBulkDb(databaseUrl: string, options: { maxConnections?: number } = {}): BulkDb {
  // Two connections let the next batch be looked up while one is written; the embedded database takes one.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.maxConnections ?? 2 });
  // An idle connection the server ends (restart, terminate) is dropped by the pool; without a listener it would crash the process.
  pool.on("error", () => undefined);
  return {
    ...sqlOn(pool),
    async $transaction(run) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await run(sqlOn(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    end: () => pool.end(),
  };
}

/** A writer's view of an open transaction: the transactions it asks for run inside this one. */
export const oneTransaction = (tx: Sql, db: BulkDb): BulkDb => ({
  $executeRawUnsafe: (text, ...params) => tx.$executeRawUnsafe(text, ...params),
  $queryRawUnsafe: (text, ...params) => tx.$queryRawUnsafe(text, ...params),
  $transaction: (run) => run(tx),
  end: () => db.end(),
});
