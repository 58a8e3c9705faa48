-- Accord: engagementCounts grouped by country, topic, participant or represented actor (alone or with kind
-- and status) read from counts kept per key instead of grouping every engagement, as engagement_tally
-- keeps the time series. Dimensions: 1 country, 2 topic, 3 participant, 4 represented actor; the nil uuid
-- is the "none" group (no country, no topics, no participants, nobody represented). Triggers keep them
-- exact for every writer; the application never writes them.

CREATE TABLE "engagement_key_tally" (
    "dim" SMALLINT NOT NULL,
    "key" UUID NOT NULL,
    "kind" "EngagementKind" NOT NULL,
    "status" "EngagementStatus" NOT NULL,
    "count" INTEGER NOT NULL,
    "first_key" INTEGER NOT NULL,
    "last_key" INTEGER NOT NULL,

    CONSTRAINT "engagement_key_tally_pkey" PRIMARY KEY ("dim","key","kind","status")
);

-- The same per key, all kinds and statuses together: grouping by participant alone reads one row an actor.
CREATE TABLE "engagement_key_total" (
    "dim" SMALLINT NOT NULL,
    "key" UUID NOT NULL,
    "count" INTEGER NOT NULL,
    "first_key" INTEGER NOT NULL,
    "last_key" INTEGER NOT NULL,

    CONSTRAINT "engagement_key_total_pkey" PRIMARY KEY ("dim","key")
);

-- Engagements in a "none" group of a multi-valued dimension (2, 3, 4): recomputing that group reads these
-- rows, not every engagement against its topics or participants.
CREATE TABLE "engagement_key_none" (
    "dim" SMALLINT NOT NULL,
    "engagement_id" UUID NOT NULL,

    CONSTRAINT "engagement_key_none_pkey" PRIMARY KEY ("dim","engagement_id")
);

ALTER TABLE "engagement_key_none" ADD CONSTRAINT "engagement_key_none_engagement_id_fkey"
  FOREIGN KEY ("engagement_id") REFERENCES "engagement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE INDEX "engagement_key_none_engagement_id_idx" ON "engagement_key_none"("engagement_id");

