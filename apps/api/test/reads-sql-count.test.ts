import { createPrismaClient, type PrismaClient } from "@accord/db";
import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import { loadLimitsConfig } from "../src/limits/limits.config";
import { type AccordServer, createAccordServer } from "../src/server";
import { generateEngagements } from "./support/generate-engagements";

let db: TestDatabase;
let prisma: PrismaClient;
let server: AccordServer;
let url: string;
const statements: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = createPrismaClient({ databaseUrl: db.url, maxConnections: 2, onQuery: (sql) => statements.push(sql) });
  await generateEngagements(prisma, { actors: 100, engagements: 600 });
  // Aliases, identifiers, bodies and offices for every actor, so each nested list has rows.
  await prisma.$executeRawUnsafe(`
    INSERT INTO actor_alias (id, actor_id, name, language) SELECT gen_random_uuid(), id, 'Alias of ' || name, 'en' FROM actor;
  `);
  await prisma.$executeRawUnsafe(`
    INSERT INTO actor_identifier (id, actor_id, scheme, value) SELECT gen_random_uuid(), id, 'test', name FROM actor`);
  await prisma.$executeRawUnsafe(`UPDATE actor SET parent_id = md5('a1')::uuid WHERE name LIKE 'Actor 9%'`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO office (id, name, jurisdiction_id) SELECT md5('o' || id)::uuid, 'Minister', id FROM actor WHERE kind = 'STATE'`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO tenure (id, office_id, holder_id, start_date, start_precision)
    SELECT gen_random_uuid(), o.id, a.id, DATE '2020-01-01' + (row_number() OVER ())::int, 'DAY'
    FROM office o CROSS JOIN LATERAL (SELECT id FROM actor WHERE kind = 'PERSON' ORDER BY md5(o.id::text || id::text) LIMIT 3) a`);
  // Every nested list at once is priced in millions of nodes: the cost limit is not what this test measures.
  server = await createAccordServer({ prisma, limits: loadLimitsConfig({ ACCORD_MAX_COST: "100000000" }) });
  ({ url } = await server.listen(0, "127.0.0.1"));
});

afterAll(async () => {
  await server.stop();
  await prisma.$disconnect();
  await db.drop();
});

async function countStatements(query: string, variables: Record<string, unknown>) {
  statements.length = 0;
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const result = (await response.json()) as { data?: Record<string, { edges: unknown[] }>; errors?: unknown[] };
  expect(result.errors).toBeUndefined();
  return { statements: statements.length, edges: Object.values(result.data!)[0]!.edges.length };
}

const actorsQuery = `query($first: Int) { actors(first: $first) { totalCount edges { node {
  name aliases { name } identifiers { value } parent { name } bodies(first: 3) { totalCount edges { node { name } } }
  tenures(first: 2) { totalCount edges { node { startDate office { name jurisdiction { name } } holder { name } } } }
  engagements(first: 5) { totalCount edges { node {
    title country { name } parent { title } topics { slug parent { slug } }
    participants { role actor { name aliases { name } } represents { name } }
    sideEngagements(first: 2) { totalCount edges { node { title } } }
  } } }
} } } }`;

const engagementsQuery = `query($first: Int) { engagements(first: $first, filter: { date: { from: "2001-01-01" } }) { totalCount edges { node {
  title country { name identifiers { value } } parent { title parent { title } }
  topics { slug parent { slug children { slug } } }
  participants { actor { name engagements(first: 2) { edges { node { title } } } } represents { name } }
  sideEngagements(first: 3) { edges { node { title participants { actor { name } } } } }
} } } }`;

describe("SQL statements per request", () => {
  // actors: page + count, aliases, identifiers, parents, bodies (+count), tenures (+count), tenure rows,
  // offices, office jurisdictions (same actor loader, next tick), holders, engagements (+count), engagement
  // rows, countries, parent engagements, topic links, topic parents, participants, participant actors and
  // their aliases, side engagements (+count) … each one batched statement whatever the page size.
  it("stays the same for a page of 5 or 50 actors with every nested list (at most 30)", async () => {
    const small = await countStatements(actorsQuery, { first: 5 });
    const large = await countStatements(actorsQuery, { first: 50 });
    expect([small.edges, large.edges]).toEqual([5, 50]);
    // Deeper data in a bigger page may wake a loader more (a level with no rows runs none), never one per row.
    expect(large.statements - small.statements).toBeLessThanOrEqual(3);
    expect(large.statements).toBeLessThanOrEqual(30);
  });

  it("stays the same for a page of 5 or 50 engagements with every nested list (at most 20)", async () => {
    const small = await countStatements(engagementsQuery, { first: 5 });
    const large = await countStatements(engagementsQuery, { first: 50 });
    expect([small.edges, large.edges]).toEqual([5, 50]);
    expect(large.statements - small.statements).toBeLessThanOrEqual(3);
    expect(large.statements).toBeLessThanOrEqual(20);
  });
});
