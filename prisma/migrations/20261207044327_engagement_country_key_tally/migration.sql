-- Accord: one country's engagements counted per topic (dim 2), participant (3) or represented actor (4),
-- the nil uuid their none group, as engagement_key_total counts every country's. A country filter grouped
-- by one of those keys reads its rows instead of grouping the country's participant rows. Triggers keep it
-- exact for every writer (engagements without a country are in no row); the application never writes it.

-- CreateTable; the key INCLUDEs the counts, so a country's rows are read index-only (its ~2,000 participants
-- are scattered over as many heap pages).
CREATE TABLE "engagement_country_key_tally" (
    "country_id" UUID NOT NULL,
    "dim" SMALLINT NOT NULL,
    "key" UUID NOT NULL,
    "count" INTEGER NOT NULL,
    "first_key" INTEGER NOT NULL,
    "last_key" INTEGER NOT NULL,

    CONSTRAINT "engagement_country_key_tally_pkey" PRIMARY KEY ("country_id","dim","key") INCLUDE ("count","first_key","last_key")
);

-- The API's dateKeySql: days since 0001-01-01 times 4, plus 0, 1, 2 for YEAR, MONTH, DAY precision.
CREATE FUNCTION accord_date_key(d DATE, p "DatePrecision") RETURNS INTEGER LANGUAGE sql IMMUTABLE AS $$
  SELECT (d - DATE '0001-01-01') * 4 + CASE p WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END;
$$;

-- The rows of whole countries from the base tables, under a lock per country (taken in order): writers of a
-- country queue here, and under READ COMMITTED each statement below then sees what the previous holder committed.
CREATE FUNCTION accord_engagement_country_key_lock(countries UUID[]) RETURNS void LANGUAGE sql AS $$
  SELECT pg_advisory_xact_lock(hashtext('engagement_country_key_tally'), l.bucket)
    FROM (SELECT DISTINCT hashtext(c::text) & 1023 AS bucket FROM unnest(countries) c WHERE c IS NOT NULL ORDER BY 1) l;
$$;

-- Each (country, dim, key) member: the engagement counted there. Keys of one dimension of engagements `e`.
CREATE FUNCTION accord_engagement_country_key_members(ids UUID[])
RETURNS TABLE (country_id UUID, dim SMALLINT, key UUID, engagement_id UUID) LANGUAGE sql STABLE AS $$
  SELECT e.country_id, 2::smallint, coalesce(t.topic_id, '00000000-0000-0000-0000-000000000000'), e.id
    FROM engagement e LEFT JOIN engagement_topic t ON t.engagement_id = e.id
   WHERE e.id = ANY(ids) AND e.country_id IS NOT NULL
  UNION ALL
  SELECT e.country_id, 3::smallint, coalesce(p.actor_id, '00000000-0000-0000-0000-000000000000'), e.id
    FROM engagement e LEFT JOIN participant p ON p.engagement_id = e.id
   WHERE e.id = ANY(ids) AND e.country_id IS NOT NULL
  UNION ALL
  SELECT DISTINCT e.country_id, 4::smallint, coalesce(p.represents_id, '00000000-0000-0000-0000-000000000000'), e.id
    FROM engagement e LEFT JOIN participant p ON p.engagement_id = e.id AND p.represents_id IS NOT NULL
   WHERE e.id = ANY(ids) AND e.country_id IS NOT NULL;
$$;

