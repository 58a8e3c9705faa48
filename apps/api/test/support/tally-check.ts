import type { PrismaClient } from "@accord/db";

type Row = Record<string, unknown>;

/** Rows of engagement_tally, engagement_year_tally and engagement_month_total that differ from the same counts taken from the engagement table now (none when exact). */
export async function tallyDrift(prisma: PrismaClient): Promise<Row[]> {
  const key =
    "(start_date - DATE '0001-01-01') * 4 + CASE start_precision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END";
  const direct = `SELECT extract(year FROM start_date)::int AS year,
      CASE WHEN start_precision = 'YEAR' THEN 0 ELSE extract(month FROM start_date)::int END AS month,
      kind::text, status::text, count(*)::int AS count, min(${key}) AS first_key, max(${key}) AS last_key
    FROM engagement GROUP BY 1, 2, 3, 4`;
  const tally = "SELECT year, month::int, kind::text, status::text, count, first_key, last_key FROM engagement_tally";
  // engagement_year_tally: the same counts per year (month -1 here).
  const directYears = `SELECT year, -1 AS month, kind, status, sum(count)::int AS count, min(first_key) AS first_key,
      max(last_key) AS last_key FROM (${direct}) d GROUP BY 1, 2, 3, 4`;
  const years =
    "SELECT year, -1 AS month, kind::text, status::text, count, first_key, last_key FROM engagement_year_tally";
  // engagement_month_total: the same counts per (year, month), every kind and status ('' here).
  const directMonths = `SELECT year, month, '' AS kind, '' AS status, sum(count)::int AS count,
      min(first_key) AS first_key, max(last_key) AS last_key FROM (${direct}) d GROUP BY 1, 2`;
  const months = `SELECT year, month::int, '' AS kind, '' AS status, count, first_key, last_key FROM engagement_month_total`;
  return prisma.$queryRawUnsafe<Row[]>(
    `SELECT 'not in tally' AS drift, * FROM ((${direct}) EXCEPT (${tally})) a
     UNION ALL SELECT 'only in tally', * FROM ((${tally}) EXCEPT (${direct})) b
     UNION ALL SELECT 'not in year tally', * FROM ((${directYears}) EXCEPT (${years})) c
     UNION ALL SELECT 'only in year tally', * FROM ((${years}) EXCEPT (${directYears})) d
     UNION ALL SELECT 'not in month total', * FROM ((${directMonths}) EXCEPT (${months})) e
     UNION ALL SELECT 'only in month total', * FROM ((${months}) EXCEPT (${directMonths})) f`,
  );
}

/**
 * Rows of engagement_key_tally and engagement_key_total that differ from the counts taken from the base
 * tables now, per dimension (1 country, 2 topic, 3 participant, 4 represented; nil key: none).
 */
export async function keyTallyDrift(prisma: PrismaClient): Promise<Row[]> {
  const nil = "'00000000-0000-0000-0000-000000000000'::uuid";
  const key =
    "(e.start_date - DATE '0001-01-01') * 4 + CASE e.start_precision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END";
  const members = `SELECT 1 AS dim, coalesce(e.country_id, ${nil}) AS key, e.id FROM engagement e
    UNION ALL SELECT 2, coalesce(t.topic_id, ${nil}), e.id FROM engagement e LEFT JOIN engagement_topic t ON t.engagement_id = e.id
    UNION ALL SELECT 3, coalesce(p.actor_id, ${nil}), e.id FROM engagement e LEFT JOIN participant p ON p.engagement_id = e.id
    UNION ALL SELECT DISTINCT 4, coalesce(p.represents_id, ${nil}), e.id FROM engagement e
      LEFT JOIN participant p ON p.engagement_id = e.id AND p.represents_id IS NOT NULL`;
  const direct = `SELECT m.dim::int, m.key::text, e.kind::text, e.status::text, count(*)::int AS count,
      min(${key}) AS first_key, max(${key}) AS last_key
    FROM (${members}) m JOIN engagement e ON e.id = m.id GROUP BY 1, 2, 3, 4`;
  const tally =
    "SELECT dim::int, key::text, kind::text, status::text, count, first_key, last_key FROM engagement_key_tally";
  const directTotal = `SELECT dim, key, sum(count)::int AS count, min(first_key) AS first_key, max(last_key) AS last_key
    FROM (${direct}) d GROUP BY 1, 2`;
  const total = "SELECT dim::int, key::text, count, first_key, last_key FROM engagement_key_total";
  return prisma.$queryRawUnsafe<Row[]>(
    `SELECT 'not in key tally' AS drift, row_to_json(a)::text AS row FROM ((${direct}) EXCEPT (${tally})) a
     UNION ALL SELECT 'only in key tally', row_to_json(b)::text FROM ((${tally}) EXCEPT (${direct})) b
     UNION ALL SELECT 'not in key total', row_to_json(c)::text FROM ((${directTotal}) EXCEPT (${total})) c
     UNION ALL SELECT 'only in key total', row_to_json(d)::text FROM ((${total}) EXCEPT (${directTotal})) d`,
  );
}

/**
 * Rows of engagement_country_key_tally that differ from a country's engagements counted per topic (2),
 * participant (3) and represented actor (4) now, the nil key for those without any (none when exact).
 */
