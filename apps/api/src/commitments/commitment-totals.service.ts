import { Prisma, type PrismaClient } from "@accord/db";
import type { CommitmentCriteria } from "./commitment.criteria";
import { commitmentConditionsSql } from "./commitment.sql";
import { type TotalsSource, totalsSource } from "./commitment-rollup.sql";
import { CommitmentGroupBy, type CommitmentTotal } from "./commitment-totals.type";

export type SumCommitmentsOptions = {
  prisma: PrismaClient;
  criteria: CommitmentCriteria;
  groupBy: CommitmentGroupBy[];
};

// Each group key: the column grouped by, the type it is returned as, the result column it fills and the
// order of its text by code point (grouping the raw column, not its text, lets the covering index deliver
// the rows already grouped). Byte-order sorting ("C", a uuid's own order) skips the locale's strcoll,
// the costliest part of sorting the groups.
export const groupColumns: Record<CommitmentGroupBy, { group: string; as?: string; column: string; order: string }> = {
  [CommitmentGroupBy.CURRENCY]: { group: "c.currency", column: "currency", order: `c.currency COLLATE "C"` },
  [CommitmentGroupBy.COMMITTER]: {
    group: "c.committer_id",
    as: "text",
    column: "committerId",
    order: "c.committer_id",
  },
  [CommitmentGroupBy.BENEFICIARY]: {
    group: "c.beneficiary_id",
    as: "text",
    column: "beneficiaryId",
    order: "c.beneficiary_id",
  },
  [CommitmentGroupBy.STATUS]: { group: "c.status", as: "text", column: "status", order: `c.status::text COLLATE "C"` },
  [CommitmentGroupBy.KIND]: { group: "c.kind", as: "text", column: "kind", order: `c.kind::text COLLATE "C"` },
  [CommitmentGroupBy.STAGE]: { group: "c.stage", as: "text", column: "stage", order: `c.stage::text COLLATE "C"` },
  [CommitmentGroupBy.YEAR]: {
    group: "extract(year FROM c.made_on)",
    as: "int",
    column: "year",
    order: "extract(year FROM c.made_on)",
  },
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
  const sql = Prisma.sql`
    SELECT ${select}, trim_scale(${Prisma.raw(total)})::text AS total, ${Prisma.raw(count)}::int AS count
    FROM ${Prisma.raw(source.table)} c
    ${where}
    ${groups}
    ORDER BY ${Prisma.raw(unique.map(({ order }) => order).join(", "))}`;
  return { sql, columns: unique.map(({ column }) => column) };
}

export async function sumCommitments({ prisma, criteria, groupBy }: SumCommitmentsOptions): Promise<CommitmentTotal[]> {
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>(commitmentTotalsSql(criteria, groupBy).sql);
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
