import { toGlobalId } from "../src/common/global-id";
import { makeStatementsFixture } from "./support/statements-fixture";
import { useTestServer } from "./support/test-server";
import { walkConnection } from "./support/walk-connection";

const t = useTestServer();
let f: Awaited<ReturnType<typeof makeStatementsFixture>>;

beforeAll(async () => {
  f = await makeStatementsFixture(t.db.prisma);
});

const statementsQuery = `query($filter: StatementFilter, $first: Int, $after: String, $last: Int, $before: String) {
  statements(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    edges { node { position kind speaker { name } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

type Page = {
  statements: {
    totalCount: number;
    edges: { node: { position: number; kind: string; speaker: { name: string } } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
  };
};

async function positions(filter: Record<string, unknown>): Promise<number[]> {
  const result = await t.gql<Page>(statementsQuery, { filter });
  expect(result.errors).toBeUndefined();
  return result.data!.statements.edges.map((edge) => edge.node.position);
}

describe("statements", () => {
  it("by Mark Rutte on Russia–North Korea military cooperation are statements 7 and 10", async () => {
    const filter = { speaker: toGlobalId("Actor", f.rutte.id), topic: toGlobalId("Topic", f.dprk.id) };
    const result = await t.gql<Page>(statementsQuery, { filter });
    expect(result.data!.statements).toMatchObject({
      totalCount: 2,
      edges: [
        { node: { position: 7, kind: "APPRECIATION", speaker: { name: "Mark Rutte" } } },
        { node: { position: 10, kind: "AGREEMENT", speaker: { name: "Mark Rutte" } } },
      ],
    });
  });

  it("filters on a topic with its sub-topics, on mentions, kinds and text", async () => {
    expect(await positions({ topic: toGlobalId("Topic", f.security.id) })).toEqual([7, 9, 10]);
    expect(await positions({ mention: toGlobalId("Actor", f.northKorea.id) })).toEqual([9, 10]);
    expect(await positions({ kinds: ["PLEDGE", "WELCOME"] })).toEqual([1, 12]);
    expect(await positions({ text: "north kor" })).toEqual([9, 10]);
    expect(await positions({ text: "recons", speakers: [toGlobalId("Actor", f.cho.id)] })).toEqual([12]);
  });

  it("names the field of a bad ID", async () => {
    const result = await t.gql(statementsQuery, { filter: { speaker: toGlobalId("Engagement", f.meeting.id) } });
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringContaining("filter.speaker"),
      extensions: { code: "BAD_USER_INPUT", field: "filter.speaker" },
    });
  });

  it("pages forward with first/after and back with last/before", async () => {
    const positions = async (direction: "forward" | "backward") =>
      (
        await walkConnection<{ position: number }>(t, {
          query: statementsQuery,
          field: "statements",
          direction,
          size: 2,
        })
      ).map((node) => node.position);
    const forward = await positions("forward");
    expect(forward).toEqual([1, 7, 9, 10, 12]);
    expect(await positions("backward")).toEqual(forward);
  });

  it("nests both ways: an engagement's and an actor's statements, paged", async () => {
    const query = `query($e: ID!, $a: ID!, $after: String) {
      e: node(id: $e) { ... on Engagement { statements(first: 2, after: $after) { totalCount edges { node { position } } pageInfo { hasNextPage hasPreviousPage } } } }
      a: node(id: $a) { ... on Actor { statements(last: 2) { edges { node { position } } pageInfo { hasNextPage hasPreviousPage } } } }
    }`;
    const vars = { e: toGlobalId("Engagement", f.meeting.id), a: toGlobalId("Actor", f.rutte.id) };
    const first = await t.gql<{ e: { statements: { edges: { cursor: string }[] } } }>(query, vars);
    expect(first.data).toEqual({
      e: {
        statements: {
          totalCount: 5,
          edges: [{ node: { position: 1 } }, { node: { position: 7 } }],
          pageInfo: { hasNextPage: true, hasPreviousPage: false },
        },
      },
      a: {
        statements: {
          edges: [{ node: { position: 7 } }, { node: { position: 10 } }],
          pageInfo: { hasNextPage: false, hasPreviousPage: true },
        },
      },
    });
    const cursorQuery = `query($e: ID!) { node(id: $e) { ... on Engagement { statements(first: 2) { pageInfo { endCursor } } } } }`;
    const { data } = await t.gql<{ node: { statements: { pageInfo: { endCursor: string } } } }>(cursorQuery, vars);
    const next = await t.gql<{ e: { statements: { edges: unknown[] } } }>(query, {
      ...vars,
      after: data!.node.statements.pageInfo.endCursor,
    });
    expect(next.data!.e.statements).toEqual({
      totalCount: 5,
      edges: [{ node: { position: 9 } }, { node: { position: 10 } }],
      pageInfo: { hasNextPage: true, hasPreviousPage: true },
    });
  });

  it("carries mentions, citations with quote and offsets, and commitments", async () => {
    const query = `query($id: ID!) { node(id: $id) { ... on Statement {
      gist mentions { name } engagement { title }
      citations { quote startOffset endOffset source { title content publisher { name } } record { __typename ... on Statement { position } } }
    } } }`;
    const result = await t.gql<{ node: { citations: { quote: string; startOffset: number; endOffset: number }[] } }>(
      query,
      { id: toGlobalId("Statement", f.s7.id) },
    );
    expect(result.data!.node).toEqual({
      gist: "Appreciates the ROK's information sharing.",
      mentions: [{ name: "Republic of Korea" }],
      engagement: { title: "Cho Tae-yul – Mark Rutte meeting" },
      citations: [
        {
          quote: "Secretary General Rutte appreciated the ROK's information sharing.",
          startOffset: 0,
          endOffset: 66,
          source: { title: "Cho meets Rutte", content: f.article, publisher: { name: "Diplomacy Journal" } },
          record: { __typename: "Statement", position: 7 },
        },
      ],
    });
    const citation = result.data!.node.citations[0]!;
    expect(f.article.slice(citation.startOffset, citation.endOffset)).toBe(citation.quote);
  });
});
