import { seedDatabase } from "@accord/db";
import { parse, validate } from "graphql";
import { findExampleIds } from "../src/http/graphiql/example-ids";
import { graphiqlExamples } from "../src/http/graphiql/examples";
import { buildAccordSchema } from "../src/schema/build-schema";
import { startTestServer, type TestServer } from "./support/test-server";

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
  await seedDatabase(t.db.prisma);
});

afterAll(() => t.close());

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
    const money = pick("ROK's money for Ukraine") as { commitmentTotals: { status: string; total: string }[] };
    expect(money.commitmentTotals.map((r) => [r.status, r.total]).sort()).toEqual([
      ["ANNOUNCED", "2000000000"],
      ["DELIVERED", "400000000"],
    ]);
    const rutte = pick("Rutte on North Korea") as { statements: { edges: { node: { position: number } }[] } };
    expect(rutte.statements.edges.map((e) => e.node.position)).toEqual([7, 10]);
    const minister = pick("Who was Foreign Minister?") as { officeHolders: { holder: { name: string } }[] };
    expect(minister.officeHolders.map((h) => h.holder.name)).toEqual(["Cho Tae-yul"]);
  });
});
