// The floor: each benchmark query as one hand-written SQL statement that builds the whole JSON answer.
const engagementPage = (limit) => `SELECT * FROM engagement ORDER BY start_date DESC, id DESC LIMIT ${limit}`;

export const floorSql = {
  q1: `SELECT json_build_object('engagements', coalesce(json_agg(json_build_object(
      'id', e.id, 'title', e.title, 'kind', e.kind, 'startDate', e.start_date,
      'participants', (SELECT coalesce(json_agg(json_build_object('role', p.role,
          'actor', json_build_object('id', a.id, 'name', a.name, 'kind', a.kind)) ORDER BY p.position, p.id), '[]')
        FROM participant p JOIN actor a ON a.id = p.actor_id WHERE p.engagement_id = e.id),
      'topics', (SELECT coalesce(json_agg(json_build_object('id', t.id, 'name', t.name) ORDER BY t.name), '[]')
        FROM engagement_topic et JOIN topic t ON t.id = et.topic_id WHERE et.engagement_id = e.id)
    ) ORDER BY e.start_date DESC, e.id DESC), '[]'))::text AS body
    FROM (${engagementPage(50)}) e`,

  q2: `SELECT json_build_object('name', a.name, 'engagements', (
      SELECT coalesce(json_agg(json_build_object('id', e.id, 'title', e.title, 'startDate', e.start_date,
        'commitments', (SELECT coalesce(json_agg(json_build_object('id', c.id, 'description', c.description,
            'amount', c.amount::text, 'currency', c.currency, 'status', c.status) ORDER BY c.made_on DESC, c.id DESC), '[]')
          FROM (SELECT * FROM commitment c WHERE c.engagement_id = e.id ORDER BY made_on DESC, id DESC LIMIT 5) c)
      ) ORDER BY e.start_date DESC, e.id DESC), '[]')
      FROM (SELECT e.* FROM participant p JOIN engagement e ON e.id = p.engagement_id
        WHERE p.actor_id = a.id ORDER BY e.start_date DESC, e.id DESC LIMIT 20) e))::text AS body
    FROM actor a WHERE a.id = $1`,

  q3: `SELECT coalesce(json_agg(json_build_object('committer', json_build_object('id', a.id, 'name', a.name),
      'currency', t.currency, 'total', t.total::text, 'count', t.n) ORDER BY a.name, t.currency), '[]')::text AS body
    FROM (SELECT committer_id, currency, sum(amount) AS total, count(*) AS n FROM commitment
      WHERE amount IS NOT NULL GROUP BY committer_id, currency) t JOIN actor a ON a.id = t.committer_id`,

  // The four tables Accord's search ranks, with its ranking (ts_rank_cd flag 2, as float8), its order and
  // its page of 20, and per hit the label the Q4 requests ask of each type.
  q4: `WITH q AS (SELECT to_tsquery('simple', 'korea:*') AS q),
    hits AS (
      SELECT 'Actor' AS type, x.id, ts_rank_cd(x.search_vector, q.q, 2)::float8 AS rank, json_build_object('name', x.name) AS node
        FROM actor x, q WHERE x.search_vector @@ q.q
      UNION ALL
      SELECT 'Engagement', x.id, ts_rank_cd(x.search_vector, q.q, 2)::float8, json_build_object('title', x.title, 'startDate', x.start_date)
        FROM engagement x, q WHERE x.search_vector @@ q.q
      UNION ALL
      SELECT 'Statement', x.id, ts_rank_cd(x.search_vector, q.q, 2)::float8, json_build_object('gist', x.gist)
        FROM statement x, q WHERE x.search_vector @@ q.q
      UNION ALL
      SELECT 'Commitment', x.id, ts_rank_cd(x.search_vector, q.q, 2)::float8, json_build_object('description', x.description)
        FROM commitment x, q WHERE x.search_vector @@ q.q)
    SELECT coalesce(json_agg(json_build_object('type', type, 'id', id, 'rank', rank, 'node', node) ORDER BY rank DESC, type, id), '[]')::text AS body
    FROM (SELECT * FROM hits ORDER BY rank DESC, type, id LIMIT 20) h`,

  q5: `SELECT coalesce(json_agg(json_build_object('id', e.id, 'title', e.title, 'participants', (
      SELECT coalesce(json_agg(json_build_object('actor', json_build_object('id', a.id, 'name', a.name, 'engagements', (
          SELECT coalesce(json_agg(json_build_object('id', e2.id, 'title', e2.title, 'statements', (
              SELECT coalesce(json_agg(json_build_object('id', s.id, 'gist', s.gist) ORDER BY s.position, s.id), '[]')
              FROM (SELECT * FROM statement s WHERE s.engagement_id = e2.id ORDER BY position, id LIMIT 10) s)
            ) ORDER BY e2.start_date DESC, e2.id DESC), '[]')
          FROM (SELECT e2.* FROM participant p2 JOIN engagement e2 ON e2.id = p2.engagement_id
            WHERE p2.actor_id = a.id ORDER BY e2.start_date DESC, e2.id DESC LIMIT 10) e2)))
        ORDER BY p.position, p.id), '[]')
      FROM participant p JOIN actor a ON a.id = p.actor_id WHERE p.engagement_id = e.id)
    ) ORDER BY e.start_date DESC, e.id DESC), '[]')::text AS body
    FROM (${engagementPage(10)}) e`,
};
