import { makeActor, makeCommitment } from "@accord/db";
import { toGlobalId } from "../src/common/global-id";
import { useTestServer } from "./support/test-server";

const t = useTestServer();
type Row = { id: string; madeOn: Date | null; amount: { toString(): string } | null };
const rows: Row[] = [];

beforeAll(async () => {
  const rok = await makeActor(t.db.prisma, { name: "Republic of Korea" });
  // Ties on dates and amounts, and rows without either, so every tie-break and the null walk are exercised.
  const made = ["2024", "2024", null, "2025-04-02", null, "2023-05", "2025-04-02", null, "2024-06-01", "2023-05"];
  const money = [
    "$5 million",
    null,
    "$5 million",
    "$1 billion",
    null,
    "$7 million",
    "$5 million",
    "$2 million",
    null,
    "$7 million",
  ];
  for (const [i, madeOn] of made.entries()) {
    rows.push(await makeCommitment(t.db.prisma, { committerId: rok.id, madeOn, money: money[i] }));
  }
});

const walkQuery = `query($first: Int, $after: String, $last: Int, $before: String, $orderBy: CommitmentOrder) {
  commitments(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
    totalCount edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

type Walk = {
  commitments: {
    totalCount: number;
    edges: { node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
  };
};

async function walk(orderBy: { field: string; direction: string }, backward: boolean): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (;;) {
    const variables = backward ? { last: 3, before: cursor, orderBy } : { first: 2, after: cursor, orderBy };
    const { data } = await t.gql<Walk>(walkQuery, variables);
    expect(data!.commitments.totalCount).toBe(10);
    const page = data!.commitments.edges.map((edge) => edge.node.id);
    if (backward) ids.unshift(...page);
    else ids.push(...page);
    const info = data!.commitments.pageInfo;
    if (!(backward ? info.hasPreviousPage : info.hasNextPage)) return ids;
    cursor = backward ? info.startCursor : info.endCursor;
  }
}

// Nulls count as the smallest value; ties fall back to the id in the same direction.
function expected(value: (row: Row) => number | null, direction: 1 | -1): string[] {
  const key = (row: Row) => value(row) ?? Number.NEGATIVE_INFINITY;
  return [...rows]
    .sort((a, b) => direction * (key(a) - key(b)) || direction * a.id.localeCompare(b.id))
    .map((row) => toGlobalId("Commitment", row.id));
}

describe("commitments pages", () => {
  const madeOn = (row: Row) => row.madeOn?.getTime() ?? null;
  const amount = (row: Row) => (row.amount == null ? null : Number(row.amount.toString()));
  it.each([
    ["MADE_ON", "DESC", madeOn, -1],
    ["MADE_ON", "ASC", madeOn, 1],
    ["AMOUNT", "DESC", amount, -1],
    ["AMOUNT", "ASC", amount, 1],
  ] as const)(
    "walk %s %s forward and back, each commitment once, undated or amount-less as the smallest",
    async (field, sort, value, direction) => {
      const order = expected(value, direction);
      expect(await walk({ field, direction: sort }, false)).toEqual(order);
      expect(await walk({ field, direction: sort }, true)).toEqual(order);
    },
  );
});
