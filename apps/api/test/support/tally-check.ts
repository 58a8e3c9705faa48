import type { PrismaClient } from "@accord/db";

type Row = Record<string, unknown>;

/** Rows of engagement_tally that differ from the same counts taken from the engagement table now (none when exact). */
export async function tallyDrift(prisma: PrismaClient): Promise<Row[]> {
  const key =
    "(start_date - DATE '0001-01-01') * 4 + CASE start_precision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END";
  const direct = `SELECT extract(year FROM start_date)::int AS year,
      CASE WHEN start_precision = 'YEAR' THEN 0 ELSE extract(month FROM start_date)::int END AS month,
      kind::text, status::text, count(*)::int AS count, min(${key}) AS first_key, max(${key}) AS last_key
    FROM engagement GROUP BY 1, 2, 3, 4`;
  const tally = "SELECT year, month::int, kind::text, status::text, count, first_key, last_key FROM engagement_tally";
  return prisma.$queryRawUnsafe<Row[]>(
    `SELECT 'not in tally' AS drift, * FROM ((${direct}) EXCEPT (${tally})) a
     UNION ALL SELECT 'only in tally', * FROM ((${tally}) EXCEPT (${direct})) b`,
  );
}
