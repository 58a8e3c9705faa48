import { readSeedArticle } from "@accord/db";
import { seedActorId } from "./support/seed-ids";
import { useTestServer } from "./support/test-server";

const t = useTestServer({ seed: true });

const actorId = (key: string) => seedActorId(t.db.prisma, key);

type Citation = { id: string; quote: string; startOffset: number; endOffset: number; record: { __typename: string } };
type Sources = {
  sources: {
    totalCount: number;
    edges: {
      node: {
        id: string;
        kind: string;
        title: string | null;
        language: string;
        content: string;
        publisher: { name: string };
        authors: { name: string }[];
        citations: {
          totalCount: number;
          edges: { node: Citation }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
    }[];
  };
};

const sourcesQuery = `query($filter: SourceFilter, $after: String) {
  sources(filter: $filter) { totalCount edges { node {
    id kind title language content publisher { name } authors { name }
    citations(first: 10, after: $after) {
      totalCount
      edges { node { id quote startOffset endOffset record { __typename } } }
      pageInfo { hasNextPage endCursor }
    }
  } } }
}`;

describe("sources and citations", () => {
  it("lists the seed article with publisher, author, content and every citation, paged in text order", async () => {
    const article = readSeedArticle();
    const filter = {
      publisher: await actorId("diplomacy-journal"),
      author: await actorId("kayla-lee"),
      kind: "NEWS_ARTICLE",
    };
    const citations: Citation[] = [];
    let after: string | undefined;
    let source: Sources["sources"]["edges"][number]["node"] | undefined;
    for (;;) {
      const result = await t.gql<Sources>(sourcesQuery, { filter, after });
      expect(result.errors).toBeUndefined();
      expect(result.data!.sources.totalCount).toBe(1);
      source = result.data!.sources.edges[0]!.node;
      citations.push(...source.citations.edges.map((edge) => edge.node));
      if (!source.citations.pageInfo.hasNextPage) break;
      after = source.citations.pageInfo.endCursor;
    }
    expect(source).toMatchObject({
      kind: "NEWS_ARTICLE",
      // The article has no headline (its first line is the byline): no title is made up for it.
      title: null,
      language: "en",
      content: article,
      publisher: { name: "Diplomacy Journal" },
      authors: [{ name: "Kayla Lee" }],
    });
    expect(citations).toHaveLength(source!.citations.totalCount);
    expect(new Set(citations.map((c) => c.id)).size).toBe(citations.length);
    const offsets = citations.map((c) => c.startOffset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    for (const citation of citations)
      expect(article.slice(citation.startOffset, citation.endOffset)).toBe(citation.quote);
    const kinds = new Set(citations.map((c) => c.record.__typename));
    expect([...kinds].sort()).toEqual(["Commitment", "Engagement", "Statement"]);
  });

  it("finds nothing for a filter no source meets", async () => {
    const result = await t.gql<Sources>(sourcesQuery, { filter: { title: "no such title" } });
    expect(result.data!.sources).toEqual({ totalCount: 0, edges: [] });
  });

  it("refetches statements, commitments, status changes, sources and citations by node(id)", async () => {
    const result = await t.gql<{
      commitments: { edges: { node: { id: string; history: { id: string }[]; citations: { id: string }[] } }[] };
      statements: { edges: { node: { id: string } }[] };
      sources: { edges: { node: { id: string } }[] };
    }>(`{
      commitments(first: 1) { edges { node { id history { id } citations { id } } } }
      statements(first: 1) { edges { node { id } } }
      sources(first: 1) { edges { node { id } } }
    }`);
    const commitment = result.data!.commitments.edges[0]!.node;
    const ids = [
      commitment.id,
      commitment.history[0]!.id,
      commitment.citations[0]!.id,
      result.data!.statements.edges[0]!.node.id,
      result.data!.sources.edges[0]!.node.id,
    ];
    const nodes = await t.gql<{ nodes: { __typename: string; id: string }[] }>(
      "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }",
      { ids },
    );
    expect(nodes.data!.nodes).toEqual([
      { __typename: "Commitment", id: ids[0] },
      { __typename: "CommitmentStatusChange", id: ids[1] },
      { __typename: "Citation", id: ids[2] },
      { __typename: "Statement", id: ids[3] },
      { __typename: "Source", id: ids[4] },
    ]);
  });
});
