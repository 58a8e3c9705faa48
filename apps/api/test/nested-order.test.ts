import { seedScheme } from "@accord/db";
import { toGlobalId } from "../src/common/global-id";
import { useTestServer } from "./support/test-server";

const t = useTestServer({ seed: true });
let rok: string;

beforeAll(async () => {
  const identifier = await t.db.prisma.actorIdentifier.findUniqueOrThrow({
    where: { scheme_value: { scheme: seedScheme, value: "actor:rok" } },
  });
  rok = identifier.actorId;
});

type Page = {
  node: {
    engagements: {
      totalCount: number;
      edges: { node: { title: string } }[];
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
    };
  };
};

const pageQuery = `query($id: ID!, $orderBy: EngagementOrder, $first: Int, $after: String, $last: Int, $before: String) {
  node(id: $id) { ... on Actor {
    engagements(orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount edges { node { title } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  } }
}`;

// One record a page, so every step crosses a cursor inside the window of row numbers.
async function walk(orderBy: Record<string, string>, backward: boolean): Promise<string[]> {
  const titles: string[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = backward ? { last: 1, before: cursor } : { first: 1, after: cursor };
    const result = await t.gql<Page>(pageQuery, { id: toGlobalId("Actor", rok), orderBy, ...page });
    expect(result.errors).toBeUndefined();
    const { totalCount, edges, pageInfo } = result.data!.node.engagements;
    expect(totalCount).toBe(3);
    if (backward) titles.unshift(...edges.map((edge) => edge.node.title));
    else titles.push(...edges.map((edge) => edge.node.title));
    if (!(backward ? pageInfo.hasPreviousPage : pageInfo.hasNextPage)) return titles;
    cursor = backward ? pageInfo.startCursor : pageInfo.endCursor;
  }
}

describe("a nested connection's orderBy", () => {
  it("walks an actor's engagements (direct and represented) forward and back in each order", async () => {
    const rows = await t.db.prisma.engagement.findMany({
      where: { participants: { some: { OR: [{ actorId: rok }, { representsId: rok }] } } },
    });
    const sorted = (key: (row: (typeof rows)[number]) => string, direction: 1 | -1) =>
      [...rows]
        .sort((a, b) => direction * (key(a).localeCompare(key(b)) || a.id.localeCompare(b.id)))
        .map((row) => row.title);
    const startDate = (row: (typeof rows)[number]) => row.startDate.toISOString();
    const title = (row: (typeof rows)[number]) => row.title;
    expect(rows).toHaveLength(3);
    for (const [field, direction, expected] of [
      ["START_DATE", "DESC", sorted(startDate, -1)],
      ["START_DATE", "ASC", sorted(startDate, 1)],
      ["TITLE", "ASC", sorted(title, 1)],
      ["TITLE", "DESC", sorted(title, -1)],
    ] as const) {
      expect(await walk({ field, direction }, false)).toEqual(expected);
      expect(await walk({ field, direction }, true)).toEqual(expected);
    }
  });
});
