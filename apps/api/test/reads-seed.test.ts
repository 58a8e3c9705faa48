import { readSeedArticle } from "@accord/db";
import { toGlobalId } from "../src/common/global-id";
import { seedActorId } from "./support/seed-ids";
import { useTestServer } from "./support/test-server";

const t = useTestServer({ seed: true });

/** The global ID of a seeded actor, found by its seed key. */
const actorId = (key: string) => seedActorId(t.db.prisma, key);

async function topicId(slug: string): Promise<string> {
  const topic = await t.db.prisma.topic.findUniqueOrThrow({ where: { slug } });
  return toGlobalId("Topic", topic.id);
}

describe("reads against the seed", () => {
  it("commitmentTotals: ROK → Ukraine is USD 2000000000 ANNOUNCED and USD 400000000 DELIVERED", async () => {
    const result = await t.gql(
      `query($filter: CommitmentFilter) {
        commitmentTotals(filter: $filter, groupBy: [CURRENCY, STATUS]) { currency status total count }
      }`,
      { filter: { committer: await actorId("rok"), beneficiary: await actorId("ukraine") } },
    );
    expect(result).toEqual({
      data: {
        commitmentTotals: [
          { currency: "USD", status: "ANNOUNCED", total: "2000000000", count: 1 },
          { currency: "USD", status: "DELIVERED", total: "400000000", count: 1 },
        ],
      },
    });
  });

  it("statements by Mark Rutte on Russia–North Korea military cooperation are exactly FACTS 7 and 10", async () => {
    const result = await t.gql(
      `query($filter: StatementFilter) {
        statements(filter: $filter) { totalCount edges { node { position kind speaker { name } topics { slug } } } }
      }`,
      { filter: { speaker: await actorId("mark-rutte"), topic: await topicId("russia-dprk-military-cooperation") } },
    );
    expect(result).toEqual({
      data: {
        statements: {
          totalCount: 2,
          edges: [
            {
              node: {
                position: 7,
                kind: "APPRECIATION",
                speaker: { name: "Mark Rutte" },
                topics: [{ slug: "information-sharing" }, { slug: "russia-dprk-military-cooperation" }],
              },
            },
            {
              node: {
                position: 10,
                kind: "AGREEMENT",
                speaker: { name: "Mark Rutte" },
                topics: [{ slug: "nato-partnerships" }, { slug: "russia-dprk-military-cooperation" }],
              },
            },
          ],
        },
      },
    });
  });

  it("lists a topic's own statements, and the topic filter adds its sub-topics", async () => {
    const result = await t.gql(
      `query($id: ID!, $security: ID!, $rutte: ID!) {
        node(id: $id) { ... on Topic { statements { totalCount edges { node { position } } } } }
        statements(filter: { topic: $security, speaker: $rutte }) { edges { node { position } } }
      }`,
      {
        id: await topicId("russia-dprk-military-cooperation"),
        security: await topicId("security"),
        rutte: await actorId("mark-rutte"),
      },
    );
    expect(result.data).toEqual({
      node: { statements: { totalCount: 3, edges: [7, 9, 10].map((position) => ({ node: { position } })) } },
      statements: { edges: [2, 7, 10].map((position) => ({ node: { position } })) },
    });
  });

  it("gives every statement and commitment of the meeting citations whose offsets select their quote", async () => {
    const article = readSeedArticle();
    const result = await t.gql<{
      statements: { edges: { node: { citations: Cited[]; commitments: { citations: Cited[] }[] } }[] };
    }>(`{
      statements(first: 20) { edges { node {
        citations { quote startOffset endOffset source { content } }
        commitments { citations { quote startOffset endOffset source { content } } }
      } } }
    }`);
    type Cited = { quote: string; startOffset: number; endOffset: number; source: { content: string } };
    const statements = result.data!.statements.edges.map((edge) => edge.node);
    expect(statements).toHaveLength(13);
    const citations = statements.flatMap((s) => [...s.citations, ...s.commitments.flatMap((c) => c.citations)]);
    expect(citations.length).toBeGreaterThanOrEqual(13 + 5);
    for (const citation of citations) {
      expect(citation.source.content).toBe(article);
      expect(article.slice(citation.startOffset, citation.endOffset)).toBe(citation.quote);
    }
  });

  it("shows C1 and C2 with money as exact strings, linked both ways", async () => {
    const result = await t.gql(`{
      commitments(filter: { currency: "USD" }) { edges { node {
        status money { amount currency asReported } links { kind direction other { money { amount } } }
      } } }
    }`);
    expect(result.data).toEqual({
      commitments: {
        edges: [
          {
            node: {
              status: "ANNOUNCED",
              money: { amount: "2000000000", currency: "USD", asReported: "$2 billion" },
              links: [{ kind: "FOLLOWS", direction: "OUTGOING", other: { money: { amount: "400000000" } } }],
            },
          },
          {
            node: {
              status: "DELIVERED",
              money: { amount: "400000000", currency: "USD", asReported: "$400 million" },
              links: [{ kind: "FOLLOWS", direction: "INCOMING", other: { money: { amount: "2000000000" } } }],
            },
          },
        ],
      },
    });
  });
});
