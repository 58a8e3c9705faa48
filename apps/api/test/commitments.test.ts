import { toGlobalId } from "../src/common/global-id";
import { makeStatementsFixture } from "./support/statements-fixture";
import { useTestServer } from "./support/test-server";

const t = useTestServer();
let f: Awaited<ReturnType<typeof makeStatementsFixture>>;

beforeAll(async () => {
  f = await makeStatementsFixture(t.db.prisma);
});

const totalsQuery = `query($filter: CommitmentFilter, $groupBy: [CommitmentGroupBy!]!) {
  commitmentTotals(filter: $filter, groupBy: $groupBy) {
    currency status kind year total count committer { name } beneficiary { name }
  }
}`;

const row = { status: null, kind: null, year: null, committer: null, beneficiary: null };

describe("commitmentTotals", () => {
  it("gives ROK → Ukraine as USD 2000000000 ANNOUNCED and USD 400000000 DELIVERED", async () => {
    const filter = { committer: toGlobalId("Actor", f.rok.id), beneficiary: toGlobalId("Actor", f.ukraine.id) };
    const result = await t.gql(totalsQuery, { filter, groupBy: ["CURRENCY", "STATUS"] });
    expect(result).toEqual({
      data: {
        commitmentTotals: [
          { ...row, currency: "USD", status: "ANNOUNCED", total: "2000000000", count: 1 },
          { ...row, currency: "USD", status: "DELIVERED", total: "400000000", count: 1 },
        ],
      },
    });
  });

  it("always splits by currency and never counts a superseded commitment", async () => {
    const eur = await t.db.prisma.commitment.create({
      data: {
        committerId: f.rok.id,
        kind: "HUMANITARIAN",
        description: "Aid in euros",
        amount: "0.1",
        currency: "EUR",
        status: "PLEDGED",
        madeOn: new Date("2025-01-01"),
        madeOnPrecision: "MONTH",
      },
    });
    const revised = await t.db.prisma.commitment.create({
      data: {
        committerId: f.rok.id,
        kind: "HUMANITARIAN",
        description: "Aid in euros, revised",
        amount: "0.2",
        currency: "EUR",
        status: "PLEDGED",
        madeOn: new Date("2025-02-01"),
        madeOnPrecision: "MONTH",
        linksFrom: { create: [{ toId: eur.id, kind: "SUPERSEDES" }] },
      },
    });
    try {
      const result = await t.gql(totalsQuery, { groupBy: ["COMMITTER", "YEAR"] });
      expect(result.data).toEqual({
        commitmentTotals: [
          { ...row, currency: "EUR", committer: { name: "Republic of Korea" }, year: 2025, total: "0.2", count: 1 },
          {
            ...row,
            currency: "USD",
            committer: { name: "Republic of Korea" },
            year: 2024,
            total: "400000000",
            count: 1,
          },
          {
            ...row,
            currency: "USD",
            committer: { name: "Republic of Korea" },
            year: 2025,
            total: "2000000000",
            count: 1,
          },
        ],
      });
    } finally {
      await t.db.prisma.commitment.deleteMany({ where: { id: { in: [eur.id, revised.id] } } });
    }
  });
});

const listQuery = `query($filter: CommitmentFilter, $orderBy: CommitmentOrder) {
  commitments(filter: $filter, orderBy: $orderBy) { totalCount edges { node { description } } }
}`;

async function descriptions(filter: Record<string, unknown>, orderBy?: Record<string, string>): Promise<string[]> {
  const result = await t.gql<{ commitments: { edges: { node: { description: string } }[] } }>(listQuery, {
    filter,
    orderBy,
  });
  expect(result.errors).toBeUndefined();
  return result.data!.commitments.edges.map((edge) => edge.node.description);
}