-- Recomputes every key of the given countries: all of their rows deleted, then counted from their engagements.
CREATE FUNCTION accord_engagement_country_key_recompute_countries(countries UUID[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF countries IS NULL THEN
    RETURN;
  END IF;
  PERFORM accord_engagement_country_key_lock(countries);
  DELETE FROM engagement_country_key_tally t WHERE t.country_id = ANY(countries);
  INSERT INTO engagement_country_key_tally (country_id, dim, key, count, first_key, last_key)
  SELECT m.country_id, m.dim, m.key, count(*), min(accord_date_key(e.start_date, e.start_precision)),
         max(accord_date_key(e.start_date, e.start_precision))
    FROM accord_engagement_country_key_members(
           ARRAY(SELECT e.id FROM engagement e WHERE e.country_id = ANY(countries))) m
    JOIN engagement e ON e.id = m.engagement_id
   GROUP BY m.country_id, m.dim, m.key;
END
$$;

-- Recomputes the given (country, dim, key) rows: each key's engagements in that country, read from the key's
-- own rows (a participant's, a topic's); a none group from the country's engagements without such a key.
CREATE FUNCTION accord_engagement_country_key_recompute(countries UUID[], dims SMALLINT[], keys UUID[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  nil CONSTANT uuid := '00000000-0000-0000-0000-000000000000';
BEGIN
  IF countries IS NULL THEN
    RETURN;
  END IF;
  PERFORM accord_engagement_country_key_lock(countries);
  DELETE FROM engagement_country_key_tally t USING unnest(countries, dims, keys) AS k(c, d, k)
   WHERE t.country_id = k.c AND t.dim = k.d AND t.key = k.k;
  INSERT INTO engagement_country_key_tally (country_id, dim, key, count, first_key, last_key)
  WITH touched AS (
    SELECT DISTINCT c, d, k FROM unnest(countries, dims, keys) AS u(c, d, k) WHERE c IS NOT NULL AND k IS NOT NULL
  )
  SELECT m.c, m.d, m.k, count(*), min(accord_date_key(e.start_date, e.start_precision)),
         max(accord_date_key(e.start_date, e.start_precision))
    FROM (
      SELECT t.c, t.d, t.k, x.engagement_id FROM touched t JOIN engagement_topic x ON x.topic_id = t.k
       WHERE t.d = 2 AND t.k <> nil
      UNION ALL
      SELECT t.c, t.d, t.k, p.engagement_id FROM touched t JOIN participant p ON p.actor_id = t.k
       WHERE t.d = 3 AND t.k <> nil
      UNION ALL
      (SELECT DISTINCT t.c, t.d, t.k, p.engagement_id FROM touched t JOIN participant p ON p.represents_id = t.k
        WHERE t.d = 4 AND t.k <> nil)
      UNION ALL
      SELECT t.c, t.d, t.k, n.id FROM touched t JOIN engagement n ON n.country_id = t.c
       WHERE t.k = nil AND CASE t.d
         WHEN 2 THEN NOT EXISTS (SELECT FROM engagement_topic x WHERE x.engagement_id = n.id)
         WHEN 3 THEN NOT EXISTS (SELECT FROM participant p WHERE p.engagement_id = n.id)
         ELSE NOT EXISTS (SELECT FROM participant p WHERE p.engagement_id = n.id AND p.represents_id IS NOT NULL)
       END
    ) m(c, d, k, id)
    JOIN engagement e ON e.id = m.id AND e.country_id = m.c
   GROUP BY m.c, m.d, m.k;
END
$$;

-- The rows a statement on participants or topics touched: each row's key (and its dimension's none group)
-- in its engagement's country. The engagements are locked first (as engagement_key_tally's triggers do), so a
-- concurrent change of their country or date and this statement cannot each miss the other.
CREATE FUNCTION accord_engagement_country_key_touch(ids UUID[], dims SMALLINT[], keys UUID[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM accord_engagement_key_lock(ids);
  PERFORM accord_engagement_country_key_recompute(array_agg(x.c), array_agg(x.d), array_agg(x.k))
     FROM (SELECT DISTINCT e.country_id, u.d, u.k FROM unnest(ids, dims, keys) AS u(id, d, k)
             JOIN engagement e ON e.id = u.id WHERE e.country_id IS NOT NULL AND u.k IS NOT NULL) x(c, d, k);
END
$$;

-- A statement's participant rows, old and new together (so its country locks are taken once, in order): each
-- row's actor and represented actor, and both none groups of its engagement.
CREATE FUNCTION accord_engagement_country_key_from_participant() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  nil CONSTANT uuid := '00000000-0000-0000-0000-000000000000';
  ids uuid[] := '{}';
  actors uuid[] := '{}';
  represented uuid[] := '{}';
BEGIN
  IF TG_OP <> 'INSERT' THEN
    SELECT ids || array_agg(engagement_id), actors || array_agg(actor_id), represented || array_agg(represents_id)
      INTO ids, actors, represented FROM old_rows;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    SELECT ids || array_agg(engagement_id), actors || array_agg(actor_id), represented || array_agg(represents_id)
      INTO ids, actors, represented FROM new_rows;
  END IF;
  PERFORM accord_engagement_country_key_touch(array_agg(u.id), array_agg(k.d), array_agg(k.k))
     FROM unnest(ids, actors, represented) u(id, a, r)
     CROSS JOIN LATERAL (VALUES (3::smallint, u.a), (4::smallint, u.r), (3::smallint, nil), (4::smallint, nil)) k(d, k);
  RETURN NULL;
END
$$;

-- The same for topics: each row's topic and the none group of its engagement.
CREATE FUNCTION accord_engagement_country_key_from_topic() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[] := '{}';
  topics uuid[] := '{}';
BEGIN
  IF TG_OP <> 'INSERT' THEN
    SELECT ids || array_agg(engagement_id), topics || array_agg(topic_id) INTO ids, topics FROM old_rows;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    SELECT ids || array_agg(engagement_id), topics || array_agg(topic_id) INTO ids, topics FROM new_rows;
  END IF;
  PERFORM accord_engagement_country_key_touch(array_agg(u.id), array_agg(2::smallint), array_agg(k.k))
     FROM unnest(ids, topics) u(id, t)
     CROSS JOIN LATERAL (VALUES (u.t), ('00000000-0000-0000-0000-000000000000'::uuid)) k(k);
  RETURN NULL;
END
$$;

CREATE FUNCTION accord_engagement_country_key_from_engagement() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(id) INTO ids FROM new_rows WHERE country_id IS NOT NULL;
    PERFORM accord_engagement_country_key_recompute(array_agg(m.country_id), array_agg(m.dim), array_agg(m.key))
       FROM (SELECT DISTINCT c.country_id, c.dim, c.key FROM accord_engagement_country_key_members(ids) c) m;
  ELSIF TG_OP = 'DELETE' THEN
    -- Their topics and participants went by cascade, so which keys they counted under is gone: their countries anew.
    PERFORM accord_engagement_country_key_recompute_countries(array_agg(DISTINCT country_id))
       FROM old_rows WHERE country_id IS NOT NULL;
  ELSE
    -- Only engagements whose counted columns changed: their keys in the old country and in the new one.
    SELECT array_agg(n.id) INTO ids FROM old_rows o JOIN new_rows n ON n.id = o.id
     WHERE (o.start_date, o.start_precision, o.country_id) IS DISTINCT FROM (n.start_date, n.start_precision, n.country_id);
    IF ids IS NOT NULL THEN
      PERFORM accord_engagement_country_key_recompute(array_agg(x.c), array_agg(x.d), array_agg(x.k))
         FROM (SELECT m.country_id, m.dim, m.key FROM accord_engagement_country_key_members(ids) m
               UNION SELECT o.country_id, m.dim, m.key FROM accord_engagement_country_key_members(ids) m
                 JOIN old_rows o ON o.id = m.engagement_id WHERE o.country_id IS NOT NULL
               UNION SELECT o.country_id, d.dim, '00000000-0000-0000-0000-000000000000'::uuid FROM old_rows o
                 CROSS JOIN (VALUES (2::smallint), (3::smallint), (4::smallint)) d(dim)
                WHERE o.id = ANY(ids) AND o.country_id IS NOT NULL) x(c, d, k);
    END IF;
  END IF;
  RETURN NULL;
END
$$;

-- Rebuilds everything (the backfill, and after a TRUNCATE, which has no transition tables).
CREATE FUNCTION accord_engagement_country_key_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM engagement_country_key_tally;
  PERFORM accord_engagement_country_key_recompute_countries(
    ARRAY(SELECT DISTINCT country_id FROM engagement WHERE country_id IS NOT NULL));
END
$$;

CREATE FUNCTION accord_engagement_country_key_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM accord_engagement_country_key_rebuild();
  RETURN NULL;
END
$$;

-- Statement-level triggers on each table, with its transition tables; TRUNCATE rebuilds.
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES ('engagement', 'engagement'), ('participant', 'participant'),
      ('engagement_topic', 'topic')) v(tbl, fn) LOOP
    EXECUTE format('CREATE TRIGGER engagement_country_key_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION accord_engagement_country_key_from_%s()', t.tbl, t.fn);
    EXECUTE format('CREATE TRIGGER engagement_country_key_update AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows
      NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_engagement_country_key_from_%s()', t.tbl, t.fn);
    EXECUTE format('CREATE TRIGGER engagement_country_key_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION accord_engagement_country_key_from_%s()', t.tbl, t.fn);
    EXECUTE format('CREATE TRIGGER engagement_country_key_truncate AFTER TRUNCATE ON %I
      FOR EACH STATEMENT EXECUTE FUNCTION accord_engagement_country_key_after_truncate()', t.tbl);
  END LOOP;
END
$$;

SELECT accord_engagement_country_key_rebuild();

ANALYZE "engagement_country_key_tally";
