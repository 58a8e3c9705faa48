import { parse, validate } from "graphql";
import { cachedExampleIds, findExampleIds } from "../src/http/graphiql/example-ids";
import { graphiqlExamples } from "../src/http/graphiql/examples";
import { buildAccordSchema } from "../src/schema/build-schema";
import { useTestServer } from "./support/test-server";

const t = useTestServer({ seed: true });

type Data = Record<string, unknown>;

describe("the IDE's example tabs", () => {
  it("are valid against the schema", async () => {
    const schema = await buildAccordSchema();
    const problems = graphiqlExamples({}).flatMap((e) =>
      validate(schema, parse(e.query)).map((error) => `${e.title}: ${error.message}`),
    );
    expect(problems).toEqual([]);
  });

  it("answer the seed article's questions on the seeded database", async () => {
    const examples = graphiqlExamples(await findExampleIds(t.db.prisma));
    const results: Record<string, Data> = {};
    for (const example of examples) {
      const response = await t.gql<Data>(example.query, example.variables);
      expect([example.title, response.errors]).toEqual([example.title, undefined]);
      results[example.title] = response.data!;
    }
    const pick = (title: string) => results[title] as never;

    const engagements = pick("Engagements, newest first") as { engagements: { edges: { node: { title: string } }[] } };
    expect(engagements.engagements.edges[0]?.node.title).toBe("Cho Tae-yul – Mark Rutte meeting");
    expect(pick("One engagement by ID")).toMatchObject({ node: { title: "Cho Tae-yul – Mark Rutte meeting" } });
    const search = pick("Search: South Korea") as { search: { edges: { node: { name?: string } }[] } };
    expect(search.search.edges[0]?.node.name).toBe("Republic of Korea");
    const together = pick("ROK and NATO together") as { engagements: { totalCount: number } };
    expect(together.engagements.totalCount).toBe(3);
    expect(pick("Dates as the sources give them")).toMatchObject({
      overlapping: {
        edges: [{ node: { start: { edtf: "2024?", iso: "2024", start: "2024-01-01", end: "2024-12-31" } } }],
      },
      within: { totalCount: 0 },
    });
    const money = pick("ROK's money for Ukraine") as { commitmentTotals: { status: string; total: string }[] };
    expect(money.commitmentTotals.map((r) => [r.status, r.total]).sort()).toEqual([
      ["ANNOUNCED", "2000000000"],
      ["DELIVERED", "400000000"],
    ]);
    const rutte = pick("Rutte on North Korea") as { statements: { edges: { node: { position: number } }[] } };
    expect(rutte.statements.edges.map((e) => e.node.position)).toEqual([7, 10]);
    const minister = pick("Who was Foreign Minister?") as { officeHolders: { holder: { name: string } }[] };
    expect(minister.officeHolders.map((h) => h.holder.name)).toEqual(["Cho Tae-yul"]);
    const series = pick("ROK–NATO meetings by quarter") as { engagementCounts: { period: string; count: number }[] };
    expect(series.engagementCounts.reduce((sum, g) => sum + g.count, 0)).toBe(3);
    const met = pick("Whom the ROK met most") as { counterparts: { edges: { node: { actor: { name: string } } }[] } };
    expect(met.counterparts.edges.map((e) => e.node.actor.name)).toContain("North Atlantic Treaty Organization");
  });
});

describe("the IDE's example IDs", () => {
  it("are looked up once, not on every page load, and again only while some are missing", async () => {
    let queries = 0;
    const counting = t.db.prisma.$extends({
      query: {
        async $allOperations({ args, query }) {
          queries += 1;
          return query(args);
        },
      },
    }) as unknown as typeof t.db.prisma;
    const found = cachedExampleIds(counting);
    const first = await found();
    for (let load = 0; load < 5; load += 1) expect(await found()).toBe(first);
    expect(Object.keys(first)).toHaveLength(6);
    expect(queries).toBe(2);

    // On a database without the seed records, a page load a while later looks again.
    queries = 0;
    let clock = 0;
    const missing = cachedExampleIds(counting, 60_000, () => clock);
    await t.db.prisma.engagement.updateMany({
      where: { title: "Cho Tae-yul – Mark Rutte meeting" },
      data: { title: "Renamed" },
    });
    try {
      expect(Object.keys(await missing())).toHaveLength(5);
      await missing();
      expect(queries).toBe(2);
      clock = 59_999;
      await missing();
      expect(queries).toBe(2);
      clock = 60_000;
      await missing();
      expect(queries).toBe(4);
    } finally {
      await t.db.prisma.engagement.updateMany({
        where: { title: "Renamed" },
        data: { title: "Cho Tae-yul – Mark Rutte meeting" },
      });
    }
  });
});
