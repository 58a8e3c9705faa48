-- What a PostGraphile user adds for these queries: a computed column (an actor's engagements, newest
-- first), and two functions for what PostGraphile does not generate (totals, full-text search).
CREATE OR REPLACE FUNCTION actor_engagements(a actor) RETURNS SETOF engagement LANGUAGE sql STABLE AS $$
  SELECT e.* FROM participant p JOIN engagement e ON e.id = p.engagement_id
  WHERE p.actor_id = a.id ORDER BY e.start_date DESC, e.id DESC $$;

DO $$ BEGIN
  CREATE TYPE bench_commitment_total AS (committer_id uuid, committer_name text, currency text, total numeric, count bigint);
EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE OR REPLACE FUNCTION commitment_totals_by_committer() RETURNS SETOF bench_commitment_total LANGUAGE sql STABLE AS $$
  SELECT t.committer_id, a.name, t.currency, t.total, t.n FROM (
    SELECT committer_id, currency::text AS currency, sum(amount) AS total, count(*) AS n FROM commitment
    WHERE amount IS NOT NULL GROUP BY committer_id, currency) t JOIN actor a ON a.id = t.committer_id
  ORDER BY a.name, t.currency $$;

-- Search over the four tables Accord's search ranks, with its ranking (ts_rank_cd flag 2, as float8) and
-- order; the GraphQL query asks for the first 20. Dropped and recreated: the rank was `real` before.
DROP FUNCTION IF EXISTS search_records(text);
DROP TYPE IF EXISTS bench_search_hit;
CREATE TYPE bench_search_hit AS (type text, id uuid, rank float8, label text);
CREATE FUNCTION search_records(query text) RETURNS SETOF bench_search_hit LANGUAGE sql STABLE AS $$
  WITH q AS (SELECT to_tsquery('simple', query || ':*') AS q)
  SELECT * FROM (
    SELECT 'Actor', x.id, ts_rank_cd(x.search_vector, q.q, 2)::float8, x.name FROM actor x, q WHERE x.search_vector @@ q.q
    UNION ALL
    SELECT 'Engagement', x.id, ts_rank_cd(x.search_vector, q.q, 2)::float8, x.title FROM engagement x, q WHERE x.search_vector @@ q.q
    UNION ALL
    SELECT 'Statement', x.id, ts_rank_cd(x.search_vector, q.q, 2)::float8, x.gist FROM statement x, q WHERE x.search_vector @@ q.q
    UNION ALL
    SELECT 'Commitment', x.id, ts_rank_cd(x.search_vector, q.q, 2)::float8, x.description FROM commitment x, q WHERE x.search_vector @@ q.q
  ) hits ORDER BY 3 DESC, 1, 2 $$;

-- Suite 2: statements of a topic and of a speaker in Accord's order (newest engagement first, then the
-- source's order), as computed columns `Topic.statements` and `Actor.statements`.
CREATE OR REPLACE FUNCTION topic_statements(t topic) RETURNS SETOF statement LANGUAGE sql STABLE AS $$
  SELECT s.* FROM statement_topic st JOIN statement s ON s.id = st.statement_id JOIN engagement e ON e.id = s.engagement_id
  WHERE st.topic_id = t.id ORDER BY e.start_date DESC, s.engagement_id DESC, s.position, s.id $$;
CREATE OR REPLACE FUNCTION actor_statements(a actor) RETURNS SETOF statement LANGUAGE sql STABLE AS $$
  SELECT s.* FROM statement s JOIN engagement e ON e.id = s.engagement_id
  WHERE s.speaker_id = a.id ORDER BY e.start_date DESC, s.engagement_id DESC, s.position, s.id $$;

-- Pledged vs delivered of a committer (E17): its commitments' stages summed by kind and currency.
DO $$ BEGIN
  CREATE TYPE bench_stage_total AS (kind text, currency text, total numeric, count bigint);
EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE OR REPLACE FUNCTION actor_stage_totals(a actor) RETURNS SETOF bench_stage_total LANGUAGE sql STABLE AS $$
  SELECT s.kind::text, s.currency::text, sum(s.amount), count(*) FROM commitment c
    JOIN commitment_stage s ON s.commitment_id = c.id AND s.amount IS NOT NULL
  WHERE c.committer_id = a.id GROUP BY s.kind, s.currency ORDER BY s.kind, s.currency $$;

-- PostGraphile's MADE_ON_DESC puts undated commitments first (PostgreSQL's DESC); Accord's indexes keep them
-- last newest first (NULLS FIRST, migration 20261207050000). A PostGraphile user indexes its own order.
CREATE INDEX IF NOT EXISTS bench_pg_commitment_committer_made_on ON commitment (committer_id, made_on, id);
CREATE INDEX IF NOT EXISTS bench_pg_commitment_beneficiary_made_on ON commitment (beneficiary_id, made_on, id);

-- Probe suite (bench/src/probe-queries.ts): filters PostGraphile's `condition` cannot say (a date range, an
-- amount bound, words, two actors together), written as a PostGraphile user would, in Accord's orders.
CREATE OR REPLACE FUNCTION engagements_between("from" date, "to" date, kinds "EngagementKind"[])
  RETURNS SETOF engagement LANGUAGE sql STABLE AS $$
  SELECT * FROM engagement WHERE start_date <= "to" AND span_end >= "from" AND kind = ANY(kinds)
  ORDER BY start_date DESC, id DESC $$;
