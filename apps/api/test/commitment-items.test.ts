// In-kind items and stage citations through the API: written with a commitment or one of its stages,
// refused by field when wrong, and read the same on the compiled lane (answered there) and the resolvers.
import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import { toGlobalId } from "../src/common/global-id";
import { createTestTokens } from "./support/tokens";
import { startTwoLanes } from "./support/two-lanes";

let db: TestDatabase;
let lanes: Awaited<ReturnType<typeof startTwoLanes>>;
let editor: Record<string, string>;

beforeAll(async () => {
  db = await createTestDatabase();
  lanes = await startTwoLanes(db.prisma);
  editor = (await createTestTokens(db.prisma)).editor;
});

afterAll(async () => {
  await lanes?.close();
  await db?.drop();
});

const ask = (...args: Parameters<typeof lanes.ask>) => lanes.ask(...args);
const askBoth = (query: string, variables: Record<string, unknown>) => lanes.askBoth(query, variables);

async function mutate(query: string, variables: Record<string, unknown>) {
  const result = await ask("resolvers", query, variables, editor);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0] as Record<string, unknown>;
}

const itemFields =
  "position description quantity unit valuationMethod valuationNote estimatedValue { amount currency asReported }";
const citationFields =
  "quote startOffset endOffset locator source { title } record { __typename ... on CommitmentStage { kind } }";
const readQuery = `query($id: ID!) { node(id: $id) { ... on Commitment { status items { ${itemFields} }
  stages { id kind items { ${itemFields} } citations { ${citationFields} } } } } }`;
const createMutation = "mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id version } }";
const addStage = "mutation($input: AddCommitmentStageInput!) { addCommitmentStage(input: $input) { version } }";

async function actor(name: string) {
  return toGlobalId("Actor", (await db.prisma.actor.create({ data: { kind: "STATE", name } })).id);
}