-- Sets the none rows of the given engagements from their topics and participants (deleted ones have none).
CREATE FUNCTION accord_engagement_key_none_refresh(ids UUID[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM engagement_key_none WHERE engagement_id = ANY(ids);
  INSERT INTO engagement_key_none (dim, engagement_id)
  SELECT d.dim, e.id FROM engagement e CROSS JOIN (VALUES (2::smallint), (3::smallint), (4::smallint)) d(dim)
   WHERE e.id = ANY(ids)
     AND CASE d.dim
       WHEN 2 THEN NOT EXISTS (SELECT FROM engagement_topic t WHERE t.engagement_id = e.id)
       WHEN 3 THEN NOT EXISTS (SELECT FROM participant p WHERE p.engagement_id = e.id)
       ELSE NOT EXISTS (SELECT FROM participant p WHERE p.engagement_id = e.id AND p.represents_id IS NOT NULL)
     END;
$$;

-- Recomputes every group of the given (dim, key) pairs from the base tables (delete their rows, insert
-- fresh counts), as accord_engagement_tally_recompute does.
CREATE FUNCTION accord_engagement_key_tally_recompute(dims SMALLINT[], keys UUID[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  bucket integer;
  nil CONSTANT uuid := '00000000-0000-0000-0000-000000000000';
BEGIN
  IF dims IS NULL THEN
    RETURN;
  END IF;
  -- Writers of the same key queue here (a key's total spans its kinds and statuses); under READ COMMITTED
  -- each statement below then sees what the previous holder committed. Buckets taken in order.
  FOR bucket IN
    SELECT DISTINCT hashtext(k.d || ' ' || k.k) & 1023 FROM unnest(dims, keys) AS k(d, k) ORDER BY 1
  LOOP
    PERFORM pg_advisory_xact_lock(hashtext('engagement_key_tally'), bucket);
  END LOOP;

  DELETE FROM engagement_key_tally t USING unnest(dims, keys) AS k(dim, key) WHERE t.dim = k.dim AND t.key = k.key;
  DELETE FROM engagement_key_total t USING unnest(dims, keys) AS k(dim, key) WHERE t.dim = k.dim AND t.key = k.key;

  -- Each key's engagements, once each; the date key as the API's dateKeySql.
  INSERT INTO engagement_key_tally (dim, key, kind, status, count, first_key, last_key)
  WITH touched AS (SELECT DISTINCT d AS dim, k AS key FROM unnest(dims, keys) AS u(d, k) WHERE k IS NOT NULL)
  SELECT m.dim, m.key, e.kind, e.status, count(*),
         min((e.start_date - DATE '0001-01-01') * 4 + CASE e.start_precision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END),
         max((e.start_date - DATE '0001-01-01') * 4 + CASE e.start_precision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END)
    FROM (
      SELECT k.dim, k.key, e.id FROM touched k JOIN engagement e ON e.country_id = k.key
       WHERE k.dim = 1 AND k.key <> nil
      UNION ALL
      SELECT k.dim, k.key, e.id FROM touched k JOIN engagement e ON e.country_id IS NULL
       WHERE k.dim = 1 AND k.key = nil
      UNION ALL
      SELECT k.dim, k.key, t.engagement_id FROM touched k JOIN engagement_topic t ON t.topic_id = k.key
       WHERE k.dim = 2 AND k.key <> nil
      UNION ALL
      SELECT k.dim, k.key, p.engagement_id FROM touched k JOIN participant p ON p.actor_id = k.key
       WHERE k.dim = 3 AND k.key <> nil
      UNION ALL
      (SELECT DISTINCT k.dim, k.key, p.engagement_id FROM touched k JOIN participant p ON p.represents_id = k.key
        WHERE k.dim = 4 AND k.key <> nil)
      UNION ALL
      SELECT k.dim, k.key, n.engagement_id FROM touched k JOIN engagement_key_none n ON n.dim = k.dim
       WHERE k.dim IN (2, 3, 4) AND k.key = nil
    ) m(dim, key, id)
    JOIN engagement e ON e.id = m.id
   GROUP BY m.dim, m.key, e.kind, e.status;

  INSERT INTO engagement_key_total (dim, key, count, first_key, last_key)
  SELECT t.dim, t.key, sum(t.count), min(t.first_key), max(t.last_key)
    FROM engagement_key_tally t JOIN (SELECT DISTINCT d, k FROM unnest(dims, keys) AS u(d, k)) k(dim, key)
      ON t.dim = k.dim AND t.key = k.key
   GROUP BY t.dim, t.key;
END
$$;

-- Locks the engagements a statement on their topics or participants touched: a concurrent change of an
-- engagement's kind, status, date or country then waits (or is waited for), so neither recompute misses
-- the other's rows.
CREATE FUNCTION accord_engagement_key_lock(ids UUID[]) RETURNS void LANGUAGE sql AS $$
  SELECT FROM engagement WHERE id = ANY(ids) ORDER BY id FOR NO KEY UPDATE;
$$;

CREATE FUNCTION accord_engagement_key_tally_from_participant() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
  nil CONSTANT uuid := '00000000-0000-0000-0000-000000000000';
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT engagement_id) INTO ids FROM new_rows;
    PERFORM accord_engagement_key_lock(ids);
    PERFORM accord_engagement_key_none_refresh(ids);
    PERFORM accord_engagement_key_tally_recompute(array_agg(d), array_agg(k))
       FROM (SELECT 3::smallint, actor_id FROM new_rows UNION SELECT 4::smallint, represents_id FROM new_rows
             UNION VALUES (3::smallint, nil), (4::smallint, nil)) x(d, k);
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT engagement_id) INTO ids FROM old_rows;
    PERFORM accord_engagement_key_lock(ids);
    PERFORM accord_engagement_key_none_refresh(ids);
    PERFORM accord_engagement_key_tally_recompute(array_agg(d), array_agg(k))
       FROM (SELECT 3::smallint, actor_id FROM old_rows UNION SELECT 4::smallint, represents_id FROM old_rows
             UNION VALUES (3::smallint, nil), (4::smallint, nil)) x(d, k);
  ELSE
    SELECT array_agg(DISTINCT engagement_id) INTO ids
      FROM (SELECT engagement_id FROM old_rows UNION SELECT engagement_id FROM new_rows) u;
    PERFORM accord_engagement_key_lock(ids);
    PERFORM accord_engagement_key_none_refresh(ids);
    PERFORM accord_engagement_key_tally_recompute(array_agg(d), array_agg(k))
       FROM (SELECT 3::smallint, actor_id FROM old_rows UNION SELECT 4::smallint, represents_id FROM old_rows
             UNION SELECT 3::smallint, actor_id FROM new_rows UNION SELECT 4::smallint, represents_id FROM new_rows
             UNION VALUES (3::smallint, nil), (4::smallint, nil)) x(d, k);
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION accord_engagement_key_tally_from_topic() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
  nil CONSTANT uuid := '00000000-0000-0000-0000-000000000000';
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT engagement_id) INTO ids FROM new_rows;
    PERFORM accord_engagement_key_lock(ids);
    PERFORM accord_engagement_key_none_refresh(ids);
    PERFORM accord_engagement_key_tally_recompute(array_agg(d), array_agg(k))
       FROM (SELECT 2::smallint, topic_id FROM new_rows UNION VALUES (2::smallint, nil)) x(d, k);
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT engagement_id) INTO ids FROM old_rows;
    PERFORM accord_engagement_key_lock(ids);
    PERFORM accord_engagement_key_none_refresh(ids);
    PERFORM accord_engagement_key_tally_recompute(array_agg(d), array_agg(k))
       FROM (SELECT 2::smallint, topic_id FROM old_rows UNION VALUES (2::smallint, nil)) x(d, k);
  ELSE
    SELECT array_agg(DISTINCT engagement_id) INTO ids
      FROM (SELECT engagement_id FROM old_rows UNION SELECT engagement_id FROM new_rows) u;
    PERFORM accord_engagement_key_lock(ids);
    PERFORM accord_engagement_key_none_refresh(ids);
    PERFORM accord_engagement_key_tally_recompute(array_agg(d), array_agg(k))
       FROM (SELECT 2::smallint, topic_id FROM old_rows UNION SELECT 2::smallint, topic_id FROM new_rows
             UNION VALUES (2::smallint, nil)) x(d, k);
  END IF;
  RETURN NULL;
END
$$;

-- Every key an engagement is counted under, in every dimension (its none groups included).
CREATE FUNCTION accord_engagement_keys(ids UUID[]) RETURNS TABLE (dim SMALLINT, key UUID) LANGUAGE sql STABLE AS $$
  SELECT 1::smallint, coalesce(e.country_id, '00000000-0000-0000-0000-000000000000') FROM engagement e WHERE e.id = ANY(ids)
  UNION SELECT 2::smallint, t.topic_id FROM engagement_topic t WHERE t.engagement_id = ANY(ids)
  UNION SELECT 3::smallint, p.actor_id FROM participant p WHERE p.engagement_id = ANY(ids)
  UNION SELECT 4::smallint, p.represents_id FROM participant p WHERE p.engagement_id = ANY(ids) AND p.represents_id IS NOT NULL
  UNION VALUES (2::smallint, '00000000-0000-0000-0000-000000000000'::uuid), (3::smallint, '00000000-0000-0000-0000-000000000000'::uuid),
    (4::smallint, '00000000-0000-0000-0000-000000000000'::uuid);
$$;

CREATE FUNCTION accord_engagement_key_tally_from_engagement() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(id) INTO ids FROM new_rows;
    PERFORM accord_engagement_key_none_refresh(ids);
    PERFORM accord_engagement_key_tally_recompute(array_agg(k.dim), array_agg(k.key)) FROM accord_engagement_keys(ids) k;
  ELSIF TG_OP = 'DELETE' THEN
    -- Topics and participants went by cascade (their triggers recomputed those keys); the country and none groups are left.
    PERFORM accord_engagement_key_tally_recompute(array_agg(d), array_agg(k))
       FROM (SELECT DISTINCT 1::smallint, coalesce(country_id, '00000000-0000-0000-0000-000000000000') FROM old_rows
             UNION VALUES (2::smallint, '00000000-0000-0000-0000-000000000000'::uuid), (3::smallint, '00000000-0000-0000-0000-000000000000'::uuid),
               (4::smallint, '00000000-0000-0000-0000-000000000000'::uuid)) x(d, k);
  ELSE
    -- Only engagements whose counted columns changed: editing a title leaves the counts alone.
    SELECT array_agg(n.id) INTO ids FROM old_rows o JOIN new_rows n ON n.id = o.id
     WHERE (o.start_date, o.start_precision, o.kind, o.status, o.country_id)
           IS DISTINCT FROM (n.start_date, n.start_precision, n.kind, n.status, n.country_id);
    IF ids IS NOT NULL THEN
      PERFORM accord_engagement_key_tally_recompute(array_agg(d), array_agg(k))
         FROM (SELECT k.dim, k.key FROM accord_engagement_keys(ids) k
               UNION SELECT 1::smallint, coalesce(o.country_id, '00000000-0000-0000-0000-000000000000') FROM old_rows o WHERE o.id = ANY(ids)) x(d, k);
    END IF;
  END IF;
  RETURN NULL;
END
$$;

-- Rebuilds everything (the backfill, and after a TRUNCATE, which has no transition tables).
CREATE FUNCTION accord_engagement_key_tally_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM engagement_key_none;
  INSERT INTO engagement_key_none (dim, engagement_id)
  SELECT 2::smallint, e.id FROM engagement e WHERE NOT EXISTS (SELECT FROM engagement_topic t WHERE t.engagement_id = e.id)
  UNION ALL SELECT 3::smallint, e.id FROM engagement e WHERE NOT EXISTS (SELECT FROM participant p WHERE p.engagement_id = e.id)
  UNION ALL SELECT 4::smallint, e.id FROM engagement e
   WHERE NOT EXISTS (SELECT FROM participant p WHERE p.engagement_id = e.id AND p.represents_id IS NOT NULL);
  DELETE FROM engagement_key_tally;
  DELETE FROM engagement_key_total;
  PERFORM accord_engagement_key_tally_recompute(array_agg(d), array_agg(k))
     FROM (SELECT DISTINCT 1::smallint, coalesce(country_id, '00000000-0000-0000-0000-000000000000') FROM engagement
           UNION SELECT DISTINCT 2::smallint, topic_id FROM engagement_topic
           UNION SELECT DISTINCT 3::smallint, actor_id FROM participant
           UNION SELECT DISTINCT 4::smallint, represents_id FROM participant WHERE represents_id IS NOT NULL
           UNION VALUES (2::smallint, '00000000-0000-0000-0000-000000000000'::uuid), (3::smallint, '00000000-0000-0000-0000-000000000000'::uuid),
             (4::smallint, '00000000-0000-0000-0000-000000000000'::uuid)) x(d, k);
END
$$;

CREATE FUNCTION accord_engagement_key_tally_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM accord_engagement_key_tally_rebuild();
  RETURN NULL;
END
$$;

CREATE TRIGGER engagement_key_tally_insert AFTER INSERT ON "engagement"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_engagement_key_tally_from_engagement();
CREATE TRIGGER engagement_key_tally_update AFTER UPDATE ON "engagement"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_engagement_key_tally_from_engagement();
CREATE TRIGGER engagement_key_tally_delete AFTER DELETE ON "engagement"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_engagement_key_tally_from_engagement();

CREATE TRIGGER engagement_key_tally_insert AFTER INSERT ON "participant"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_engagement_key_tally_from_participant();
CREATE TRIGGER engagement_key_tally_update AFTER UPDATE ON "participant"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_engagement_key_tally_from_participant();
CREATE TRIGGER engagement_key_tally_delete AFTER DELETE ON "participant"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_engagement_key_tally_from_participant();

CREATE TRIGGER engagement_key_tally_insert AFTER INSERT ON "engagement_topic"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_engagement_key_tally_from_topic();
CREATE TRIGGER engagement_key_tally_update AFTER UPDATE ON "engagement_topic"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_engagement_key_tally_from_topic();
CREATE TRIGGER engagement_key_tally_delete AFTER DELETE ON "engagement_topic"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_engagement_key_tally_from_topic();

CREATE TRIGGER engagement_key_tally_truncate AFTER TRUNCATE ON "engagement"
  FOR EACH STATEMENT EXECUTE FUNCTION accord_engagement_key_tally_after_truncate();
CREATE TRIGGER engagement_key_tally_truncate AFTER TRUNCATE ON "participant"
  FOR EACH STATEMENT EXECUTE FUNCTION accord_engagement_key_tally_after_truncate();
CREATE TRIGGER engagement_key_tally_truncate AFTER TRUNCATE ON "engagement_topic"
  FOR EACH STATEMENT EXECUTE FUNCTION accord_engagement_key_tally_after_truncate();

-- Compiled reads refuse what only the resolvers may answer (a grouping over its price) with this error,
-- which the compiled path hands back to the resolvers without calling it a failure.
CREATE FUNCTION accord_leave_to_resolvers(reason TEXT) RETURNS INTEGER LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%', reason USING ERRCODE = 'AR001';
END
$$;

SELECT accord_engagement_key_tally_rebuild();

ANALYZE "engagement_key_tally";
ANALYZE "engagement_key_total";
ANALYZE "engagement_key_none";
