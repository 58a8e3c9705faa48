// The floor for Q6–Q9: each one hand-written GROUP BY over the tables, building the JSON answer.
const dateKey = `((e.start_date - DATE '0001-01-01') * 4 + CASE e.start_precision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END)`;

export const floorAnalyticsSql = {
  q6: `SELECT coalesce(json_agg(json_build_object('year', y, 'kind', kind, 'count', n, 'firstDate', first, 'lastDate', last)
      ORDER BY y, kind), '[]')::text AS body
    FROM (SELECT extract(year FROM e.start_date)::int AS y, e.kind, count(*) AS n,
        DATE '0001-01-01' + min(${dateKey}) / 4 AS first, DATE '0001-01-01' + max(${dateKey}) / 4 AS last
      FROM engagement e GROUP BY 1, 2) g`,

  q7: `SELECT coalesce(json_agg(json_build_object('country', CASE WHEN a.id IS NULL THEN NULL ELSE json_build_object('id', a.id, 'name', a.name) END,
      'status', g.status, 'count', g.n) ORDER BY g.country_id, g.status), '[]')::text AS body
    FROM (SELECT country_id, status, count(*) AS n FROM engagement GROUP BY 1, 2) g LEFT JOIN actor a ON a.id = g.country_id`,

  // The actor's own rows; every other participant's actor and represented actor, minus the own side.
  q8: `WITH own AS MATERIALIZED (SELECT id, engagement_id, actor_id, represents_id FROM participant WHERE actor_id = $1
        UNION SELECT id, engagement_id, actor_id, represents_id FROM participant WHERE represents_id = $1),
      side AS (SELECT o.engagement_id, s.id FROM own o CROSS JOIN LATERAL (VALUES (o.actor_id), (o.represents_id)) s(id)
        WHERE s.id IS NOT NULL),
      met AS MATERIALIZED (SELECT DISTINCT o.engagement_id, e.start_date FROM own o JOIN engagement e ON e.id = o.engagement_id),
      pairs AS (SELECT DISTINCT m.engagement_id, m.start_date, c.id AS counterpart_id
        FROM met m CROSS JOIN LATERAL (SELECT q.id, q.actor_id, q.represents_id FROM participant q
          WHERE q.engagement_id = m.engagement_id OFFSET 0) q
        CROSS JOIN LATERAL (VALUES (q.actor_id), (q.represents_id)) c(id)
        WHERE c.id IS NOT NULL AND q.id NOT IN (SELECT id FROM own)
          AND (m.engagement_id, c.id) NOT IN (SELECT engagement_id, id FROM side)),
      ranked AS (SELECT counterpart_id, count(*) AS n, min(start_date) AS first, max(start_date) AS last
        FROM pairs GROUP BY 1 ORDER BY n DESC, 1 LIMIT 20)
    SELECT coalesce(json_agg(json_build_object('actor', json_build_object('id', a.id, 'name', a.name), 'count', k.n,
        'firstDate', k.first, 'lastDate', k.last, 'engagements', (
          SELECT coalesce(json_agg(json_build_object('id', e.id, 'title', e.title, 'startDate', e.start_date)
            ORDER BY e.start_date DESC, e.id DESC), '[]')
          FROM (SELECT e.* FROM engagement e WHERE e.id IN (SELECT engagement_id FROM pairs WHERE counterpart_id = k.counterpart_id)
            ORDER BY e.start_date DESC, e.id DESC LIMIT 5) e)) ORDER BY k.n DESC, k.counterpart_id), '[]')::text AS body
    FROM ranked k JOIN actor a ON a.id = k.counterpart_id`,

  q9: `SELECT coalesce(json_agg(json_build_object('kind', kind, 'count', n) ORDER BY kind), '[]')::text AS body
    FROM (SELECT kind, count(*) AS n FROM statement WHERE speaker_id = $1 GROUP BY 1) g`,
};
