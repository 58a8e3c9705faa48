// Compiled reads' prepared statements (compiled-reads/prepared-names.ts): an anonymous client sending new
// query shapes (page sizes are written into the SQL) must not leave the everyday shapes unprepared, and
// the names a connection holds stay bounded.
import { createPrismaClient, type PrismaClient, sqlPoolsOf } from "@accord/db";
import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import { preparedOn, preparedPerConnection } from "../src/compiled-reads/prepared-names";
import { loadLimitsConfig } from "../src/limits/limits.config";
import { type AccordServer, createAccordServer } from "../src/server";

let db: TestDatabase;
let prisma: PrismaClient;
let server: AccordServer;
let url: string;

beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
  // One connection, so every named statement lands where the test looks.
  prisma = createPrismaClient({ databaseUrl: db.url, maxConnections: 1 });
  const defaults = loadLimitsConfig({});
  const limits = { ...defaults, rateLimit: { ...defaults.rateLimit, address: 0, token: 0 } };
  server = await createAccordServer({ prisma, limits });
  url = (await server.listen(0, "127.0.0.1")).url;
});

afterAll(async () => {
  await server?.stop();
  await prisma?.$disconnect();
  await db?.drop();
});

/** Shape i of 400: its page size (1..100), order and selection are part of the SQL. */
const shape = (i: number) =>
  `{ engagements(first: ${1 + (i % 100)}, orderBy: { field: START_DATE, direction: ${i % 200 < 100 ? "ASC" : "DESC"} })
  { edges { node { id ${i < 200 ? "" : "title"} } } } }`;
const everyday = "{ engagements(first: 3) { edges { node { title startDate } } } }";
const hot = "{ actors(first: 2) { edges { node { name } } } }";

async function ask(query: string): Promise<unknown> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

type Prepared = { name: string; statement: string; generic_plans: string };

/** The connection's prepared statements (pg_prepared_statements) and the names run-sql keeps for it. */
async function onTheConnection(): Promise<{ statements: Prepared[]; kept: string[] }> {
  const client = await sqlPoolsOf(prisma)!.prepared[0]!.connect();
  try {
    const { rows } = await client.query<Prepared>(
      "SELECT name, statement, generic_plans FROM pg_prepared_statements WHERE name LIKE 'accord_read_%'",
    );
    return { statements: rows, kept: preparedOn(client) };
  } finally {
    client.release();
  }
}

const runsOf = (statements: Prepared[], fragment: string) =>
  statements.filter(({ statement }) => statement.includes(fragment)).map(({ generic_plans }) => Number(generic_plans));

test("after 320 new shapes an everyday shape still runs prepared, a hot one was never dropped, and names stay bounded", async () => {
  const hotRuns = 40;
  for (let i = 1; i <= 320; i++) {
    await ask(shape(i));
    if (i % 8 === 0) await ask(hot);
  }
  let { statements, kept } = await onTheConnection();
  expect(statements.length).toBeLessThanOrEqual(preparedPerConnection);
  expect(kept.length).toBe(statements.length);
  expect(new Set(statements.map(({ name }) => name))).toEqual(new Set(kept));
  // Run within every eight new shapes, the hot shape stayed prepared: one statement, all its runs on it.
  expect(runsOf(statements, "FROM actor")).toEqual([hotRuns]);

  // A shape first seen after the flood is prepared too (with a fixed set of names it ran unnamed from now on).
  const before = new Set(statements.map(({ name }) => name));
  const first = await ask(everyday);
  expect(await ask(everyday)).toEqual(first);
  ({ statements } = await onTheConnection());
  // Planned once (generic), run twice.
  expect(statements.filter(({ name }) => !before.has(name)).map(({ generic_plans }) => Number(generic_plans))).toEqual([
    2,
  ]);
  expect(statements.length).toBeLessThanOrEqual(preparedPerConnection);
});

test("a shape deallocated to make room is prepared again when it comes back", async () => {
  // pg's own record of parsed statements was cleared with the server's: no "prepared statement does not exist".
  const data = (await ask(shape(1))) as { engagements: { edges: unknown[] } };
  expect(data.engagements.edges).toHaveLength(2);
  const { statements, kept } = await onTheConnection();
  expect(kept.length).toBeLessThanOrEqual(preparedPerConnection);
  expect(statements.length).toBe(kept.length);
});
