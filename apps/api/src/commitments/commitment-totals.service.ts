import { Prisma, type PrismaClient } from "@accord/db";
import { CommitmentKind, CommitmentStageKind, CommitmentStatus } from "../common/enums";
import { groupedItems, type ListSize, maxTotalGroups, pricedYears, tooManyGroups } from "../limits/list-size";
import type { CommitmentCriteria } from "./commitment.criteria";
import { commitmentConditionsSql } from "./commitment.sql";
import { type TotalsSource, totalsSource } from "./commitment-rollup.sql";
import { CommitmentGroupBy, type CommitmentTotal } from "./commitment-totals.type";

export type SumCommitmentsOptions = {
  prisma: PrismaClient;
  criteria: CommitmentCriteria;
  groupBy: CommitmentGroupBy[];
};

/** Currencies a grouping is priced for: ISO 4217 has about 180 codes in use, fewer than 300 with withdrawn ones. */
export const pricedCurrencies = 300;

// Each group key: the column grouped by, the type it is returned as, the result column it fills and the
// order of its text by code point (grouping the raw column, not its text, lets the covering index deliver
// the rows already grouped). Byte-order sorting ("C", a uuid's own order) skips the locale's strcoll,
// the costliest part of sorting the groups.
// `groups` is how many groups the key can make, its price (limits/list-size.ts).
type GroupColumn = { group: string; as?: string; column: string; order: string; groups: number };

/** An enum column's key: one group per value, its text in byte order. */
const enumKey = (column: string, values: object): GroupColumn => ({
  group: `c.${column}`,
  as: "text",
  column,
  order: `c.${column}::text COLLATE "C"`,
  groups: Object.keys(values).length,
});

export const groupColumns: Record<CommitmentGroupBy, GroupColumn> = {
  [CommitmentGroupBy.CURRENCY]: {
    group: "c.currency",
    column: "currency",
    order: `c.currency COLLATE "C"`,
    groups: pricedCurrencies,
  },
  [CommitmentGroupBy.COMMITTER]: {
    group: "c.committer_id",
    as: "text",
    column: "committerId",
    order: "c.committer_id",
    groups: maxTotalGroups,
  },
  [CommitmentGroupBy.BENEFICIARY]: {
    group: "c.beneficiary_id",
    as: "text",
    column: "beneficiaryId",
    order: "c.beneficiary_id",
    groups: maxTotalGroups,
  },
  [CommitmentGroupBy.STATUS]: enumKey("status", CommitmentStatus),
  [CommitmentGroupBy.KIND]: enumKey("kind", CommitmentKind),
  [CommitmentGroupBy.STAGE]: enumKey("stage", CommitmentStageKind),
  // Unknown made dates are a group of their own.
  [CommitmentGroupBy.YEAR]: {
    group: "extract(year FROM c.made_on)",
    as: "int",
    column: "year",
    order: "extract(year FROM c.made_on)",
    groups: pricedYears + 1,
  },
};

/** commitmentTotals' size and price: the product of its keys' groups, CURRENCY always among them. */
export const commitmentTotalsSize: ListSize = {
  max: maxTotalGroups,
  groupsArg: "groupBy",
  groupSizes: Object.fromEntries(Object.entries(groupColumns).map(([key, { groups }]) => [key, groups])),
  alwaysGrouped: [CommitmentGroupBy.CURRENCY],
};

/** The keys a grouping really groups by: CURRENCY always, first; each once. */
export const groupKeysOf = (groupBy: CommitmentGroupBy[]) => [...new Set([CommitmentGroupBy.CURRENCY, ...groupBy])];

/**
 * Sums of commitment amounts in one GROUP BY statement: always split by currency, and without
 * commitments that totals count once (superseded, restating, or a part under a whole with an amount). Columns are
 * named as CommitmentTotal's fields; rows come ordered by the keys. Read from a summary table when one
 * holds the answer (commitment-rollup.sql.ts); `from` picks the source instead (tests compare them).
 */
export function commitmentTotalsSql(criteria: CommitmentCriteria, groupBy: CommitmentGroupBy[], from?: TotalsSource) {
  const keys = [CommitmentGroupBy.CURRENCY, ...groupBy.filter((key) => key !== CommitmentGroupBy.CURRENCY)];
  const uniqueKeys = groupKeysOf(groupBy);
  const unique = uniqueKeys.map((key) => groupColumns[key]);
  const select = Prisma.join(
    unique.map(({ group, as, column }) => Prisma.raw(`${group}${as ? `::${as}` : ""} AS "${column}"`)),
  );
  const source = from ?? totalsSource(criteria, keys);
  const conditions = [...source.conditions, ...commitmentConditionsSql(criteria)];
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  // A summary row per asked group is the answer row itself: summing it again cost a quarter of the statement.
  const asRows = source.rowPer?.length === uniqueKeys.length && uniqueKeys.every((key) => source.rowPer?.includes(key));
  const total = asRows ? "c.total" : `sum(${source.amount})`;
  const count = asRows ? "c.count" : source.count;
  const groups = asRows ? Prisma.empty : Prisma.raw(`GROUP BY ${unique.map(({ group }) => group).join(", ")}`);
  const limit = groupedItems(commitmentTotalsSize, uniqueKeys);
  // One row past the price tells an answer over it (refused) from one at it.
  const sql = Prisma.sql`
    SELECT ${select}, trim_scale(${Prisma.raw(total)})::text AS total, ${Prisma.raw(count)}::int AS count
    FROM ${Prisma.raw(source.table)} c
    ${where}
    ${groups}
    ORDER BY ${Prisma.raw(unique.map(({ order }) => order).join(", "))}
    LIMIT ${limit + 1}`;
  return { sql, limit, columns: unique.map(({ column }) => column) };
}

export async function sumCommitments({ prisma, criteria, groupBy }: SumCommitmentsOptions): Promise<CommitmentTotal[]> {
  const { sql, limit } = commitmentTotalsSql(criteria, groupBy);
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>(sql);
  if (rows.length > limit) throw tooManyGroups(limit);
  return rows.map((row) => ({
    currency: row.currency as string,
    committerId: (row.committerId as string | undefined) ?? null,
    beneficiaryId: (row.beneficiaryId as string | undefined) ?? null,
    status: (row.status as CommitmentTotal["status"] | undefined) ?? null,
    kind: (row.kind as CommitmentTotal["kind"] | undefined) ?? null,
    stage: (row.stage as CommitmentTotal["stage"] | undefined) ?? null,
    year: (row.year as number | undefined) ?? null,
    total: row.total as string,
    count: row.count as number,
    // Kept for `converted`, which sums the same rows again.
    criteria,
    groupBy,
  }));
}
