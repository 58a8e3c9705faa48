import { Prisma } from "@accord/db";
import { toSearchText } from "@accord/domain";
import { likeContaining } from "../common/like";

/** The words an office's name is matched by when no office has that exact name ("Foreign Minister"). */
export const officeNameWords = (name: string): string[] => toSearchText(name).split(" ").filter(Boolean);

/**
 * The ids of the offices a name asks for (SQL, a set of ids), the one rule of `officeHolders`: those named exactly
 * so (any case) in the jurisdiction, or failing that those whose name holds every word. Read by the statement
 * itself, so the same SQL serves every office and the compiled path keeps and lanes it; no words match nothing.
 */
export function matchingOfficesSql(name: string, jurisdictionId?: string): Prisma.Sql {
  const scope = (o: string) =>
    jurisdictionId ? Prisma.sql`${Prisma.raw(o)}.jurisdiction_id = ${jurisdictionId}::uuid` : Prisma.sql`TRUE`;
  const exact = (o: string) => Prisma.sql`lower(${Prisma.raw(o)}.name) = lower(${name.trim()})`;
  const patterns = officeNameWords(name).map(likeContaining);
  return Prisma.sql`SELECT mo.id FROM office mo WHERE ${scope("mo")} AND CASE
    WHEN EXISTS (SELECT 1 FROM office xo WHERE ${scope("xo")} AND ${exact("xo")}) THEN ${exact("mo")}
    ELSE cardinality(${patterns}::text[]) > 0 AND mo.name ILIKE ALL (${patterns}::text[]) END`;
}

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
