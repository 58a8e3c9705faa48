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

// Suite 3 (A1–A29, bench/src/analytics-suite.ts): one GROUP BY each over the tables, the group's actor or
// topic joined by key, with its count and first and last start date.
const dateOf = (key) => `DATE '0001-01-01' + ${key} / 4`;
const periods = {
  year: "extract(year FROM e.start_date)::int",
  quarter: "CASE WHEN e.start_precision = 'YEAR' THEN NULL ELSE extract(quarter FROM e.start_date)::int END",
  month: "CASE WHEN e.start_precision = 'YEAR' THEN NULL ELSE extract(month FROM e.start_date)::int END",
};
/** A group key: its SQL and, for an actor's or topic's ID, the table whose name the answer shows. */
const key = (name, sql, named) => ({ name, sql, named });
const year = key("year", periods.year);
const quarter = key("quarter", periods.quarter);
const month = key("month", periods.month);
const engagementCol = (name, column, named) => key(name, `e.${column}`, named);

function grouped({ keys, from, where = "", byCount = false, limit }) {
  const fields = keys.map((k, i) =>
    k.named
      ? `'${k.name}', CASE WHEN n${i}.id IS NULL THEN NULL ELSE json_build_object('id', n${i}.id, 'name', n${i}.name) END`
      : `'${k.name}', g.k${i}`,
  );
  const joins = keys.map((k, i) => (k.named ? `LEFT JOIN ${k.named} n${i} ON n${i}.id = g.k${i}` : "")).join(" ");
  const order = [...(byCount ? ["g.n DESC"] : []), ...keys.map((_, i) => `g.k${i}`)].join(", ");
  return `SELECT coalesce(json_agg(json_build_object(${fields.join(", ")}, 'count', g.n,
      'firstDate', ${dateOf("g.first")}, 'lastDate', ${dateOf("g.last")}) ORDER BY ${order}), '[]')::text AS body
    FROM (SELECT ${keys.map((k, i) => `${k.sql} AS k${i}`).join(", ")}, count(*) AS n, min(${dateKey}) AS first, max(${dateKey}) AS last
      FROM ${from} ${where} GROUP BY ${keys.map((_, i) => i + 1).join(", ")}
      ${limit ? `ORDER BY ${order.replaceAll("g.", "")} LIMIT ${limit}` : ""}) g ${joins}`;
}

const takesPart = (p) =>
  `e.id IN (SELECT engagement_id FROM participant WHERE actor_id = ${p} UNION SELECT engagement_id FROM participant WHERE represents_id = ${p})`;
const inYear = "e.start_date <= make_date($1::int, 12, 31) AND e.span_end >= make_date($1::int, 1, 1)";
const inYears = "e.start_date <= make_date($2::int, 12, 31) AND e.span_end >= make_date($1::int, 1, 1)";
// A topic or its sub-topics (the generated topics are two levels deep).
const onTopic = (table, column) =>
  `${column} IN (SELECT x.${table}_id FROM ${table}_topic x WHERE x.topic_id IN (SELECT id FROM topic WHERE id = $1 OR parent_id = $1))`;
const engagements = "engagement e";
const withTopics = "engagement e LEFT JOIN engagement_topic t ON t.engagement_id = e.id";
const withParticipants = "engagement e JOIN participant p ON p.engagement_id = e.id";
const withRepresented = `engagement e LEFT JOIN LATERAL (SELECT DISTINCT r.represents_id FROM participant r
  WHERE r.engagement_id = e.id AND r.represents_id IS NOT NULL) r ON TRUE`;
const statements = "statement s JOIN engagement e ON e.id = s.engagement_id";
const statementTopics = `${statements} LEFT JOIN statement_topic t ON t.statement_id = s.id`;
const country = engagementCol("country", "country_id", "actor");
const topic = key("topic", "t.topic_id", "topic");
const speaker = key("speaker", "s.speaker_id", "actor");

/** Counterparts grouped from every pair of the actor's engagements (`own`: its participant rows; `met`'s condition). */
function counterparts(own, metWhere = "") {
  return `WITH own AS MATERIALIZED (${own}),
    met AS MATERIALIZED (SELECT DISTINCT o.engagement_id, e.start_date, ${dateKey} AS key
      FROM own o JOIN engagement e ON e.id = o.engagement_id ${metWhere}),
    pairs AS MATERIALIZED (SELECT DISTINCT m.engagement_id, m.start_date, m.key, c.id FROM met m
      JOIN participant q ON q.engagement_id = m.engagement_id
      CROSS JOIN LATERAL (VALUES (q.actor_id), (q.represents_id)) c(id)
      WHERE c.id IS NOT NULL AND q.id NOT IN (SELECT id FROM own)
        AND NOT EXISTS (SELECT FROM own o WHERE o.engagement_id = m.engagement_id AND (o.actor_id = c.id OR o.represents_id = c.id))),
    ranked AS (SELECT id, count(*) AS n, min(key) AS first, max(key) AS last FROM pairs GROUP BY id)
  SELECT json_build_object('totalCount', (SELECT count(*) FROM ranked), 'edges', coalesce((
    SELECT json_agg(json_build_object('actor', json_build_object('id', a.id, 'name', a.name), 'count', r.n,
      'firstDate', ${dateOf("r.first")}, 'lastDate', ${dateOf("r.last")}, 'engagements', (
        SELECT json_agg(json_build_object('id', e.id, 'title', e.title, 'startDate', e.start_date) ORDER BY e.start_date DESC, e.id DESC)
        FROM (SELECT p.engagement_id FROM pairs p WHERE p.id = r.id ORDER BY p.start_date DESC, p.engagement_id DESC LIMIT 5) p
        JOIN engagement e ON e.id = p.engagement_id)) ORDER BY r.n DESC, r.id)
    FROM (SELECT * FROM ranked ORDER BY n DESC, id LIMIT 20) r JOIN actor a ON a.id = r.id), '[]'))::text AS body`;
}