export async function countryKeyTallyDrift(prisma: PrismaClient): Promise<Row[]> {
  const nil = "'00000000-0000-0000-0000-000000000000'::uuid";
  const key =
    "(e.start_date - DATE '0001-01-01') * 4 + CASE e.start_precision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END";
  const members = `SELECT 2 AS dim, coalesce(t.topic_id, ${nil}) AS key, e.id FROM engagement e
      LEFT JOIN engagement_topic t ON t.engagement_id = e.id
    UNION SELECT 3, coalesce(p.actor_id, ${nil}), e.id FROM engagement e LEFT JOIN participant p ON p.engagement_id = e.id
    UNION SELECT 4, coalesce(p.represents_id, ${nil}), e.id FROM engagement e
      LEFT JOIN participant p ON p.engagement_id = e.id AND p.represents_id IS NOT NULL`;
  const direct = `SELECT e.country_id::text AS country, m.dim::int, m.key::text, count(*)::int AS count,
      min(${key}) AS first_key, max(${key}) AS last_key
    FROM (${members}) m JOIN engagement e ON e.id = m.id WHERE e.country_id IS NOT NULL GROUP BY 1, 2, 3`;
  const tally =
    "SELECT country_id::text, dim::int, key::text, count, first_key, last_key FROM engagement_country_key_tally";
  return prisma.$queryRawUnsafe<Row[]>(
    `SELECT 'not in country key tally' AS drift, row_to_json(a)::text AS row FROM ((${direct}) EXCEPT (${tally})) a
     UNION ALL SELECT 'only in country key tally', row_to_json(b)::text FROM ((${tally}) EXCEPT (${direct})) b`,
  );
}

/**
 * Rows of counterpart_tally that differ from the dyads counted from participant rows now, written from the
 * rule itself (a and b each some row's actor or represented actor, no one row holding both), not the migration's SQL.
 */
export async function counterpartTallyDrift(prisma: PrismaClient): Promise<Row[]> {
  const key =
    "(e.start_date - DATE '0001-01-01') * 4 + CASE e.start_precision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END";
  const ids = `SELECT p.engagement_id, p.actor_id AS x FROM participant p
    UNION SELECT p.engagement_id, p.represents_id FROM participant p WHERE p.represents_id IS NOT NULL`;
  const direct = `SELECT a.x::text AS actor, b.x::text AS counterpart, count(*)::int AS count,
      min(${key}) AS first_key, max(${key}) AS last_key
    FROM (${ids}) a JOIN (${ids}) b ON b.engagement_id = a.engagement_id AND b.x <> a.x
    JOIN engagement e ON e.id = a.engagement_id
    WHERE NOT EXISTS (SELECT FROM participant w WHERE w.engagement_id = a.engagement_id
      AND ((w.actor_id = a.x AND w.represents_id = b.x) OR (w.actor_id = b.x AND w.represents_id = a.x)))
    GROUP BY 1, 2`;
  const tally = "SELECT actor_id::text, counterpart_id::text, count, first_key, last_key FROM counterpart_tally";
  return prisma.$queryRawUnsafe<Row[]>(
    `SELECT 'not in counterpart tally' AS drift, row_to_json(a)::text AS row FROM ((${direct}) EXCEPT (${tally})) a
     UNION ALL SELECT 'only in counterpart tally', row_to_json(b)::text FROM ((${tally}) EXCEPT (${direct})) b`,
  );
}

/**
 * Rows of statement_tally, statement_year_tally, statement_key_tally and statement_key_total that differ from
 * the counts taken from the statements and their engagements now (dims: 1 speaker, 2 topic; nil key: no topic).
 */
export async function statementTallyDrift(prisma: PrismaClient): Promise<Row[]> {
  const nil = "'00000000-0000-0000-0000-000000000000'::uuid";
  const key =
    "(e.start_date - DATE '0001-01-01') * 4 + CASE e.start_precision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END";
  const measures = `count(*)::int AS count, min(${key}) AS first_key, max(${key}) AS last_key`;
  const rows = "statement s JOIN engagement e ON e.id = s.engagement_id";
  const months = `SELECT extract(year FROM e.start_date)::int AS year,
      CASE WHEN e.start_precision = 'YEAR' THEN 0 ELSE extract(month FROM e.start_date)::int END AS month,
      s.kind::text, ${measures} FROM ${rows} GROUP BY 1, 2, 3`;
  const years = `SELECT extract(year FROM e.start_date)::int AS year, s.kind::text, ${measures} FROM ${rows} GROUP BY 1, 2`;
  const members = `SELECT 1 AS dim, s.speaker_id AS key, s.id FROM statement s
    UNION ALL SELECT 2, coalesce(t.topic_id, ${nil}), s.id FROM statement s LEFT JOIN statement_topic t ON t.statement_id = s.id`;
  const keys = `SELECT m.dim::int, m.key::text, s.kind::text, ${measures}
    FROM (${members}) m JOIN ${rows} ON s.id = m.id GROUP BY 1, 2, 3`;
  const totals = `SELECT m.dim::int, m.key::text, ${measures} FROM (${members}) m JOIN ${rows} ON s.id = m.id GROUP BY 1, 2`;
  const pairs: [string, string, string][] = [
    ["statement_tally", months, "SELECT year, month::int, kind::text, count, first_key, last_key FROM statement_tally"],
    ["statement_year_tally", years, "SELECT year, kind::text, count, first_key, last_key FROM statement_year_tally"],
    [
      "statement_key_tally",
      keys,
      "SELECT dim::int, key::text, kind::text, count, first_key, last_key FROM statement_key_tally",
    ],
    ["statement_key_total", totals, "SELECT dim::int, key::text, count, first_key, last_key FROM statement_key_total"],
  ];
  return prisma.$queryRawUnsafe<Row[]>(
    pairs
      .map(
        ([table, direct, kept]) =>
          `SELECT 'not in ${table}' AS drift, row_to_json(a)::text AS row FROM ((${direct}) EXCEPT (${kept})) a
           UNION ALL SELECT 'only in ${table}', row_to_json(b)::text FROM ((${kept}) EXCEPT (${direct})) b`,
      )
      .join(" UNION ALL "),
  );
}
