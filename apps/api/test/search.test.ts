import { createReadsFixture } from "./support/reads-fixture";
import { useTestServer } from "./support/test-server";

const t = useTestServer();

beforeAll(async () => {
  await createReadsFixture(t.db.prisma);
  // An engagement that says "South Korea" in its title: the actor must still rank above it.
  await t.db.prisma.engagement.create({
    data: {
      kind: "VISIT",
      title: "South Korea delegation visit",
      searchText: "south korea delegation visit",
      startDate: new Date("2025-05-01"),
      spanEnd: new Date("2025-05-01"),
    },
  });
});

type Hit = { __typename: string; name?: string; title?: string };
type Search = {
  search: {
    totalCount: number;
    edges: { cursor: string; rank: number; node: Hit }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
};

const searchQuery = `query($query: String!, $first: Int, $after: String) {
  search(query: $query, first: $first, after: $after) {
    totalCount
    edges { cursor rank node { __typename ... on Actor { name } ... on Engagement { title } } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

const label = (hit: Hit) => `${hit.__typename}: ${hit.name ?? hit.title}`;

async function search(query: string, first = 100, after?: string) {
  const result = await t.gql<Search>(searchQuery, { query, first, after });
  expect(result.errors).toBeUndefined();
  return result.data!.search;
}

describe("search", () => {
  it('ranks the Republic of Korea first for "South Korea"', async () => {
    const result = await search("South Korea");
    expect(result.edges.map((edge) => label(edge.node))).toEqual([
      "Actor: Republic of Korea",
      "Engagement: South Korea delegation visit",
    ]);
    expect(result.totalCount).toBe(2);
    expect(result.edges[0]!.rank).toBeGreaterThan(result.edges[1]!.rank);
  });

  it("matches word prefixes across actors and engagements: actors first, then shorter texts before longer", async () => {
    const result = await search("kor");
    expect(result.edges.map((edge) => label(edge.node))).toEqual([
      "Actor: Republic of Korea",
      "Actor: North Korea",
      "Engagement: South Korea delegation visit",
      "Engagement: Planned Korea–Ukraine reconstruction talks",
      "Engagement: ROK briefing to the North Atlantic Council on Russia–North Korea military cooperation",
    ]);
  });

  it("walks the same order one hit at a time with after", async () => {
    const all = (await search("kor")).edges.map((edge) => label(edge.node));
    const walked: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await search("kor", 1, after);
      walked.push(...page.edges.map((edge) => label(edge.node)));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== undefined);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(walked).toEqual(all);
  });

  it("rejects an empty query, a bad cursor and a page over 100", async () => {
    const codes = await Promise.all([
      t.gql(searchQuery, { query: "  ", first: 5 }),
      t.gql(searchQuery, { query: "korea", after: "bm90LWEtY3Vyc29y" }),
      t.gql(searchQuery, { query: "korea", first: 101 }),
    ]);
    expect(
      codes.map((result) => [result.errors?.[0]?.extensions?.code, result.errors?.[0]?.extensions?.field]),
    ).toEqual([
      ["BAD_USER_INPUT", "query"],
      ["BAD_USER_INPUT", "after"],
      ["BAD_USER_INPUT", "first"],
    ]);
  });
});
