import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import pg from "pg";
import { type BuiltServer, spawnBuiltServer } from "./support/built-server";
import { readGraphQL } from "./support/test-server";

let db: TestDatabase;
let api: BuiltServer;

beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
  api = await spawnBuiltServer({ DATABASE_URL: db.url });
});

afterAll(async () => {
  if (api.process.exitCode === null) api.process.kill("SIGKILL");
  await db.drop();
});

async function waitFor(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test("SIGTERM lets the in-flight request finish, refuses new ones and exits 0", async () => {
  // Holds the engagement table so the request below waits inside PostgreSQL until we let go.
  const locker = new pg.Client({ connectionString: db.url });
  // pg_stat_activity is a snapshot per transaction, so it is watched from a second connection.
  const watcher = new pg.Client({ connectionString: db.url });
  await Promise.all([locker.connect(), watcher.connect()]);
  await locker.query("BEGIN");
  await locker.query('LOCK TABLE "engagement" IN ACCESS EXCLUSIVE MODE');
  const slow = fetch(api.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ engagements(first: 1) { edges { node { title } } } }" }),
  });
  await waitFor(async () => {
    const { rows } = await watcher.query(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
    );
    return rows[0].n > 0;
  }, "the request to wait on the lock");

  api.process.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(api.process.exitCode).toBeNull();
  const refused = await fetch(api.url, { method: "POST", body: "{}" }).then(
    (r) => `status ${r.status}`,
    () => "refused",
  );
  expect(refused).toBe("refused");

  await locker.query("COMMIT");
  await Promise.all([locker.end(), watcher.end()]);
  const response = await slow;
  expect(response.status).toBe(200);
  const body = await readGraphQL<{ engagements: { edges: unknown[] } }>(response);
  expect(body.errors).toBeUndefined();
  expect(body.data?.engagements.edges).toHaveLength(1);
  expect(await api.exited).toBe(0);
});
