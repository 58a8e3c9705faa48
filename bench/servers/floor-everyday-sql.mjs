// The floor for suite 2 (E1–E17): each query as one hand-written SQL statement building the whole JSON
// answer (a single record under "node", as the GraphQL servers' root field); $1 is the record the variant reads (a uuid, a search term, or an array of uuids for E12).
const named = (alias) => `json_build_object('id', ${alias}.id, 'name', ${alias}.name)`;
const agg = (element, order, from) => `(SELECT coalesce(json_agg(${element} ORDER BY ${order}), '[]') FROM ${from})`;
const topicsOfStatement = (s) =>
  agg(named("t"), "t.path", `statement_topic st JOIN topic t ON t.id = st.topic_id WHERE st.statement_id = ${s}.id`);
const engagementBrief = (e) => `json_build_object('id', ${e}.id, 'title', ${e}.title, 'startDate', ${e}.start_date)`;
const statementOrder = "e.start_date DESC, s.engagement_id DESC, s.position, s.id";
const statementsOnTopic = (topic, limit) => `SELECT s.*, e.start_date, e.title AS e_title FROM statement_topic st
  JOIN statement s ON s.id = st.statement_id JOIN engagement e ON e.id = s.engagement_id
  WHERE st.topic_id = ${topic} ORDER BY ${statementOrder} LIMIT ${limit}`;
const statementWithSpeaker = (s) => `json_build_object('id', ${s}.id, 'gist', ${s}.gist, 'kind', ${s}.kind,
  'speaker', (SELECT ${named("a")} FROM actor a WHERE a.id = ${s}.speaker_id),
  'engagement', json_build_object('id', ${s}.engagement_id, 'title', ${s}.e_title, 'startDate', ${s}.start_date))`;
const searchHits = `WITH q AS (SELECT to_tsquery('simple', $1 || ':*') AS q),
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
      FROM commitment x, q WHERE x.search_vector @@ q.q)`;