export const floorAnalyticsSuiteSql = {
  a_year: grouped({ keys: [year], from: engagements }),
  a_year_state: grouped({ keys: [year], from: engagements, where: `WHERE ${takesPart("$1::uuid")}` }),
  a_quarter: grouped({ keys: [year, quarter], from: engagements }),
  a_quarter_pair: grouped({
    keys: [year, quarter],
    from: engagements,
    where: `WHERE ${takesPart("$1::uuid")} AND ${takesPart("$2::uuid")}`,
  }),
  a_month: grouped({ keys: [year, month], from: engagements }),
  a_month_country: grouped({ keys: [year, month], from: engagements, where: "WHERE e.country_id = $1" }),
  a_kind: grouped({ keys: [engagementCol("kind", "kind")], from: engagements }),
  a_kind_year: grouped({ keys: [engagementCol("kind", "kind")], from: engagements, where: `WHERE ${inYear}` }),
  a_status: grouped({ keys: [engagementCol("status", "status")], from: engagements }),
  a_status_country: grouped({
    keys: [engagementCol("status", "status")],
    from: engagements,
    where: "WHERE e.country_id = $1",
  }),
  a_country: grouped({ keys: [country], from: engagements }),
  a_country_year: grouped({ keys: [country], from: engagements, where: `WHERE ${inYear}` }),
  a_topic: grouped({ keys: [topic], from: withTopics }),
  a_topic_year: grouped({ keys: [topic], from: withTopics, where: `WHERE ${inYear}`, byCount: true }),
  a_participant: grouped({ keys: [key("participant", "p.actor_id", "actor")], from: withParticipants }),
  a_participant_top: grouped({
    keys: [key("participant", "p.actor_id", "actor")],
    from: withParticipants,
    byCount: true,
    limit: 20,
  }),
  a_participant_country: grouped({
    keys: [key("participant", "p.actor_id", "actor")],
    from: withParticipants,
    where: "WHERE e.country_id = $1",
  }),
  a_represented: grouped({ keys: [key("represented", "r.represents_id", "actor")], from: withRepresented }),
  a_represented_year: grouped({
    keys: [key("represented", "r.represents_id", "actor")],
    from: withRepresented,
    where: `WHERE ${inYear}`,
  }),
  a_speaker: grouped({ keys: [speaker], from: statements }),
  a_speaker_top: grouped({ keys: [speaker], from: statements, byCount: true, limit: 20 }),
  a_speaker_mention: grouped({
    keys: [speaker],
    from: statements,
    where: "WHERE s.id IN (SELECT statement_id FROM statement_mention WHERE actor_id = $1)",
  }),
  a_statement_kind: grouped({ keys: [key("kind", "s.kind")], from: statements }),
  a_statement_kind_speaker: grouped({
    keys: [key("kind", "s.kind")],
    from: statements,
    where: "WHERE s.speaker_id = $1",
  }),
  a_statement_topic: grouped({ keys: [topic], from: statementTopics }),
  a_statement_topic_speaker: grouped({
    keys: [topic],
    from: statementTopics,
    where: "WHERE s.speaker_id = $1",
    byCount: true,
  }),
  a_statement_year: grouped({ keys: [year], from: statements }),
  a_statement_year_speaker: grouped({ keys: [year], from: statements, where: "WHERE s.speaker_id = $1" }),
  a_participant_year_person: grouped({
    keys: [key("participant", "p.actor_id", "actor"), year],
    from: withParticipants,
    where: `WHERE ${takesPart("$1::uuid")}`,
  }),
  a_country_year_decade: grouped({ keys: [country, year], from: engagements, where: `WHERE ${inYears}` }),
  a_kind_quarter_country: grouped({
    keys: [engagementCol("kind", "kind"), year, quarter],
    from: engagements,
    where: "WHERE e.country_id = $1",
  }),
  a_topic_year_state: grouped({ keys: [topic, year], from: withTopics, where: `WHERE ${takesPart("$1::uuid")}` }),
  a_represented_years: grouped({
    keys: [key("represented", "r.represents_id", "actor")],
    from: withRepresented,
    where: `WHERE ${inYears}`,
  }),
  a_month_topic: grouped({ keys: [year, month], from: engagements, where: `WHERE ${onTopic("engagement", "e.id")}` }),
  a_speaker_year_topic: grouped({
    keys: [speaker, year],
    from: statements,
    where: `WHERE ${onTopic("statement", "s.id")}`,
  }),
  a_statement_year_topic_speaker: grouped({
    keys: [year, topic],
    from: statementTopics,
    where: "WHERE s.speaker_id = $1",
  }),
  a_counterparts_representing: counterparts(
    "SELECT p.id, p.engagement_id, p.actor_id, p.represents_id FROM participant p WHERE p.actor_id = $1 AND p.represents_id = $2",
  ),
  a_counterparts_since: counterparts(
    `SELECT p.id, p.engagement_id, p.actor_id, p.represents_id FROM participant p WHERE p.actor_id = $1
      UNION SELECT p.id, p.engagement_id, p.actor_id, p.represents_id FROM participant p WHERE p.represents_id = $1`,
    "WHERE e.span_end >= $2::date",
  ),
};
