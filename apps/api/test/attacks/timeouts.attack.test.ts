// Issue #14: a request that ran into the request timeout left its SQL running on the database for
// seconds. Now its statements are cancelled when the timeout answers 503, and nothing it started stays active.
import pg from "pg";
import { useSafetyServer } from "../support/safety-server";
import { readGraphQL } from "../support/test-server";

// No statement_timeout: only the request timeout can stop the statement.
const s = useSafetyServer({ env: { NODE_ENV: "production" }, limits: { requestTimeoutMs: 500 }, seed: true });

/** Backends of the test database running a statement, other than `except`. */
async function activeBackends(observer: pg.Client, except: number[]): Promise<string[]> {
  const { rows } = await observer.query<{ query: string }>(
    "SELECT query FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND NOT (pid = ANY($1))",
    [except],
  );
  return rows.map((row) => row.query);
}

test.each([
  [
    "a read through the resolvers",
    "{ engagements(first: 5) { totalCount edges { node { title participants { actor { name } } } } } }",
  ],
  ["a compiled read", "{ engagements(first: 3) { edges { node { title } } } }"],
  ["a search", '{ search(query: "korea", first: 20) { totalCount edges { node { __typename } } } }'],
])("%s past the request timeout leaves no backend running a second later", async (_name, query) => {
  const locker = new pg.Client({ connectionString: s.db.url });
  const observer = new pg.Client({ connectionString: s.db.url });
  await Promise.all([locker.connect(), observer.connect()]);
  try {
    // Every read of these tables waits on the lock, like a statement that runs long.
    await locker.query("BEGIN");
    await locker.query('LOCK TABLE "engagement", "actor", "statement", "commitment" IN ACCESS EXCLUSIVE MODE');
    const started = Date.now();
    const response = await s.post({ query });
    expect(response.status).toBe(503);
    expect((await readGraphQL(response)).errors?.[0]?.extensions).toMatchObject({
      code: "SERVICE_UNAVAILABLE",
      limit: "requestTimeout",
    });
    expect(Date.now() - started).toBeLessThan(3000);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const pids = [
      (locker as unknown as { processID: number }).processID,
      (observer as unknown as { processID: number }).processID,
    ];
    expect(await activeBackends(observer, pids)).toEqual([]);
  } finally {
    await locker.query("ROLLBACK");
    await Promise.all([locker.end(), observer.end()]);
  }
  // And the server serves the next request.
  const next = await s.post({ query: "{ engagements(first: 1) { totalCount } }" });
  expect(next.status).toBe(200);
});
