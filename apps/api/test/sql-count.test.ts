import { createPrismaClient, type PrismaClient } from "@accord/db";
import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import { toGlobalId } from "../src/common/global-id";
import { type AccordServer, createAccordServer } from "../src/server";

// The most SQL statements one page of engagements with all its nested lists may take, whatever its size.
const maxStatements = 12;

let db: TestDatabase;
let prisma: PrismaClient;
let server: AccordServer;
let url: string;
const sql: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = createPrismaClient({ databaseUrl: db.url, maxConnections: 2, onQuery: (text) => sql.push(text) });
  await makeEngagements(prisma, 60);
  server = await createAccordServer({ prisma });
  ({ url } = await server.listen(0, "127.0.0.1"));
});

afterAll(async () => {
  await server.stop();
  await prisma.$disconnect();
  await db.drop();
});

async function makeEngagements(client: PrismaClient, count: number) {
  const [host, guest] = await client.actor.createManyAndReturn({
    data: [
      { kind: "STATE", name: "Host" },
      { kind: "STATE", name: "Guest" },
    ],
  });
  const source = await client.source.create({
    data: { kind: "NEWS_ARTICLE", title: "Article", content: "x".repeat(100) },
  });
  for (let i = 0; i < count; i++) {
    // Two engagements a day, so the order's tie-breaks are exercised too.
    const day = new Date(Date.UTC(2020, 0, 1 + Math.floor(i / 2)));
    await client.engagement.create({
      data: {
        kind: "BILATERAL_MEETING",
        title: `Meeting ${i}`,
        startDate: day,
        spanEnd: day,
        participants: {
          create: [
            { actorId: host!.id, role: "HOST" },
            { actorId: guest!.id, role: "VISITOR", position: 1 },
          ],
        },
        citations: { create: [{ sourceId: source.id, quote: "x", startOffset: 0, endOffset: 1 }] },
        statements: {
          create: [1, 2, 3].map((position) => ({
            speakerId: (position % 2 ? host : guest)!.id,
            kind: "POSITION" as const,
            gist: `Statement ${position}`,
            position,
            citations: { create: [{ sourceId: source.id, quote: "xx", startOffset: 1, endOffset: 3 }] },
          })),
        },
        commitments: {
          create: [
            {
              committerId: host!.id,
              beneficiaryId: guest!.id,
              kind: "FINANCIAL" as const,
              description: `Aid ${i}`,
              amount: "1000.50",
              currency: "USD",
              status: "ANNOUNCED" as const,
              citations: { create: [{ sourceId: source.id, quote: "x", startOffset: 5, endOffset: 6 }] },
            },
          ],
        },
      },
    });
  }
}

const query = `query($first: Int) {
  engagements(first: $first) { edges { node {
    title
    participants { role actor { name } }
    statements(first: 5) { totalCount edges { node { gist speaker { name } citations { quote source { title } } } } }
    commitments(first: 5) { totalCount edges { node { description money { amount } committer { name } beneficiary { name } citations { quote } } } }
    citations { quote startOffset source { title } }
  } } }
}`;

type Page = {
  engagements: { edges: { node: { statements: { totalCount: number }; commitments: { edges: unknown[] } } }[] };
};

async function countStatements(first: number): Promise<{ count: number; page: Page }> {
  sql.length = 0;
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables: { first } }),
  });
  const body = (await response.json()) as { data: Page; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return { count: sql.length, page: body.data };
}

describe("SQL statements per request", () => {
  it(`stay at most ${maxStatements} and the same for 5 and 50 engagements with every nested list`, async () => {
    // Loads of one kind from different levels (sources of engagement and of statement citations) share
    // a batch when their parents' answers arrive in the same tick: the fewest of three runs is the count.
    const fewest = async (first: number) => {
      const runs = [await countStatements(first), await countStatements(first), await countStatements(first)];
      return runs.reduce((best, run) => (run.count < best.count ? run : best));
    };
    const small = await fewest(5);
    const large = await fewest(50);
    expect(small.page.engagements.edges).toHaveLength(5);
    expect(large.page.engagements.edges).toHaveLength(50);
    for (const edge of large.page.engagements.edges) {
      expect(edge.node.statements.totalCount).toBe(3);
      expect(edge.node.commitments.edges).toHaveLength(1);
    }
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(maxStatements);
  });
});

describe("statements across many engagements", () => {
  type Walk = { statements: { edges: { node: { id: string } }[]; pageInfo: Record<string, string | boolean> } };
  const walkQuery = `query($first: Int, $after: String, $last: Int, $before: String, $orderBy: StatementOrder) {
    statements(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
      edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;

  async function walk(orderBy: { field: string; direction: string }, backward: boolean): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const variables = backward ? { last: 11, before: cursor, orderBy } : { first: 7, after: cursor, orderBy };
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: walkQuery, variables }),
      });
      const { data } = (await response.json()) as { data: Walk };
      const page = data.statements.edges.map((edge) => edge.node.id);
      if (backward) ids.unshift(...page);
      else ids.push(...page);
      if (!data.statements.pageInfo[backward ? "hasPreviousPage" : "hasNextPage"]) return ids;
      cursor = data.statements.pageInfo[backward ? "startCursor" : "endCursor"] as string;
    }
  }

  it("walks every statement once, forward and back, in engagement date order then the source's order", async () => {
    const rows = await prisma.statement.findMany({ include: { engagement: true } });
    const byDateThenPosition = (direction: 1 | -1) =>
      [...rows]
        .sort(
          (a, b) =>
            direction * (a.engagement.startDate.getTime() - b.engagement.startDate.getTime()) ||
            direction * a.engagementId.localeCompare(b.engagementId) ||
            a.position - b.position ||
            a.id.localeCompare(b.id),
        )
        .map((row) => toGlobalId("Statement", row.id));
    expect(rows).toHaveLength(180);
    for (const [sort, direction] of [
      ["DESC", -1],
      ["ASC", 1],
    ] as const) {
      const orderBy = { field: "ENGAGEMENT_DATE", direction: sort };
      const expected = byDateThenPosition(direction);
      expect(await walk(orderBy, false)).toEqual(expected);
      expect(await walk(orderBy, true)).toEqual(expected);
    }
  });
});