describe("in-kind items and stage citations", () => {
  it("writes items on a commitment and a stage, and a stage's own citations, read alike on both lanes", async () => {
    const donor = await actor("Donor");
    const source = await db.prisma.source.create({
      data: {
        kind: "NEWS_ARTICLE",
        title: "Deliveries",
        content: "The ministry said 12 howitzers, worth about €50 million, arrived in May.",
      },
    });
    const created = await mutate(createMutation, {
      input: {
        committerId: donor,
        kind: "MILITARY",
        description: "Artillery package",
        status: "PLEDGED",
        instrument: "IN_KIND",
        items: [
          {
            description: "155 mm howitzers",
            quantity: "18",
            unit: "units",
            estimatedValue: "75000000",
            currency: "EUR",
            valueAsReported: "€75 million",
            valuationMethod: "MARKET_PRICE",
            valuationNote: "Unit price from the manufacturer's 2024 list",
          },
          { description: "Artillery rounds", quantity: "20000.5", unit: "rounds" },
        ],
      },
    });
    await mutate(addStage, {
      input: {
        commitmentId: created.id,
        version: 1,
        kind: "DELIVERED",
        items: [
          {
            description: "155 mm howitzers",
            quantity: "12",
            unit: "units",
            estimatedValue: "50000000",
            currency: "EUR",
            valuationMethod: "AS_REPORTED",
          },
        ],
        citations: [
          { sourceId: toGlobalId("Source", source.id), quote: "12 howitzers, worth about €50 million, arrived in May" },
          { sourceId: toGlobalId("Source", source.id), locator: "press briefing, para. 3" },
        ],
      },
    });
    const read = await askBoth(readQuery, { id: created.id });
    const node = read.data!.node as { stages: { id: string }[] };
    expect(node).toEqual({
      status: "DELIVERED",
      items: [
        {
          position: 0,
          description: "155 mm howitzers",
          quantity: "18",
          unit: "units",
          valuationMethod: "MARKET_PRICE",
          valuationNote: "Unit price from the manufacturer's 2024 list",
          estimatedValue: { amount: "75000000", currency: "EUR", asReported: "€75 million" },
        },
        {
          position: 1,
          description: "Artillery rounds",
          quantity: "20000.5",
          unit: "rounds",
          valuationMethod: null,
          valuationNote: null,
          estimatedValue: null,
        },
      ],
      stages: [
        { id: expect.any(String), kind: "PLEDGED", items: [], citations: [] },
        {
          id: expect.any(String),
          kind: "DELIVERED",
          items: [
            {
              position: 0,
              description: "155 mm howitzers",
              quantity: "12",
              unit: "units",
              valuationMethod: "AS_REPORTED",
              valuationNote: null,
              estimatedValue: { amount: "50000000", currency: "EUR", asReported: null },
            },
          ],
          citations: [
            {
              quote: "12 howitzers, worth about €50 million, arrived in May",
              startOffset: 18,
              endOffset: 71,
              locator: null,
              source: { title: "Deliveries" },
              record: { __typename: "CommitmentStage", kind: "DELIVERED" },
            },
            {
              quote: null,
              startOffset: null,
              endOffset: null,
              locator: "press briefing, para. 3",
              source: { title: "Deliveries" },
              record: { __typename: "CommitmentStage", kind: "DELIVERED" },
            },
          ],
        },
      ],
    });
    // A stage is a Node: node(id:) finds it again, and createCitation cites it.
    const stageId = node.stages[1]!.id;
    await mutate("mutation($input: CreateCitationInput!) { createCitation(input: $input) { id } }", {
      input: { sourceId: toGlobalId("Source", source.id), commitmentStageId: stageId, quote: "arrived in May" },
    });
    const again = await askBoth(
      `query($id: ID!) { node(id: $id) { ... on CommitmentStage { kind commitment { description } citations { quote } } } }`,
      { id: stageId },
    );
    expect(again.data!.node).toEqual({
      kind: "DELIVERED",
      commitment: { description: "Artillery package" },
      citations: [
        { quote: "12 howitzers, worth about €50 million, arrived in May" },
        { quote: "arrived in May" },
        { quote: null },
      ],
    });
    // updateCommitment replaces the commitment's own items and leaves the stage's.
    await mutate("mutation($input: UpdateCommitmentInput!) { updateCommitment(input: $input) { version } }", {
      input: { id: created.id, version: 2, items: [{ description: "Spare barrels", quantity: "6" }] },
    });
    const replaced = await askBoth(readQuery, { id: created.id });
    const after = replaced.data!.node as { items: { description: string }[]; stages: { items: unknown[] }[] };
    expect(after.items.map((i) => i.description)).toEqual(["Spare barrels"]);
    expect(after.stages[1]!.items).toHaveLength(1);
  });

  it("refuses bad items and passages by field, and stores nothing", async () => {
    const donor = await actor("Refused donor");
    const base = { committerId: donor, kind: "MILITARY", description: "Refused", status: "PLEDGED" };
    const refusal = async (items: unknown[]) => {
      const result = await ask("resolvers", createMutation, { input: { ...base, items } }, editor);
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      return result.errors![0]!.message;
    };
    expect(await refusal([{ description: "x", estimatedValue: "5" }])).toMatch(/input\.items\.0\.currency.*required/);
    expect(await refusal([{ description: "x" }, { description: "y", currency: "XXZ", estimatedValue: "1" }])).toMatch(
      /input\.items\.1\.currency.*not an ISO 4217/,
    );
    expect(await refusal([{ description: "x", quantity: "0" }])).toMatch(/input\.items\.0\.quantity.*more than zero/);
    expect(await refusal([{ description: "x", quantity: "1.00001" }])).toMatch(/input\.items\.0\.quantity.*4 decimal/);
    expect(await refusal([{ description: "x", valuationMethod: "MARKET_PRICE" }])).toMatch(
      /input\.items\.0\.valuationMethod.*estimatedValue/,
    );
    const created = await mutate(createMutation, { input: base });
    const source = await db.prisma.source.create({ data: { kind: "OTHER", title: "Text", content: "Some text." } });
    const bad = await ask(
      "resolvers",
      addStage,
      {
        input: {
          commitmentId: created.id,
          version: 1,
          kind: "DELIVERED",
          citations: [{ sourceId: toGlobalId("Source", source.id), quote: "not in the text" }],
        },
      },
      editor,
    );
    expect(bad.errors?.[0]?.message).toMatch(/input\.citations\.0\.quote/);
    expect(await db.prisma.commitmentItem.count({ where: { commitment: { description: "Refused" } } })).toBe(0);
    expect(
      await db.prisma.commitmentStage.count({
        where: { commitmentId: { not: undefined }, kind: "DELIVERED", commitment: { description: "Refused" } },
      }),
    ).toBe(0);
  });
});
