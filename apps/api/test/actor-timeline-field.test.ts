// Actor.timeline: an actor's engagements oldest first in one list, the same engagements in the same order as
// the engagements connection by START_DATE ascending, from both lanes; read on with `after`; bounded by `first`.
import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import { toGlobalId } from "../src/common/global-id";
import { startTwoLanes } from "./support/two-lanes";

let db: TestDatabase;
let lanes: Awaited<ReturnType<typeof startTwoLanes>>;
const actorCount = 6;
let actorIds: string[];

// 150 engagements on 9 days (ties broken by id); every third participant represents one of actors 1–3.
beforeAll(async () => {
  db = await createTestDatabase();
  lanes = await startTwoLanes(db.prisma);
  await db.prisma.$executeRawUnsafe(`
    INSERT INTO actor (id, kind, name, updated_at)
    SELECT md5('tf-a' || i)::uuid, 'STATE', 'Timeline actor ' || i, now() FROM generate_series(1, ${actorCount}) i`);
  await db.prisma.$executeRawUnsafe(`
    INSERT INTO engagement (id, kind, title, start_date, span_end, updated_at)
    SELECT md5('tf-e' || i)::uuid, (CASE WHEN i % 2 = 0 THEN 'CALL' ELSE 'VISIT' END)::"EngagementKind", 'Engagement ' || i, d, d, now()
    FROM generate_series(1, 150) i, LATERAL (SELECT DATE '2020-01-01' + (i * 7 % 9) AS d) x`);
  await db.prisma.$executeRawUnsafe(`
    INSERT INTO participant (id, engagement_id, actor_id, represents_id, position)
    SELECT gen_random_uuid(), md5('tf-e' || i)::uuid, md5('tf-a' || ((i * 3 + k * 5) % ${actorCount} + 1))::uuid,
      CASE WHEN (i + k) % 3 = 0 THEN md5('tf-a' || (i % 3 + 1))::uuid END, k
    FROM generate_series(1, 150) i, generate_series(0, i % 4) k`);
  const rows = await db.prisma.$queryRawUnsafe<{ id: string }[]>(
    `SELECT md5('tf-a' || i)::uuid::text AS id FROM generate_series(1, ${actorCount}) i ORDER BY i`,
  );
  actorIds = rows.map((row) => toGlobalId("Actor", row.id));
}, 120_000);

afterAll(async () => {
  await lanes?.close();
  await db?.drop();
});

type Light = { id: string; kind: string; title: string; start: { iso: string; precision: string } };
const light = "id kind title start { iso precision } end { iso }";

/** Every engagement of each actor through the connection, oldest first, a page of 100 at a time. */
async function paged(actor: string): Promise<Light[]> {
  const all: Light[] = [];
  let after: string | null = null;
  for (;;) {
    const { data } = await lanes.ask(
      "resolvers",
      `query ($id: ID!, $after: String) { node(id: $id) { ... on Actor { engagements(first: 100, after: $after,
        orderBy: { field: START_DATE, direction: ASC }) { edges { node { ${light} } } pageInfo { hasNextPage endCursor } } } } }`,
      { id: actor, after },
    );
    const page = (
      data!.node as { engagements: { edges: { node: Light }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }
    ).engagements;
    all.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return all;
    after = page.pageInfo.endCursor;
  }
}

const timelines = (first: number, after?: string) =>
  lanes.askBoth(
    `query ($ids: [ID!]!, $first: Int!, $after: ID) { nodes(ids: $ids) { ... on Actor { timeline(first: $first, after: $after) { ${light} } } } }`,
    { ids: actorIds, first, after },
  );

const listsOf = (answer: { data?: Record<string, unknown> }) =>
  (answer.data!.nodes as { timeline: Light[] }[]).map((node) => node.timeline);

test("is every actor's engagements oldest first, as the connection pages them, from both lanes", async () => {
  const expected = await Promise.all(actorIds.map(paged));
  expect(expected.some((list) => list.length > 100)).toBe(true);
  expect(listsOf(await timelines(5_000))).toEqual(expected);
  // Shorter lists are the first engagements of each; `after` the last of one reads on from there.
  const firsts = listsOf(await timelines(7));
  expect(firsts).toEqual(expected.map((list) => list.slice(0, 7)));
  const one = expected[0]!;
  const next = await lanes.askBoth(
    "query ($id: ID!, $after: ID) { node(id: $id) { ... on Actor { timeline(first: 30, after: $after) { id } } } }",
    { id: actorIds[0], after: one[6]!.id },
  );
  expect((next.data!.node as { timeline: { id: string }[] }).timeline).toEqual(
    one.slice(7, 37).map((e) => ({ id: e.id })),
  );
  expect(listsOf(await timelines(0))).toEqual(actorIds.map(() => []));
});

test("refuses a list over 5,000 and an `after` that is not an engagement's ID, naming the argument", async () => {
  const over = await lanes.ask(
    "compiled",
    "query ($id: ID!) { node(id: $id) { ... on Actor { timeline(first: 5001) { id } } } }",
    {
      id: actorIds[0],
    },
  );
  expect(over.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
    ["timeline.first: 5001 is outside 0..5000", "BAD_USER_INPUT"],
  ]);
  for (const lane of ["compiled", "resolvers"] as const) {
    const wrong = await lanes.ask(
      lane,
      "query ($id: ID!) { node(id: $id) { ... on Actor { timeline(after: $id) { id } } } }",
      { id: actorIds[0] },
    );
    expect(wrong.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      [`after: "${actorIds[0]}" is not the ID of a Engagement`, "BAD_USER_INPUT"],
    ]);
  }
});