CREATE OR REPLACE FUNCTION commitments_made_between(status "CommitmentStatus", "from" date, "to" date)
  RETURNS SETOF commitment LANGUAGE sql STABLE AS $$
  SELECT * FROM commitment c WHERE c.status = $1 AND c.made_on BETWEEN "from" AND "to"
  ORDER BY c.made_on DESC, c.id DESC $$;
CREATE OR REPLACE FUNCTION commitments_up_to(currency text, max numeric) RETURNS SETOF commitment LANGUAGE sql STABLE AS $$
  SELECT * FROM commitment c WHERE c.currency = $1 AND c.amount <= max ORDER BY c.amount DESC, c.id DESC $$;
CREATE OR REPLACE FUNCTION actor_country_engagements_between(a actor, "from" date, "to" date)
  RETURNS SETOF engagement LANGUAGE sql STABLE AS $$
  SELECT * FROM engagement e WHERE e.country_id = a.id AND e.start_date <= "to" AND e.span_end >= "from"
  ORDER BY e.start_date DESC, e.id DESC $$;
DROP FUNCTION IF EXISTS actors_named(text, "ActorKind");
CREATE OR REPLACE FUNCTION actors_named(term text, kind "ActorKind") RETURNS SETOF actor LANGUAGE sql STABLE AS $$
  SELECT * FROM actor a WHERE a.search_vector @@ to_tsquery('simple', lower(term) || ':*') AND a.kind = $2
  ORDER BY a.name, a.id $$;
CREATE OR REPLACE FUNCTION engagements_together(a uuid, b uuid) RETURNS SETOF engagement LANGUAGE sql STABLE AS $$
  SELECT * FROM engagement e
  WHERE e.id IN (SELECT engagement_id FROM participant WHERE actor_id = a OR represents_id = a)
    AND e.id IN (SELECT engagement_id FROM participant WHERE actor_id = b OR represents_id = b)
  ORDER BY e.start_date DESC, e.id DESC $$;
-- A speaker's statements oldest first: the records of Accord's backward page (`last`), which PostGraphile's
-- computed columns cannot page backward.
CREATE OR REPLACE FUNCTION actor_statements_oldest(a actor) RETURNS SETOF statement LANGUAGE sql STABLE AS $$
  SELECT s.* FROM statement s JOIN engagement e ON e.id = s.engagement_id
  WHERE s.speaker_id = a.id ORDER BY e.start_date, s.engagement_id, s.position DESC, s.id DESC $$;
CREATE OR REPLACE FUNCTION statements_matching(words text, kind "StatementKind") RETURNS SETOF statement LANGUAGE sql STABLE AS $$
  SELECT s.* FROM statement s JOIN engagement e ON e.id = s.engagement_id
  WHERE s.search_vector @@ to_tsquery('simple', regexp_replace(trim(lower(words)), '\s+', ':* & ', 'g') || ':*')
    AND s.kind = $2
  ORDER BY e.start_date DESC, s.engagement_id DESC, s.position, s.id $$;
-- A topic's engagements newest first (P13), a computed column `Topic.engagements`.
CREATE OR REPLACE FUNCTION topic_engagements(t topic) RETURNS SETOF engagement LANGUAGE sql STABLE AS $$
  SELECT e.* FROM engagement_topic et JOIN engagement e ON e.id = et.engagement_id
  WHERE et.topic_id = t.id ORDER BY e.start_date DESC, e.id DESC $$;
-- Probe P16–P26: a country's engagements of some kinds oldest first (P16), an actor's engagements oldest first
-- taking part as Accord counts it (a participant or represented, P19), the office holders of a state on a day
-- (P25), engagements by words and a kind by title (P26), and the index a user adds to order sources by date (P18).
CREATE OR REPLACE FUNCTION actor_country_engagements_of_kinds_oldest(a actor, kinds "EngagementKind"[])
  RETURNS SETOF engagement LANGUAGE sql STABLE AS $$
  SELECT * FROM engagement e WHERE e.country_id = a.id AND e.kind = ANY(kinds) ORDER BY e.start_date, e.id $$;
CREATE OR REPLACE FUNCTION actor_engagements_oldest(a actor) RETURNS SETOF engagement LANGUAGE sql STABLE AS $$
  SELECT e.* FROM engagement e
  WHERE e.id IN (SELECT engagement_id FROM participant WHERE actor_id = a.id OR represents_id = a.id)
  ORDER BY e.start_date, e.id $$;
CREATE OR REPLACE FUNCTION actor_office_holders_on(a actor, office text, "on" date) RETURNS SETOF tenure
  LANGUAGE sql STABLE AS $$
  SELECT t.* FROM office o JOIN tenure t ON t.office_id = o.id
  WHERE o.jurisdiction_id = a.id AND lower(o.name) = lower(office)
    AND (t.start_date IS NULL OR t.start_date <= "on") AND (t.end_date IS NULL OR t.end_date >= "on")
  ORDER BY t.start_date, t.id $$;
CREATE OR REPLACE FUNCTION engagements_matching(words text, kind "EngagementKind") RETURNS SETOF engagement
  LANGUAGE sql STABLE AS $$
  SELECT * FROM engagement e
  WHERE e.search_vector @@ to_tsquery('simple', regexp_replace(trim(lower(words)), '\s+', ':* & ', 'g') || ':*')
    AND e.kind = $2
  ORDER BY e.title, e.id $$;
CREATE INDEX IF NOT EXISTS bench_pg_source_published_on ON source (published_on, id);
