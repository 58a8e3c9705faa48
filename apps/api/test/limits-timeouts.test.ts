import pg from "pg";
import { type SafetyServer, startSafetyServer } from "./support/safety-server";
import { readGraphQL } from "./support/test-server";

const query = { query: "{ engagements(first: 1) { edges { cursor } } }" };

/** Holds the engagement table in another session, so reads of it wait, until the callback is done. */
async function withTableLocked<T>(url: string, during: () => Promise<T>): Promise<T> {
  const locker = new pg.Client({ connectionString: url });
  await locker.connect();
  await locker.query("BEGIN");
  await locker.query('LOCK TABLE "engagement" IN ACCESS EXCLUSIVE MODE');
  try {
    return await during();
  } finally {
    await locker.query("ROLLBACK");
    await locker.end();
  }
}

describe("PostgreSQL statement_timeout (ACCORD_STATEMENT_TIMEOUT_MS)", () => {
  let s: SafetyServer;
  beforeAll(async () => {
    s = await startSafetyServer({ statementTimeoutMs: 300 });
  });
  afterAll(() => s.close());

  test("a statement past it is cancelled and answered 503 SERVICE_UNAVAILABLE", async () => {
    const started = Date.now();
    const response = await withTableLocked(s.db.url, () => s.post(query, { "x-request-id": "req-statement" }));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toEqual({
      data: null,
      errors: [
        {
          message: "The database did not answer within the statement timeout of 300 ms",
          locations: [{ line: 1, column: 3 }],
          path: ["engagements"],
          extensions: { code: "SERVICE_UNAVAILABLE", requestId: "req-statement" },
        },
      ],
      extensions: { cost: { requested: 2, max: 500000 } },
    });
  });
});

describe("request timeout (ACCORD_REQUEST_TIMEOUT_MS)", () => {
  let s: SafetyServer;
  beforeAll(async () => {
    s = await startSafetyServer({ limits: { requestTimeoutMs: 300 } });
  });
  afterAll(() => s.close());

  test("a request past it gets 503, and the server goes on serving", async () => {
    const response = await withTableLocked(s.db.url, async () => {
      const answer = await s.post(query);
      // The late result arrives after the lock is released; it must not break anything.
      return answer;
    });
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: "The request did not finish within 300 ms, the request timeout",
          extensions: { code: "SERVICE_UNAVAILABLE", limit: "requestTimeout", max: 300 },
        },
      ],
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const next = await s.post(query);
    expect(next.status).toBe(200);
    expect((await readGraphQL<{ engagements: unknown }>(next)).data?.engagements).toEqual({ edges: [] });
  });
});
