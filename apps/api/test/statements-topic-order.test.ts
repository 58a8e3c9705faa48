// Statements on a topic are walked from statement_topic's copy of their sort key: the copy must follow
// every change of the original (a statement moved, re-positioned, its engagement re-dated), and a page
// over a topic with sub-topics must keep a statement on two of them once.
import { makeActor, makeEngagement, makeStatement, makeTopic } from "@accord/db";
import { toGlobalId } from "../src/common/global-id";
import { useTestServer } from "./support/test-server";
import { walkConnection } from "./support/walk-connection";

const t = useTestServer();
let root: { id: string };
let leaves: { id: string }[];
let statements: { id: string }[];
let engagements: { id: string }[];

beforeAll(async () => {
  const db = t.db.prisma;
  root = await makeTopic(db, { slug: "security", name: "Security" });
  leaves = [
    await makeTopic(db, { slug: "nuclear", name: "Nuclear", parentId: root.id }),
    await makeTopic(db, { slug: "cyber", name: "Cyber", parentId: root.id }),
  ];
  const speaker = await makeActor(db, { kind: "PERSON", name: "Speaker" });
  const days = ["2024-01-05", "2024-03-01", "2024-03-01", "2023-12-31"];
  engagements = [];
  for (const [i, start] of days.entries()) {
    engagements.push(await makeEngagement(db, { kind: "CALL", title: `Call ${i}`, start }));
  }
  statements = [];
  // Twelve statements over four engagements, on one leaf, the other, both, or the root itself.
  for (let i = 0; i < 12; i++) {
    const topicIds = [[leaves[0]!.id], [leaves[1]!.id], [leaves[0]!.id, leaves[1]!.id], [root.id]][i % 4]!;
    statements.push(
      await makeStatement(db, {
        engagementId: engagements[i % 4]!.id,
        speakerId: speaker.id,
        kind: "POSITION",
        gist: `Statement ${i}`,
        position: 12 - i,
        topicIds,
      }),
    );
  }
});

/** The order from the originals (statement, engagement), not from the copies. */
async function expected(topicIds: string[]): Promise<string[]> {
  const rows = await t.db.prisma.$queryRawUnsafe<{ gist: string }[]>(
    `SELECT s.gist FROM statement s JOIN engagement e ON e.id = s.engagement_id
     WHERE EXISTS (SELECT 1 FROM statement_topic st WHERE st.statement_id = s.id AND st.topic_id = ANY($1::uuid[]))
     ORDER BY e.start_date DESC, s.engagement_id DESC, s.position, s.id`,
    topicIds,
  );
  return rows.map((row) => row.gist);
}

type Page = {
  edges: { node: { gist: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
};

/** Every statement of the root filter, two at a time forward, then two at a time backward. */
async function walkRootFilter(topic: string): Promise<{ forward: string[]; backward: string[] }> {
  const query = `query ($topic: ID!, $first: Int, $after: String, $last: Int, $before: String) {
    statements(filter: { topic: $topic }, first: $first, after: $after, last: $last, before: $before) {
      edges { node { gist } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
  const gists = async (direction: "forward" | "backward") =>
    (
      await walkConnection<{ gist: string }>(t, {
        query,
        field: "statements",
        direction,
        size: 2,
        variables: { topic },
      })
    ).map((node) => node.gist);
  return { forward: await gists("forward"), backward: await gists("backward") };
}

async function topicStatements(topic: string): Promise<string[]> {
  const result = await t.gql<{ node: { statements: Page } }>(
    `query ($id: ID!) { node(id: $id) { ... on Topic { statements(first: 100) { edges { node { gist } } } } } }`,
    { id: topic },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.node.statements.edges.map((edge) => edge.node.gist);
}

async function expectEveryOrderRight(): Promise<void> {
  const subtree = [root.id, ...leaves.map((leaf) => leaf.id)];
  const walked = await walkRootFilter(toGlobalId("Topic", root.id));
  expect(walked.forward).toEqual(await expected(subtree));
  expect(walked.backward).toEqual(await expected(subtree));
  for (const leaf of leaves) {
    expect((await walkRootFilter(toGlobalId("Topic", leaf.id))).forward).toEqual(await expected([leaf.id]));
    expect(await topicStatements(toGlobalId("Topic", leaf.id))).toEqual(await expected([leaf.id]));
  }
}

describe("statements on a topic, walked from the topic's copy of their order", () => {
  it("pages a topic and its sub-topics forward and backward, each statement once", async () => {
    expect(await expected([root.id, ...leaves.map((leaf) => leaf.id)])).toHaveLength(12);
    await expectEveryOrderRight();
  });

  it("follows a statement moved to another engagement and re-positioned, and an engagement re-dated", async () => {
    const db = t.db.prisma;
    await db.statement.update({ where: { id: statements[2]!.id }, data: { engagementId: engagements[3]!.id } });
    await db.statement.update({ where: { id: statements[5]!.id }, data: { position: 99 } });
    // The span moves with the start: the CHECK engagement_span_ordered refuses a span ending before it starts.
    await db.engagement.update({
      where: { id: engagements[3]!.id },
      data: { startDate: new Date("2025-06-01"), spanEnd: new Date("2025-06-01") },
    });
    const stale = await db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM statement_topic st JOIN statement s ON s.id = st.statement_id
       JOIN engagement e ON e.id = s.engagement_id
       WHERE (st.engagement_start_date, st.engagement_id, st.statement_position) IS DISTINCT FROM (e.start_date, s.engagement_id, s.position)`,
    );
    expect(stale[0]!.n).toBe(0);
    await expectEveryOrderRight();
  });

  it("refuses a topic row for a statement that does not exist, as the foreign key would", async () => {
    await expect(
      t.db.prisma.$executeRawUnsafe(
        `INSERT INTO statement_topic (statement_id, topic_id) VALUES ('00000000-0000-0000-0000-000000000000', $1::uuid)`,
        root.id,
      ),
    ).rejects.toThrow(/statement_topic_statement_id_fkey/);
  });
});
