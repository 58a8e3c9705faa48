// commitmentTotals is priced by the groups its keys can make plus what it reads (commitment-totals.work.ts):
// a rollup table's rows the filter can match, or every matching commitment. Every key alone and every two
// keys, under filters a rollup answers and one it does not: the price holds the groups returned, and a
// rollup's matching rows are within what is priced for reading them.
import { Prisma } from "@accord/db";
import { decodeCommitmentFilter } from "../src/commitments/commitment.criteria";
import { commitmentConditionsSql } from "../src/commitments/commitment.sql";
import { totalsSource } from "../src/commitments/commitment-rollup.sql";
import { groupKeysOf } from "../src/commitments/commitment-totals.service";
import type { CommitmentGroupBy } from "../src/commitments/commitment-totals.type";
import { commitmentTotalsWork } from "../src/commitments/commitment-totals.work";
import { toGlobalId } from "../src/common/global-id";
import { loadLimitsConfig } from "../src/limits/limits.config";
import { maxTotalGroups } from "../src/limits/list-size";
import { aggregateWork } from "../src/limits/work";
import { useTestServer } from "./support/test-server";

const t = useTestServer({ seed: true });
const ids: string[] = [];

beforeAll(async () => {
  const actors = await t.db.prisma.actor.createManyAndReturn({
    data: [
      { kind: "STATE", name: "Priced Donor" },
      { kind: "STATE", name: "Priced Other Donor" },
    ],
  });
  ids.push(...actors.map((actor) => toGlobalId("Actor", actor.id)));
  // One donor's pledges in two currencies and three statuses, each with two stages; the other's in one.
  const statuses = ["PLEDGED", "DELIVERED", "CANCELLED"] as const;
  for (const [a, actor] of actors.entries()) {
    for (const currency of a === 0 ? ["USD", "EUR"] : ["USD"]) {
      for (const [s, status] of statuses.entries()) {
        await t.db.prisma.commitment.create({
          data: {
            committerId: actor.id,
            kind: "FINANCIAL",
            description: `Priced ${currency} ${status}`,
            status,
            amount: String(100 * (s + 1)),
            currency,
            madeOn: new Date(Date.UTC(2020 + s, 0, 1)),
            madeOnPrecision: "DAY",
            stages: {
              create: [
                { position: 0, kind: "PLEDGED", amount: String(100 * (s + 1)), currency },
                { position: 1, kind: "DISBURSED", amount: String(10 * (s + 1)), currency },
              ],
            },
          },
        });
      }
    }
  }
});

const { maxCost } = loadLimitsConfig();

/** The groups of an answer and its price (extensions.cost), as any client sees them. */
async function priced(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(t.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: { commitmentTotals: unknown[] };
    errors?: unknown[];
    extensions?: { cost?: { requested: number } };
  };
  expect(body.errors).toBeUndefined();
  return { groups: body.data!.commitmentTotals.length, price: body.extensions!.cost!.requested };
}

/** Rows of the table a grouping reads that its filter matches. */
async function sourceRows(filter: Record<string, unknown> | null, groupBy: string[]) {
  const criteria = decodeCommitmentFilter(filter as never);
  const source = totalsSource(criteria, groupKeysOf(groupBy as CommitmentGroupBy[]));
  const conditions = [...source.conditions, ...commitmentConditionsSql(criteria)];
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const [row] = await t.db.prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM ${Prisma.raw(source.table)} c ${where}`;
  return { rows: row!.n, rollup: source.rowPer !== undefined };
}

const keys = ["BENEFICIARY", "COMMITTER", "CURRENCY", "KIND", "STATUS", "STAGE", "YEAR"];
const pairs = keys.flatMap((a, i) => keys.slice(i + 1).map((b) => [a, b]));

test("every commitmentTotals grouping is priced at least its groups, plus at least the rows it reads", async () => {
  const filters: (Record<string, unknown> | null)[] = [
    null,
    { committer: ids[0] },
    { committer: ids[0], currency: "USD" },
    { committers: ids, statuses: ["PLEDGED", "DELIVERED"] },
    // No rollup holds a kind: every matching commitment is grouped.
    { kind: "FINANCIAL" },
  ];
  const wrong: string[] = [];
  let fromRollups = 0;
  for (const filter of filters) {
    for (const groupBy of [[], ...keys.map((key) => [key]), ...pairs]) {
      const query = `query($f: CommitmentFilter) { commitmentTotals(filter: $f, groupBy: [${groupBy.join(", ")}]) { count } }`;
      const { groups, price } = await priced(query, { f: filter });
      const read = Math.min(commitmentTotalsWork.byArgs!({ filter, groupBy }), aggregateWork.nodes);
      const pricedGroups = price - read;
      const shape = `${groupBy.join(",") || "none"} ${JSON.stringify(filter)}`;
      if (groups === 0) wrong.push(`${shape}: no groups (the data should make some)`);
      if (pricedGroups < groups) wrong.push(`${shape}: ${groups} groups priced ${pricedGroups}`);
      if (pricedGroups > maxTotalGroups) wrong.push(`${shape}: priced ${pricedGroups} groups`);
      const { rows, rollup } = await sourceRows(filter, groupBy);
      if (rollup) fromRollups++;
      if (rollup && rows > read) wrong.push(`${shape}: reads ${rows} rollup rows, priced ${read}`);
      if (!rollup && read !== aggregateWork.nodes) wrong.push(`${shape}: groups the commitments, priced ${read}`);
    }
  }
  expect(wrong).toEqual([]);
  // The rollups answer some shapes of every filter but the kind's.
  expect(fromRollups).toBeGreaterThanOrEqual(4 * 4);
});

test("a committer's totals from a rollup cost the rows it can read, not a scan; the bench's still fit the limit", async () => {
  // commitment_stage_rollup: one committer × 300 currencies × 9 stage kinds, and as many groups (bench E17).
  const byStage = await priced(
    "query($c: ID!) { commitmentTotals(filter: { committer: $c }, groupBy: [STAGE]) { stage currency total count } }",
    { c: ids[0] },
  );
  expect(byStage).toEqual({ groups: 4, price: 300 * 9 + 300 * 9 });
  // commitment_rollup: one committer and currency × 7 statuses read; groups priced by their keys (300 currencies × 7).
  const byStatus = await priced(
    'query($c: ID!) { commitmentTotals(filter: { committer: $c, currency: "EUR" }, groupBy: [STATUS]) { count } }',
    { c: ids[0] },
  );
  expect(byStatus).toEqual({ groups: 3, price: 7 + 300 * 7 });
  // Every committer's totals (bench Q3): a rollup of 300 currencies × 10,000 committers reads as much as a scan.
  const q3 = await priced(
    "{ commitmentTotals(groupBy: [COMMITTER, CURRENCY]) { committer { id name } currency total count } }",
  );
  expect(q3.price).toBe(aggregateWork.nodes + maxTotalGroups * 2);
  expect(q3.price).toBeLessThanOrEqual(maxCost);
});
