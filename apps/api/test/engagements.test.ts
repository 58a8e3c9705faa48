import { useTestServer } from "./support/test-server";
import { walkConnection } from "./support/walk-connection";

const t = useTestServer();

beforeAll(async () => {
  const actor = await t.db.prisma.actor.create({ data: { kind: "STATE", name: "Republic of Korea" } });
  for (let day = 1; day <= 5; day++) {
    await t.db.prisma.engagement.create({
      data: {
        kind: "BILATERAL_MEETING",
        title: `Meeting ${day}`,
        startDate: new Date(`2025-04-0${day}`),
        spanEnd: new Date(`2025-04-0${day}`),
        participants: { create: [{ actorId: actor.id, role: "HOST" }] },
      },
    });
  }
});

const page = `query Page($first: Int, $after: String, $last: Int, $before: String) {
  engagements(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    edges { cursor node { id title startDate participants { role actor { name } } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

type Page = {
  engagements: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; title: string; startDate: string } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
  };
};

describe("engagements connection", () => {
  it("returns the newest first with participants and a total", async () => {
    const result = await t.gql<Page>(page, { first: 2 });
    expect(result.errors).toBeUndefined();
    expect(result.data!.engagements.totalCount).toBe(5);
    expect(result.data!.engagements.edges.map((e) => [e.node.title, e.node.startDate])).toEqual([
      ["Meeting 5", "2025-04-05"],
      ["Meeting 4", "2025-04-04"],
    ]);
    expect(result.data!.engagements.pageInfo.hasNextPage).toBe(true);
  });

  it("walks forward with first: 1 visiting each once, and back with last/before", async () => {
    const titles = async (direction: "forward" | "backward", size: number) =>
      (await walkConnection<{ title: string }>(t, { query: page, field: "engagements", direction, size })).map(
        (node) => node.title,
      );
    const forward = await titles("forward", 1);
    expect(forward).toEqual(["Meeting 5", "Meeting 4", "Meeting 3", "Meeting 2", "Meeting 1"]);
    expect(await titles("backward", 2)).toEqual(forward);
  });

  it("refuses a page over 100 with a clear error", async () => {
    const result = await t.gql(page, { first: 101 });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toContain("first: 101");
  });

  it("refetches each engagement by node(id)", async () => {
    const { data } = await t.gql<Page>(page, { first: 5 });
    for (const edge of data!.engagements.edges) {
      const refetched = await t.gql<{ node: { id: string; title: string } }>(
        "query($id: ID!) { node(id: $id) { id ... on Engagement { title } } }",
        { id: edge.node.id },
      );
      expect(refetched.data!.node).toEqual({ id: edge.node.id, title: edge.node.title });
    }
  });
});
