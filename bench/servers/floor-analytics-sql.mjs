// The floor for Q6–Q9: each one hand-written GROUP BY over the tables, building the JSON answer.
const dateKey = `((e.start_date - DATE '0001-01-01') * 4 + CASE e.start_precision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END)`;

// The counterpart's newest 5 engagements as `column`, read from its timeline index, that actor $1 shared.
const sharedBranch = (column) => `(SELECT c.engagement_id, c.engagement_start_date FROM participant c
    WHERE c.${column} = k.counterpart_id
      AND (EXISTS (SELECT FROM participant o WHERE o.actor_id = $1 AND o.engagement_start_date = c.engagement_start_date AND o.engagement_id = c.engagement_id)
        OR EXISTS (SELECT FROM participant o WHERE o.represents_id = $1 AND o.engagement_start_date = c.engagement_start_date AND o.engagement_id = c.engagement_id))
      AND NOT EXISTS (SELECT FROM participant w WHERE w.engagement_id = c.engagement_id
        AND ((w.actor_id = $1 AND w.represents_id = k.counterpart_id) OR (w.actor_id = k.counterpart_id AND w.represents_id = $1)))
    ORDER BY c.engagement_start_date DESC, c.engagement_id DESC LIMIT 5)`;

export const floorAnalyticsSql = {
  q6: `SELECT coalesce(json_agg(json_build_object('year', y, 'kind', kind, 'count', n, 'firstDate', first, 'lastDate', last)
      ORDER BY y, kind), '[]')::text AS body
    FROM (SELECT extract(year FROM e.start_date)::int AS y, e.kind, count(*) AS n,
        DATE '0001-01-01' + min(${dateKey}) / 4 AS first, DATE '0001-01-01' + max(${dateKey}) / 4 AS last
      FROM engagement e GROUP BY 1, 2) g`,

  q7: `SELECT coalesce(json_agg(json_build_object('country', CASE WHEN a.id IS NULL THEN NULL ELSE json_build_object('id', a.id, 'name', a.name) END,
      'status', g.status, 'count', g.n) ORDER BY g.country_id, g.status), '[]')::text AS body
    FROM (SELECT country_id, status, count(*) AS n FROM engagement GROUP BY 1, 2) g LEFT JOIN actor a ON a.id = g.country_id`,

  // The kept dyads (counterpart_tally) by index; each counterpart's 5 newest engagements that the actor shared
  // (the actor in it, no one row holding both), walking the counterpart's engagements newest first.
  q8: `SELECT coalesce(json_agg(json_build_object('actor', json_build_object('id', a.id, 'name', a.name), 'count', k.count,
        'firstDate', DATE '0001-01-01' + k.first_key / 4, 'lastDate', DATE '0001-01-01' + k.last_key / 4, 'engagements', (
          SELECT coalesce(json_agg(json_build_object('id', e.id, 'title', e.title, 'startDate', e.start_date)
            ORDER BY e.start_date DESC, e.id DESC), '[]')
          FROM (SELECT e.* FROM (${sharedBranch("actor_id")} UNION ${sharedBranch("represents_id")}) c
              JOIN LATERAL (SELECT * FROM engagement e WHERE e.id = c.engagement_id OFFSET 0) e ON TRUE
            ORDER BY c.engagement_start_date DESC, c.engagement_id DESC LIMIT 5) e)) ORDER BY k.count DESC, k.counterpart_id), '[]')::text AS body
    FROM (SELECT * FROM counterpart_tally WHERE actor_id = $1 ORDER BY count DESC, counterpart_id LIMIT 20) k
    JOIN actor a ON a.id = k.counterpart_id`,

  q9: `SELECT coalesce(json_agg(json_build_object('kind', kind, 'count', n) ORDER BY kind), '[]')::text AS body
    FROM (SELECT kind, count(*) AS n FROM statement WHERE speaker_id = $1 GROUP BY 1) g`,
};
