// The tables triggers keep from the loaded rows (tallies, rollups, search postings). The load writes its rows
// with those triggers off, then fills each table once, set-based: with the rebuild functions the migrations
// define where they scale, otherwise with one grouping of the functions' own rule (their per-group joins and
// the counterpart rebuild's hashed EXCEPT, which does not spill to disk, do not scale to the largest sizes).

/**
 * The AFTER triggers of the public tables. BEFORE triggers, which fill a row's own columns, stay on, and so does
 * the data version's bump (a row a statement): the analytics cache must see the load as a change.
 */
export function derivedTriggersSql(action: "DISABLE" | "ENABLE"): string {
  return `DO $$
    DECLARE t record;
    BEGIN
      FOR t IN SELECT tgrelid::regclass AS tbl, tgname FROM pg_trigger JOIN pg_proc p ON p.oid = tgfoid
        WHERE NOT tgisinternal AND tgtype & 66 = 0 AND p.proname <> 'data_change_bump'
          AND tgrelid IN (SELECT oid FROM pg_class WHERE relnamespace = 'public'::regnamespace)
      LOOP
        EXECUTE format('ALTER TABLE %s ${action} TRIGGER %I', t.tbl, t.tgname);
      END LOOP;
    END $$`;
}

export type BackfillStep = { label: string; sql: string };

/** The API's dateKeySql of engagement e: days since 0001-01-01 × 4 + 0/1/2 for YEAR/MONTH/DAY. */
const dateKey = `((e.start_date - DATE '0001-01-01') * 4 + CASE e.start_precision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END)`;

/** Each derived table rebuilt from the rows present now, whatever it held before. */
export const backfillSteps: BackfillStep[] = [
  {
    // accord_engagement_tally_recompute and accord_engagement_month_total_recompute over every group.
    label: "engagement tallies",
    sql: `TRUNCATE engagement_tally, engagement_year_tally, engagement_month_total;
      INSERT INTO engagement_tally (year, month, kind, status, count, first_key, last_key)
      SELECT extract(year FROM e.start_date)::int, accord_engagement_tally_month(e.start_date, e.start_precision), e.kind, e.status,
        count(*), min(${dateKey}), max(${dateKey})
        FROM engagement e GROUP BY 1, 2, 3, 4;
      INSERT INTO engagement_year_tally (year, kind, status, count, first_key, last_key)
      SELECT year, kind, status, sum(count), min(first_key), max(last_key) FROM engagement_tally GROUP BY 1, 2, 3;
      INSERT INTO engagement_month_total (year, month, count, first_key, last_key)
      SELECT year, month, sum(count), min(first_key), max(last_key) FROM engagement_tally GROUP BY 1, 2`,
  },
  { label: "engagement key tallies", sql: "SELECT accord_engagement_key_tally_rebuild()" },
  { label: "engagement country key tallies", sql: "SELECT accord_engagement_country_key_rebuild()" },
  {
    // accord_counterpart_tally_rebuild's pairs (each some row's actor or represented actor, no one row holding
    // both), the rows holding both taken away by an anti-join.
    label: "counterpart tallies",
    sql: `TRUNCATE counterpart_tally;
      INSERT INTO counterpart_tally (actor_id, counterpart_id, count, first_key, last_key)
      WITH ids AS (
        SELECT DISTINCT p.engagement_id, v.x FROM participant p
         CROSS JOIN LATERAL (VALUES (p.actor_id), (p.represents_id)) v(x) WHERE v.x IS NOT NULL
      ), held AS (
        SELECT engagement_id, actor_id AS x, represents_id AS c FROM participant WHERE represents_id IS NOT NULL
        UNION ALL SELECT engagement_id, represents_id, actor_id FROM participant WHERE represents_id IS NOT NULL
      )
      SELECT a.x, b.x, count(*)::int, min(${dateKey}), max(${dateKey})
        FROM ids a JOIN ids b ON b.engagement_id = a.engagement_id AND b.x <> a.x
        JOIN engagement e ON e.id = a.engagement_id
       WHERE NOT EXISTS (SELECT FROM held h WHERE h.engagement_id = a.engagement_id AND h.x = a.x AND h.c = b.x)
       GROUP BY 1, 2`,
  },
  { label: "statement tallies", sql: "SELECT accord_statement_tally_rebuild()" },
  {
    label: "commitment rollups",
    sql: `SELECT accord_commitment_rollup_recompute(array_agg(currency), array_agg(committer_id), array_agg(status))
      FROM (SELECT DISTINCT currency, committer_id, status FROM commitment WHERE amount IS NOT NULL) k`,
  },
  {
    // accord_commitment_stage_rollup_recompute over every group.
    label: "commitment stage rollups",
    sql: `TRUNCATE commitment_stage_rollup;
      INSERT INTO commitment_stage_rollup (committer_id, currency, stage, total, count)
      SELECT c.committer_id, s.currency, s.kind, sum(s.amount), count(DISTINCT c.id)
        FROM commitment c JOIN commitment_stage s ON s.commitment_id = c.id
       WHERE s.amount IS NOT NULL
         AND NOT EXISTS (SELECT FROM accord_commitment_stage_uncounted() u WHERE u.commitment_id = c.id AND u.kind = s.kind)
       GROUP BY 1, 2, 3`,
  },
  {
    // As migration 20261128060000_search_postings fills it; in the index's order, so that its pages are written
    // once each rather than read back at random (shared_buffers is far smaller than the index).
    label: "search postings",
    sql: `TRUNCATE search_posting;
      INSERT INTO search_posting (lexeme, impact, type, id)
      SELECT p.* FROM actor x, accord_search_postings('Actor', x.id, x.search_vector) p WHERE x.search_vector IS NOT NULL
      UNION ALL SELECT p.* FROM engagement x, accord_search_postings('Engagement', x.id, x.search_vector) p WHERE x.search_vector IS NOT NULL
      UNION ALL SELECT p.* FROM statement x, accord_search_postings('Statement', x.id, x.search_vector) p WHERE x.search_vector IS NOT NULL
      UNION ALL SELECT p.* FROM commitment x, accord_search_postings('Commitment', x.id, x.search_vector) p WHERE x.search_vector IS NOT NULL
      ORDER BY lexeme, impact DESC, type, id`,
  },
];
