import { Prisma } from "@accord/db";
import { type DateSpanSql, dateRangeSql } from "../dates/date-range.sql";
import type { CommitmentCriteria } from "./commitment.criteria";

// A made date's days: its first day to the last of its period (accord_partial_date_last, as the reads).
const madeSpan: DateSpanSql = {
  first: Prisma.sql`c.made_on`,
  last: Prisma.sql`accord_partial_date_last(c.made_on, c.made_on_precision)`,
  computedLast: true,
  // commitment_made_span_idx (migration 20261206172000).
  range: Prisma.sql`daterange(c.made_on, accord_partial_date_last(c.made_on, c.made_on_precision), '[]')`,
};

/** SQL conditions over `commitment c` for decoded criteria: the page, the count and the totals read them. */
export function commitmentConditionsSql(criteria: CommitmentCriteria): Prisma.Sql[] {
  const sql: Prisma.Sql[] = [];
  if (criteria.committerIds) sql.push(anyOf("c.committer_id", criteria.committerIds));
  if (criteria.beneficiaryIds) sql.push(anyOf("c.beneficiary_id", criteria.beneficiaryIds));
  if (criteria.kinds) sql.push(Prisma.sql`c.kind = ANY(${criteria.kinds}::"CommitmentKind"[])`);
  if (criteria.statuses) sql.push(Prisma.sql`c.status = ANY(${criteria.statuses}::"CommitmentStatus"[])`);
  if (criteria.currency) sql.push(Prisma.sql`c.currency = ${criteria.currency}`);
  if (criteria.minAmount) sql.push(Prisma.sql`c.amount >= ${criteria.minAmount}::numeric`);
  if (criteria.maxAmount) sql.push(Prisma.sql`c.amount <= ${criteria.maxAmount}::numeric`);
  sql.push(...dateRangeSql(criteria.made, madeSpan, "filter.made"));
  if (criteria.engagementId) sql.push(Prisma.sql`c.engagement_id = ${criteria.engagementId}::uuid`);
  return sql;
}

/** One id as `=`, so an index on (column, made_on, id) gives its rows in order; several as ANY. */
function anyOf(column: string, ids: string[]): Prisma.Sql {
  const [only] = ids;
  if (ids.length === 1 && only) return Prisma.sql`${Prisma.raw(column)} = ${only}::uuid`;
  return Prisma.sql`${Prisma.raw(column)} = ANY(${ids}::uuid[])`;
}
