import { Prisma } from "@accord/db";

/**
 * A tenure (alias `t`) covers the day: started by then (or start unknown) and not ended before it. Dates
 * are stored as the first day of their period, so an end known to the month covers that whole month.
 */
export function tenureCoversSql(t: Prisma.Sql, on: Date): Prisma.Sql {
  const day = Prisma.sql`${on.toISOString().slice(0, 10)}::date`;
  return Prisma.sql`(${t}.start_date IS NULL OR ${t}.start_date <= ${day})
    AND (${t}.end_date IS NULL
      OR (coalesce(${t}.end_precision::text, 'DAY') = 'DAY' AND ${t}.end_date >= ${day})
      OR (${t}.end_precision = 'MONTH' AND ${t}.end_date >= date_trunc('month', ${day})::date)
      OR (${t}.end_precision = 'YEAR' AND ${t}.end_date >= date_trunc('year', ${day})::date))`;
}