export const floorEverydaySql = {
  e1: `SELECT coalesce(json_agg(json_build_object('id', c.id, 'description', c.description, 'status', c.status, 'madeOn', c.made_on,
      'money', CASE WHEN c.amount IS NULL THEN NULL ELSE json_build_object('amount', c.amount::text, 'currency', c.currency) END,
      'committer', (SELECT ${named("a")} FROM actor a WHERE a.id = c.committer_id),
      'engagement', (SELECT ${engagementBrief("e")} FROM engagement e WHERE e.id = c.engagement_id),
      'history', ${agg("json_build_object('status', h.status, 'effectiveOn', h.effective_on, 'recordedAt', h.recorded_at)", "h.recorded_at, h.id", "commitment_status_change h WHERE h.commitment_id = c.id")}
    ) ORDER BY c.made_on DESC NULLS LAST, c.id DESC), '[]')::text AS body
    FROM (SELECT * FROM commitment WHERE beneficiary_id = $1 ORDER BY made_on DESC NULLS LAST, id DESC LIMIT 15) c`,

  e2: `SELECT json_build_object('node', json_build_object('id', e.id, 'title', e.title, 'kind', e.kind, 'status', e.status, 'startDate', e.start_date,
      'endDate', e.end_date, 'city', e.city, 'summary', e.summary,
      'country', (SELECT ${named("a")} FROM actor a WHERE a.id = e.country_id),
      'participants', ${agg(
        `json_build_object('role', p.role, 'titleAsReported', p.title_as_reported,
          'actor', json_build_object('id', a.id, 'name', a.name, 'kind', a.kind),
          'represents', (SELECT ${named("r")} FROM actor r WHERE r.id = p.represents_id))`,
        "p.position, p.id",
        "participant p JOIN actor a ON a.id = p.actor_id WHERE p.engagement_id = e.id",
      )},
      'topics', ${agg(named("t"), "t.name", "engagement_topic et JOIN topic t ON t.id = et.topic_id WHERE et.engagement_id = e.id")},
      'statements', ${agg(
        `json_build_object('id', s.id, 'gist', s.gist, 'kind', s.kind, 'position', s.position,
          'speaker', (SELECT ${named("a")} FROM actor a WHERE a.id = s.speaker_id), 'topics', ${topicsOfStatement("s")})`,
        "s.position, s.id",
        "(SELECT * FROM statement WHERE engagement_id = e.id ORDER BY position, id LIMIT 20) s",
      )},
      'commitments', ${agg(
        `json_build_object('id', c.id, 'description', c.description, 'status', c.status,
          'money', CASE WHEN c.amount IS NULL THEN NULL ELSE json_build_object('amount', c.amount::text, 'currency', c.currency) END,
          'committer', (SELECT ${named("a")} FROM actor a WHERE a.id = c.committer_id))`,
        "c.made_on DESC NULLS LAST, c.id DESC",
        "(SELECT * FROM commitment WHERE engagement_id = e.id ORDER BY made_on DESC NULLS LAST, id DESC LIMIT 20) c",
      )},
      'citations', ${agg(`json_build_object('id', ci.id, 'locator', ci.locator, 'source', json_build_object('id', so.id, 'title', so.title, 'url', so.url))`, "ci.start_offset NULLS LAST, ci.id", "citation ci JOIN source so ON so.id = ci.source_id WHERE ci.engagement_id = e.id")}
    ))::text AS body FROM engagement e WHERE e.id = $1`,

  e3: `SELECT coalesce(json_agg(${statementWithSpeaker("s")} ORDER BY s.start_date DESC, s.engagement_id DESC, s.position, s.id), '[]')::text AS body
    FROM (${statementsOnTopic("$1", 50)}) s`,

  e4: `SELECT coalesce(json_agg(json_build_object('id', e.id, 'title', e.title, 'kind', e.kind, 'startDate', e.start_date,
      'participantCount', (SELECT count(*) FROM participant p WHERE p.engagement_id = e.id)) ORDER BY e.start_date DESC, e.id DESC), '[]')::text AS body
    FROM (SELECT * FROM engagement WHERE country_id = $1 ORDER BY start_date DESC, id DESC LIMIT 25) e`,

  e5: `SELECT coalesce(json_agg(json_build_object('id', a.id, 'name', a.name,
      'identifiers', ${agg("json_build_object('scheme', i.scheme, 'value', i.value)", "i.scheme, i.value", "actor_identifier i WHERE i.actor_id = a.id")},
      'aliases', ${agg("json_build_object('name', l.name, 'language', l.language)", "l.name", "actor_alias l WHERE l.actor_id = a.id")}
    ) ORDER BY a.name, a.id), '[]')::text AS body
    FROM (SELECT * FROM actor WHERE kind = 'STATE' AND (name, id) > (SELECT name, id FROM actor WHERE id = $1)
      ORDER BY name, id LIMIT 50) a`,

  e6: `SELECT json_build_object('hasPreviousPage', count(*) > 20, 'nodes', coalesce(json_agg(json_build_object('id', e.id, 'title', e.title,
      'startDate', e.start_date, 'topics', ${agg(named("t"), "t.name", "engagement_topic et JOIN topic t ON t.id = et.topic_id WHERE et.engagement_id = e.id")})
      ORDER BY e.start_date DESC, e.id DESC) FILTER (WHERE e.n <= 20), '[]'))::text AS body
    FROM (SELECT *, row_number() OVER (ORDER BY start_date, id) AS n FROM
      (SELECT * FROM engagement WHERE country_id = $1 ORDER BY start_date, id LIMIT 21) x) e`,

  e7: `${searchHits}
    SELECT coalesce(json_agg(json_build_object('type', type, 'id', id, 'rank', rank, 'node', node) ORDER BY rank DESC, type, id), '[]')::text AS body
    FROM (SELECT * FROM hits ORDER BY rank DESC, type, id OFFSET 10 LIMIT 10) h`,

  e8: `SELECT json_build_object('node', json_build_object('id', c.id, 'description', c.description, 'kind', c.kind, 'status', c.status, 'madeOn', c.made_on,
      'periodStart', c.period_start, 'periodEnd', c.period_end,
      'money', CASE WHEN c.amount IS NULL THEN NULL ELSE json_build_object('amount', c.amount::text, 'currency', c.currency, 'asReported', c.amount_as_reported) END,
      'committer', (SELECT ${named("a")} FROM actor a WHERE a.id = c.committer_id),
      'beneficiary', (SELECT ${named("a")} FROM actor a WHERE a.id = c.beneficiary_id),
      'engagement', (SELECT ${engagementBrief("e")} FROM engagement e WHERE e.id = c.engagement_id),
      'statement', (SELECT json_build_object('id', s.id, 'gist', s.gist, 'speaker', ${named("a")}) FROM statement s JOIN actor a ON a.id = s.speaker_id WHERE s.id = c.statement_id),
      'history', ${agg("json_build_object('status', h.status, 'effectiveOn', h.effective_on, 'note', h.note, 'recordedAt', h.recorded_at)", "h.recorded_at, h.id", "commitment_status_change h WHERE h.commitment_id = c.id")},
      'citations', ${agg("json_build_object('id', ci.id, 'locator', ci.locator, 'source', json_build_object('id', so.id, 'title', so.title))", "ci.start_offset NULLS LAST, ci.id", "citation ci JOIN source so ON so.id = ci.source_id WHERE ci.commitment_id = c.id")}
    ))::text AS body FROM commitment c WHERE c.id = $1`,

  e9: `SELECT json_build_object('node', json_build_object('id', so.id, 'title', so.title, 'url', so.url, 'publishedOn', so.published_on,
      'publisher', (SELECT ${named("a")} FROM actor a WHERE a.id = so.publisher_id),
      'citations', json_build_object('totalCount', (SELECT count(*) FROM citation WHERE source_id = so.id),
        'nodes', ${agg(`json_build_object('id', ci.id, 'locator', ci.locator, 'record', ${engagementBrief("e")})`, "ci.id", "(SELECT * FROM citation WHERE source_id = so.id ORDER BY id LIMIT 20) ci JOIN engagement e ON e.id = ci.engagement_id")})
    ))::text AS body FROM source so WHERE so.id = $1`,

  e10: `SELECT json_build_object('node', json_build_object('id', t.id, 'name', t.name, 'slug', t.slug, 'path', t.path,
      'parent', (SELECT ${named("p")} FROM topic p WHERE p.id = t.parent_id),
      'children', ${agg(named("c"), "c.path", "topic c WHERE c.parent_id = t.id")},
      'statements', (SELECT coalesce(json_agg(${statementWithSpeaker("s")} ORDER BY s.start_date DESC, s.engagement_id DESC, s.position, s.id), '[]')
        FROM (${statementsOnTopic("t.id", 20)}) s)
    ))::text AS body FROM topic t WHERE t.id = $1`,

  e11: `SELECT json_build_object('node', json_build_object('id', a.id, 'name', a.name, 'kind', a.kind,
      'identifiers', ${agg("json_build_object('scheme', i.scheme, 'value', i.value)", "i.scheme, i.value", "actor_identifier i WHERE i.actor_id = a.id")},
      'aliases', ${agg("json_build_object('name', l.name)", "l.name", "actor_alias l WHERE l.actor_id = a.id")},
      'statements', (SELECT coalesce(json_agg(json_build_object('id', s.id, 'gist', s.gist, 'engagement', json_build_object('id', s.engagement_id,
          'title', s.e_title, 'startDate', s.start_date)) ORDER BY ${statementOrder.replace("e.start_date", "s.start_date")}), '[]')
        FROM (SELECT s.*, e.start_date, e.title AS e_title FROM statement s JOIN engagement e ON e.id = s.engagement_id
          WHERE s.speaker_id = a.id ORDER BY ${statementOrder} LIMIT 10) s),
      'engagements', json_build_object('totalCount', (SELECT count(*) FROM participant p WHERE p.actor_id = a.id),
        'nodes', (SELECT coalesce(json_agg(json_build_object('id', e.id, 'title', e.title, 'startDate', e.start_date,
            'country', (SELECT ${named("c")} FROM actor c WHERE c.id = e.country_id)) ORDER BY e.start_date DESC, e.id DESC), '[]')
          FROM (SELECT e.* FROM participant p JOIN engagement e ON e.id = p.engagement_id WHERE p.actor_id = a.id
            ORDER BY e.start_date DESC, e.id DESC LIMIT 10) e))
    ))::text AS body FROM actor a WHERE a.id = $1`,

  e12: `SELECT coalesce(json_agg(json_build_object('id', e.id, 'title', e.title, 'startDate', e.start_date,
      'country', (SELECT ${named("c")} FROM actor c WHERE c.id = e.country_id),
      'participantCount', (SELECT count(*) FROM participant p WHERE p.engagement_id = e.id)) ORDER BY k.n), '[]')::text AS body
    FROM unnest($1::uuid[]) WITH ORDINALITY k(id, n) LEFT JOIN engagement e ON e.id = k.id`,

  e13: `SELECT json_build_object('totalCount', (SELECT count(*) FROM source WHERE publisher_id = $1),
      'nodes', coalesce(json_agg(json_build_object('id', so.id, 'title', so.title, 'url', so.url, 'publishedOn', so.published_on,
        'citations', json_build_object('totalCount', (SELECT count(*) FROM citation WHERE source_id = so.id),
          'nodes', ${agg("json_build_object('id', ci.id, 'locator', ci.locator)", "ci.id", "(SELECT * FROM citation WHERE source_id = so.id ORDER BY id LIMIT 3) ci")})
      ) ORDER BY so.published_on DESC NULLS LAST, so.id DESC), '[]'))::text AS body
    FROM (SELECT * FROM source WHERE publisher_id = $1 ORDER BY published_on DESC NULLS LAST, id DESC LIMIT 1) so`,

  e14: `SELECT coalesce(json_agg(json_build_object('id', t.id, 'name', t.name, 'slug', t.slug,
      'parent', (SELECT ${named("p")} FROM topic p WHERE p.id = t.parent_id),
      'children', ${agg(named("c"), "c.path", "topic c WHERE c.parent_id = t.id")}) ORDER BY t.path, t.id), '[]')::text AS body
    FROM (SELECT * FROM topic WHERE (path, id) > (SELECT path, id FROM topic WHERE id = $1) ORDER BY path, id LIMIT 10) t`,

  e15: `SELECT coalesce(json_agg(json_build_object('id', s.id, 'gist', s.gist, 'kind', s.kind, 'topics', ${topicsOfStatement("s")},
      'mentions', ${agg(named("a"), "a.id", "statement_mention m JOIN actor a ON a.id = m.actor_id WHERE m.statement_id = s.id")},
      'engagement', json_build_object('id', s.engagement_id, 'title', s.e_title, 'startDate', s.start_date))
      ORDER BY ${statementOrder.replace("e.start_date", "s.start_date")}), '[]')::text AS body
    FROM (SELECT s.*, e.start_date, e.title AS e_title FROM statement s JOIN engagement e ON e.id = s.engagement_id
      WHERE s.speaker_id = $1 ORDER BY ${statementOrder} LIMIT 10) s`,

  e16: `SELECT coalesce(json_agg(json_build_object('id', c.id, 'description', c.description, 'status', c.status,
      'money', CASE WHEN c.amount IS NULL THEN NULL ELSE json_build_object('amount', c.amount::text, 'currency', c.currency) END,
      'stages', ${agg(
        `json_build_object('kind', st.kind,
          'money', CASE WHEN st.amount IS NULL THEN NULL ELSE json_build_object('amount', st.amount::text, 'currency', st.currency) END,
          'occurred', CASE WHEN st.occurred_on IS NULL THEN NULL ELSE json_build_object(
            'edtf', to_char(st.occurred_on, CASE st.occurred_on_precision WHEN 'YEAR' THEN 'YYYY' WHEN 'MONTH' THEN 'YYYY-MM' ELSE 'YYYY-MM-DD' END),
            'start', st.occurred_on,
            'end', (st.occurred_on + CASE st.occurred_on_precision WHEN 'YEAR' THEN interval '1 year' WHEN 'MONTH' THEN interval '1 month'
              ELSE interval '1 day' END - interval '1 day')::date) END)`,
        "st.position",
        "commitment_stage st WHERE st.commitment_id = c.id",
      )}
    ) ORDER BY c.made_on DESC NULLS LAST, c.id DESC), '[]')::text AS body
    FROM (SELECT * FROM commitment WHERE committer_id = $1 ORDER BY made_on DESC NULLS LAST, id DESC LIMIT 10) c`,

  e17: `SELECT coalesce(json_agg(json_build_object('stage', t.kind, 'currency', t.currency, 'total', t.total::text, 'count', t.n)
      ORDER BY t.kind, t.currency), '[]')::text AS body
    FROM (SELECT s.kind, s.currency, sum(s.amount) AS total, count(*) AS n FROM commitment c
      JOIN commitment_stage s ON s.commitment_id = c.id AND s.amount IS NOT NULL
      WHERE c.committer_id = $1 GROUP BY s.kind, s.currency) t`,
};
