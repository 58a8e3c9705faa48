import { makeSource } from "@accord/db";
import { useTestServer } from "./support/test-server";

const t = useTestServer();
const rows: { title: string | null; publishedOn: Date | null; id: string }[] = [];

beforeAll(async () => {
  // Two undated sources, two on the same day and one without a title, so nulls and the id tie-break all show.
  for (const [title, day] of [
    ["Bravo", "2024-11-05"],
    ["Alpha", null],
    ["Delta", "2024-11-05"],
    ["Charlie", "2023-01-31"],
    ["Echo", null],
    [null, "2022-06-01"],
  ] as const) {
    rows.push(await makeSource(t.db.prisma, { title, publishedOn: day ? new Date(`${day}T00:00:00Z`) : null }));
  }
});

type Titles = { sources: { totalCount: number; edges: { node: { title: string | null } }[] } };

const titlesQuery = `query($orderBy: SourceOrder, $first: Int, $last: Int) {
  sources(orderBy: $orderBy, first: $first, last: $last) { totalCount edges { node { title } } }
}`;

async function titles(variables: Record<string, unknown>): Promise<(string | null)[]> {
  const result = await t.gql<Titles>(titlesQuery, variables);
  expect(result.errors).toBeUndefined();
  expect(result.data!.sources.totalCount).toBe(6);
  return result.data!.sources.edges.map((edge) => edge.node.title);
}

describe("sources orderBy", () => {
  // Undated as the smallest day; equal days by ID in the same direction.
  const oldestFirst = () =>
    [...rows]
      .sort(
        (a, b) =>
          (a.publishedOn?.getTime() ?? Number.NEGATIVE_INFINITY) -
            (b.publishedOn?.getTime() ?? Number.NEGATIVE_INFINITY) || a.id.localeCompare(b.id),
      )
      .map((row) => row.title);

  it("has the ties the order must break", () => {
    expect(oldestFirst().slice(0, 2).sort()).toEqual(["Alpha", "Echo"]);
    expect(oldestFirst().slice(4).sort()).toEqual(["Bravo", "Delta"]);
  });

  it("sorts newest first by default, undated sources last, ties by ID in the same direction", async () => {
    const newestFirst = oldestFirst().reverse();
    expect(await titles({})).toEqual(newestFirst);
    expect(await titles({ orderBy: { field: "PUBLISHED_ON", direction: "DESC" } })).toEqual(newestFirst);
  });

  it("sorts oldest first ascending, undated sources first", async () => {
    expect(await titles({ orderBy: { field: "PUBLISHED_ON", direction: "ASC" } })).toEqual(oldestFirst());
    expect(await titles({ orderBy: { field: "PUBLISHED_ON", direction: "ASC" }, last: 3 })).toEqual(
      oldestFirst().slice(3),
    );
  });

  it("sorts by title both ways, an untitled source as if its title were empty, and pages backwards alike", async () => {
    const az = [null, "Alpha", "Bravo", "Charlie", "Delta", "Echo"];
    expect(await titles({ orderBy: { field: "TITLE", direction: "ASC" } })).toEqual(az);
    expect(await titles({ orderBy: { field: "TITLE", direction: "DESC" } })).toEqual([...az].reverse());
    expect(await titles({ orderBy: { field: "TITLE", direction: "ASC" }, last: 2 })).toEqual(["Delta", "Echo"]);
  });

  it("names the bad value when the field is not one of SourceOrderField", async () => {
    const result = await t.gql(titlesQuery, { orderBy: { field: "URL", direction: "ASC" } });
    expect(result.data).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.message).toContain('Value "URL" does not exist in "SourceOrderField" enum');
  });
});
