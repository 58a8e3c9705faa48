import { Prisma } from "@accord/db";
import { type CommitmentCriteria, periodStartsOf } from "./commitment.criteria";

/** SQL conditions over `commitment c` for decoded criteria: the page, the count and the totals read them. */
export function commitmentConditionsSql(criteria: CommitmentCriteria): Prisma.Sql[] {
  const sql: Prisma.Sql[] = [];
  if (criteria.committerIds) sql.push(Prisma.sql`c.committer_id = ANY(${criteria.committerIds}::uuid[])`);
  if (criteria.beneficiaryIds) sql.push(Prisma.sql`c.beneficiary_id = ANY(${criteria.beneficiaryIds}::uuid[])`);
  if (criteria.kinds) sql.push(Prisma.sql`c.kind = ANY(${criteria.kinds}::"CommitmentKind"[])`);
  if (criteria.statuses) sql.push(Prisma.sql`c.status = ANY(${criteria.statuses}::"CommitmentStatus"[])`);
  if (criteria.currency) sql.push(Prisma.sql`c.currency = ${criteria.currency}`);
  if (criteria.minAmount) sql.push(Prisma.sql`c.amount >= ${criteria.minAmount}::numeric`);
  if (criteria.maxAmount) sql.push(Prisma.sql`c.amount <= ${criteria.maxAmount}::numeric`);
  if (criteria.madeFrom) {
    const { month, year } = periodStartsOf(criteria.madeFrom);
    sql.push(Prisma.sql`(c.made_on >= ${day(criteria.madeFrom)}::date
      OR (c.made_on_precision = 'MONTH' AND c.made_on >= ${day(month)}::date)
      OR (c.made_on_precision = 'YEAR' AND c.made_on >= ${day(year)}::date))`);
  }
  if (criteria.madeTo) sql.push(Prisma.sql`c.made_on <= ${day(criteria.madeTo)}::date`);
  if (criteria.engagementId) sql.push(Prisma.sql`c.engagement_id = ${criteria.engagementId}::uuid`);
  return sql;
}

// Dates go to SQL as YYYY-MM-DD text: a timestamp would shift with the session's time zone.
function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}