describe("commitments", () => {
  it("filters on amount range, status, currency and partial dates", async () => {
    const both = ["Reconstruction package", "Assistance to Ukraine in 2024"];
    expect(await descriptions({})).toEqual(both);
    expect(await descriptions({}, { field: "AMOUNT", direction: "ASC" })).toEqual([...both].reverse());
    expect(await descriptions({ minAmount: "400000000.01" })).toEqual([both[0]]);
    expect(await descriptions({ maxAmount: "400000000", currency: "USD" })).toEqual([both[1]]);
    expect(await descriptions({ statuses: ["DELIVERED", "PLEDGED"] })).toEqual([both[1]]);
    // "2024" at YEAR precision reaches into June 2024; 2025-04-02 does not.
    expect(await descriptions({ madeFrom: "2024-06-01", madeTo: "2024-12-31" })).toEqual([both[1]]);
    expect(await descriptions({ madeFrom: "2025-04-02" })).toEqual([both[0]]);
    expect(await descriptions({ engagement: toGlobalId("Engagement", f.meeting.id), kind: "MILITARY" })).toEqual([]);
  });

  it("shows money as exact strings, history, links both ways and citations", async () => {
    const query = `query($id: ID!) { node(id: $id) { ... on Commitment {
      description status madeOn madeOnPrecision
      money { amount currency asReported }
      committer { name } beneficiary { name } engagement { title } statement { position }
      history { status effectiveOn effectivePrecision }
      links { kind direction other { description money { amount } links { kind direction other { description } } } }
      citations { quote startOffset endOffset source { title } }
    } } }`;
    const result = await t.gql(query, { id: toGlobalId("Commitment", f.c1.id) });
    expect(result).toEqual({
      data: {
        node: {
          description: "Reconstruction package",
          status: "ANNOUNCED",
          madeOn: "2025-04-02",
          madeOnPrecision: "DAY",
          money: { amount: "2000000000", currency: "USD", asReported: "$2 billion" },
          committer: { name: "Republic of Korea" },
          beneficiary: { name: "Ukraine" },
          engagement: { title: "Cho Tae-yul – Mark Rutte meeting" },
          statement: { position: 12 },
          history: [{ status: "ANNOUNCED", effectiveOn: "2025-04-02", effectivePrecision: "DAY" }],
          links: [
            {
              kind: "FOLLOWS",
              direction: "OUTGOING",
              other: {
                description: "Assistance to Ukraine in 2024",
                money: { amount: "400000000" },
                links: [{ kind: "FOLLOWS", direction: "INCOMING", other: { description: "Reconstruction package" } }],
              },
            },
          ],
          citations: [
            {
              quote: "a $2 billion package",
              startOffset: f.article.indexOf("a $2 billion package"),
              endOffset: f.article.indexOf("a $2 billion package") + "a $2 billion package".length,
              source: { title: "Cho meets Rutte" },
            },
          ],
        },
      },
    });
  });

  it("nests an actor's commitments made and received and an engagement's", async () => {
    const query = `query($rok: ID!, $ua: ID!, $e: ID!) {
      rok: node(id: $rok) { ... on Actor { commitmentsMade(first: 1) { totalCount edges { node { description } } pageInfo { hasNextPage } } commitmentsReceived { totalCount } } }
      ua: node(id: $ua) { ... on Actor { commitmentsReceived(last: 1) { edges { node { description } } pageInfo { hasPreviousPage } } } }
      e: node(id: $e) { ... on Engagement { commitments { edges { node { description } } } citations { quote } } }
    }`;
    const result = await t.gql(query, {
      rok: toGlobalId("Actor", f.rok.id),
      ua: toGlobalId("Actor", f.ukraine.id),
      e: toGlobalId("Engagement", f.meeting.id),
    });
    expect(result.data).toEqual({
      rok: {
        commitmentsMade: {
          totalCount: 2,
          edges: [{ node: { description: "Reconstruction package" } }],
          pageInfo: { hasNextPage: true },
        },
        commitmentsReceived: { totalCount: 0 },
      },
      ua: {
        commitmentsReceived: {
          edges: [{ node: { description: "Assistance to Ukraine in 2024" } }],
          pageInfo: { hasPreviousPage: true },
        },
      },
      e: {
        commitments: {
          edges: [
            { node: { description: "Reconstruction package" } },
            { node: { description: "Assistance to Ukraine in 2024" } },
          ],
        },
        citations: [{ quote: "Minister Cho said" }],
      },
    });
  });
});
