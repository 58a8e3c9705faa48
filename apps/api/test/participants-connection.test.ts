// Engagement.participantsConnection: every participant of an engagement a page at a time, past the 500 the
// `participants` list stops at, in the source's order (position, then id), from both lanes, forward and backward.
import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import { toGlobalId } from "../src/common/global-id";
import { startTwoLanes } from "./support/two-lanes";

let db: TestDatabase;
let lanes: Awaited<ReturnType<typeof startTwoLanes>>;
const count = 523;
let engagementId: string;

// One engagement with 523 participants; positions repeat (every 7th ties), so ids break ties; a second
// engagement whose participants must never show.
beforeAll(async () => {
  db = await createTestDatabase();
  lanes = await startTwoLanes(db.prisma);
  await db.prisma.$executeRawUnsafe(`
    INSERT INTO actor (id, kind, name, updated_at)
    SELECT md5('pc-a' || i)::uuid, 'PERSON', 'Delegate ' || i, now() FROM generate_series(1, ${count}) i`);
  await db.prisma.$executeRawUnsafe(`
    INSERT INTO engagement (id, kind, title, start_date, span_end, updated_at)
    SELECT md5('pc-e' || i)::uuid, 'SUMMIT', 'Summit ' || i, DATE '2025-06-24', DATE '2025-06-25', now()
    FROM generate_series(1, 2) i`);
  // 523 delegates of one summit are 273,000 counterpart pairs (over 10 s of trigger work) that this file never
  // reads: the counterpart tally's trigger is off for this insert.
  const counterparts = (state: "DISABLE" | "ENABLE") =>
    db.prisma.$executeRawUnsafe(`ALTER TABLE participant ${state} TRIGGER counterpart_tally_insert`);
  await counterparts("DISABLE");
  await db.prisma.$executeRawUnsafe(`
    INSERT INTO participant (id, engagement_id, actor_id, role, title_as_reported, position)
    SELECT md5('pc-p' || i)::uuid, md5('pc-e1')::uuid, md5('pc-a' || i)::uuid, 'PARTICIPANT'::"ParticipantRole", 'Delegate of ' || i, i / 7
    FROM generate_series(1, ${count}) i
    UNION ALL SELECT md5('pc-q' || i)::uuid, md5('pc-e2')::uuid, md5('pc-a' || i)::uuid, 'HOST'::"ParticipantRole", NULL, i
    FROM generate_series(1, 3) i`);
  await counterparts("ENABLE");
  engagementId = toGlobalId(
    "Engagement",
    (await db.prisma.$queryRawUnsafe<{ id: string }[]>(`SELECT md5('pc-e1')::uuid::text AS id`))[0]!.id,
  );
}, 120_000);

afterAll(async () => {
  await lanes?.close();
  await db?.drop();
});

const query = `query ($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  node(id: $id) { ... on Engagement { participantCount
    participantsConnection(first: $first, after: $after, last: $last, before: $before) {
      totalCount edges { cursor node { id role titleAsReported actor { name } } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } } }`;

type Page = {
  totalCount: number;
  edges: { cursor: string; node: { id: string; actor: { name: string } } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
};

async function page(variables: Record<string, unknown>): Promise<Page> {
  const answer = await lanes.askBoth(query, { id: engagementId, ...variables });
  expect(answer.errors).toBeUndefined();
  const node = answer.data!.node as { participantCount: number; participantsConnection: Page };
  expect(node.participantCount).toBe(count);
  return node.participantsConnection;
}

/** The participants' names, `size` at a time, forward (first/after) or backward (last/before), in the list's order. */
async function walk(direction: "forward" | "backward", size: number): Promise<string[]> {
  const names: string[] = [];
  let cursor: string | undefined;
  for (;;) {
    const bounds = direction === "forward" ? { first: size, after: cursor } : { last: size, before: cursor };
    const found = await page(bounds);
    expect(found.totalCount).toBe(count);
    const mine = found.edges.map((edge) => edge.node.actor.name);
    if (direction === "forward") names.push(...mine);
    else names.unshift(...mine);
    const more = direction === "forward" ? found.pageInfo.hasNextPage : found.pageInfo.hasPreviousPage;
    if (!more) return names;
    cursor = direction === "forward" ? found.pageInfo.endCursor : found.pageInfo.startCursor;
  }
}

it("pages through every participant, past 500, in the source's order, both ways and on both lanes", async () => {
  // position = i / 7, ties by id: the order the participants list gives, read here from the database.
  const expected = (
    await db.prisma.$queryRawUnsafe<
      { name: string }[]
    >(`SELECT a.name FROM participant p JOIN actor a ON a.id = p.actor_id
      WHERE p.engagement_id = md5('pc-e1')::uuid ORDER BY p.position, p.id`)
  ).map((row) => row.name);
  expect(expected).toHaveLength(count);
  const forward = await walk("forward", 100);
  expect(forward).toEqual(expected);
  expect(await walk("backward", 100)).toEqual(expected);
  // The first 500 are what the participants list gives.
  const list = await lanes.askBoth(
    `query ($id: ID!) { node(id: $id) { ... on Engagement { participants(first: 500) { actor { name } } } } }`,
    { id: engagementId },
  );
  const listed = (list.data!.node as { participants: { actor: { name: string } }[] }).participants;
  expect(listed.map((p) => p.actor.name)).toEqual(expected.slice(0, 500));
});

it("says where a page stands: the default page of 20, the last page, a cursor of another engagement", async () => {
  const first = await page({});
  expect([first.edges.length, first.pageInfo.hasNextPage, first.pageInfo.hasPreviousPage]).toEqual([20, true, false]);
  const last = await page({ last: 3 });
  expect([last.edges.length, last.pageInfo.hasNextPage, last.pageInfo.hasPreviousPage]).toEqual([3, false, true]);
  const after = await page({ first: 5, after: last.edges[1]!.cursor });
  expect(after.edges.map((edge) => edge.cursor)).toEqual([last.edges[2]!.cursor]);
  expect(after.pageInfo.hasNextPage).toBe(false);
  const other = await lanes.askBoth(
    `query ($id: ID!) { node(id: $id) { ... on Engagement { participantsConnection(first: 2) { edges { cursor } } } } }`,
    {
      id: toGlobalId(
        "Engagement",
        (await db.prisma.$queryRawUnsafe<{ id: string }[]>(`SELECT md5('pc-e2')::uuid::text AS id`))[0]!.id,
      ),
    },
  );
  const foreign = (other.data!.node as { participantsConnection: { edges: { cursor: string }[] } })
    .participantsConnection;
  expect(foreign.edges).toHaveLength(2);
  expect((await page({ first: 5, after: foreign.edges[0]!.cursor })).edges).toEqual([]);
});

it("is priced like the other connections: a page over 100 is refused before any SQL", async () => {
  const answer = await lanes.ask("compiled", query, { id: engagementId, first: 101 });
  expect(answer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  expect(answer.errors?.[0]?.message).toContain("first: 101 is outside 0..100");
});
