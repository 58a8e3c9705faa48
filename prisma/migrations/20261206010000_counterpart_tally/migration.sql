-- Accord: counterparts ranked from counts kept per dyad instead of walking every participant of every
-- engagement of the actor (a state's ranking took 0.26–1.4 s at 100,000 engagements). Two actors a and b
-- met in an engagement when each is a participant's actor or represented actor there and no one row holds
-- both (a minister and the state they represent do not meet): the rule of counterparts without
-- `representing:` or a filter, symmetric, so each dyad is kept in both directions. Triggers keep it exact
-- for every writer, as engagement_key_tally; the application never writes it.

CREATE TABLE "counterpart_tally" (
    "actor_id" UUID NOT NULL,
    "counterpart_id" UUID NOT NULL,
    "count" INTEGER NOT NULL,
    "first_key" INTEGER NOT NULL,
    "last_key" INTEGER NOT NULL,

    CONSTRAINT "counterpart_tally_pkey" PRIMARY KEY ("actor_id","counterpart_id")
);

-- The ranking's order: a page of counterparts is the first rows of the actor's slice.
CREATE INDEX "counterpart_tally_actor_id_count_counterpart_id_idx" ON "counterpart_tally"("actor_id", "count" DESC, "counterpart_id");

-- Recomputes the dyads {xs[i], cs[i]} from the base tables (both directions deleted, counted, inserted).
CREATE FUNCTION accord_counterpart_tally_recompute(xs UUID[], cs UUID[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  bucket integer;
BEGIN
  IF xs IS NULL THEN
    RETURN;
  END IF;
  -- Writers of the same dyad queue here (then each statement below sees what the previous holder
  -- committed, under READ COMMITTED); buckets taken in order: no deadlock between them.
  FOR bucket IN
    SELECT DISTINCT hashtext(least(x, c)::text || greatest(x, c)::text) & 1023
      FROM unnest(xs, cs) AS u(x, c) WHERE x IS NOT NULL AND c IS NOT NULL AND x <> c ORDER BY 1
  LOOP
    PERFORM pg_advisory_xact_lock(hashtext('counterpart_tally'), bucket);
  END LOOP;

  DELETE FROM counterpart_tally t
   USING (SELECT x, c FROM unnest(xs, cs) AS u(x, c) UNION ALL SELECT c, x FROM unnest(xs, cs) AS u(x, c)) d(x, c)
   WHERE t.actor_id = d.x AND t.counterpart_id = d.c;

  -- a's engagements (as actor or represented) that b is in too, without one row holding both.
  INSERT INTO counterpart_tally (actor_id, counterpart_id, count, first_key, last_key)
  WITH dyads AS (
    SELECT DISTINCT least(x, c) AS a, greatest(x, c) AS b FROM unnest(xs, cs) AS u(x, c)
     WHERE x IS NOT NULL AND c IS NOT NULL AND x <> c
  ), met AS (
    SELECT d.a, d.b, ea.engagement_id
      FROM dyads d
      CROSS JOIN LATERAL (SELECT p.engagement_id FROM participant p WHERE p.actor_id = d.a
                          UNION SELECT p.engagement_id FROM participant p WHERE p.represents_id = d.a) ea
     WHERE EXISTS (SELECT FROM participant q WHERE q.engagement_id = ea.engagement_id AND (q.actor_id = d.b OR q.represents_id = d.b))
       AND NOT EXISTS (SELECT FROM participant w WHERE w.engagement_id = ea.engagement_id
                        AND ((w.actor_id = d.a AND w.represents_id = d.b) OR (w.actor_id = d.b AND w.represents_id = d.a)))
  ), counted AS (
    SELECT m.a, m.b, count(*)::int AS n,
           min((e.start_date - DATE '0001-01-01') * 4 + CASE e.start_precision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END) AS first_key,
           max((e.start_date - DATE '0001-01-01') * 4 + CASE e.start_precision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END) AS last_key
      FROM met m JOIN engagement e ON e.id = m.engagement_id
     GROUP BY m.a, m.b
  )
  SELECT a, b, n, first_key, last_key FROM counted
  UNION ALL SELECT b, a, n, first_key, last_key FROM counted;
END
$$;

-- The dyads a change of the given ids in the given engagements can alter: each changed id with every
-- id now in the same engagement or changed there (ids of rows not changed keep their dyads among themselves).
CREATE FUNCTION accord_counterpart_tally_touch(changed_engagements UUID[], changed_ids UUID[])
RETURNS void LANGUAGE sql AS $$
  SELECT accord_engagement_key_lock(ARRAY(SELECT DISTINCT unnest(changed_engagements)));
  SELECT accord_counterpart_tally_recompute(array_agg(x), array_agg(c))
    FROM (SELECT DISTINCT ch.x, o.c
            FROM unnest(changed_engagements, changed_ids) AS ch(engagement_id, x)
            JOIN (SELECT p.engagement_id, v.c FROM participant p
                    CROSS JOIN LATERAL (VALUES (p.actor_id), (p.represents_id)) v(c)
                   WHERE p.engagement_id = ANY(changed_engagements) AND v.c IS NOT NULL
                  UNION SELECT * FROM unnest(changed_engagements, changed_ids)) o(engagement_id, c)
              ON o.engagement_id = ch.engagement_id
           WHERE ch.x IS NOT NULL AND o.c <> ch.x) d;
$$;

CREATE FUNCTION accord_counterpart_tally_from_participant() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  es uuid[];
  ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(r.engagement_id), array_agg(v.x) INTO es, ids
      FROM new_rows r CROSS JOIN LATERAL (VALUES (r.actor_id), (r.represents_id)) v(x) WHERE v.x IS NOT NULL;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(r.engagement_id), array_agg(v.x) INTO es, ids
      FROM old_rows r CROSS JOIN LATERAL (VALUES (r.actor_id), (r.represents_id)) v(x) WHERE v.x IS NOT NULL;
  ELSE
    -- Only rows whose engagement, actor or represented actor changed: a new title leaves the dyads alone.
    SELECT array_agg(r.engagement_id), array_agg(v.x) INTO es, ids
      FROM (SELECT o.engagement_id, o.actor_id, o.represents_id FROM old_rows o JOIN new_rows n ON n.id = o.id
             WHERE (o.engagement_id, o.actor_id, o.represents_id) IS DISTINCT FROM (n.engagement_id, n.actor_id, n.represents_id)
            UNION ALL
            SELECT n.engagement_id, n.actor_id, n.represents_id FROM old_rows o JOIN new_rows n ON n.id = o.id
             WHERE (o.engagement_id, o.actor_id, o.represents_id) IS DISTINCT FROM (n.engagement_id, n.actor_id, n.represents_id)) r
      CROSS JOIN LATERAL (VALUES (r.actor_id), (r.represents_id)) v(x) WHERE v.x IS NOT NULL;
  END IF;
  IF es IS NOT NULL THEN
    PERFORM accord_counterpart_tally_touch(es, ids);
  END IF;
  RETURN NULL;
END
$$;

-- A new start date moves the first and last dates of every dyad of the engagement.
CREATE FUNCTION accord_counterpart_tally_from_engagement() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  es uuid[];
  ids uuid[];
BEGIN
  SELECT array_agg(p.engagement_id), array_agg(v.x) INTO es, ids
    FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN participant p ON p.engagement_id = n.id
    CROSS JOIN LATERAL (VALUES (p.actor_id), (p.represents_id)) v(x)
   WHERE (o.start_date, o.start_precision) IS DISTINCT FROM (n.start_date, n.start_precision) AND v.x IS NOT NULL;
  IF es IS NOT NULL THEN
    PERFORM accord_counterpart_tally_touch(es, ids);
  END IF;
  RETURN NULL;
END
$$;

-- Rebuilds every dyad (the backfill, and after a TRUNCATE, which has no transition tables): one pass
-- over all engagements' ids, not one recompute per dyad.
CREATE FUNCTION accord_counterpart_tally_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('counterpart_tally'), bucket) FROM generate_series(0, 1023) bucket;
  DELETE FROM counterpart_tally;
  INSERT INTO counterpart_tally (actor_id, counterpart_id, count, first_key, last_key)
  WITH ids AS (
    SELECT DISTINCT p.engagement_id, v.x FROM participant p
     CROSS JOIN LATERAL (VALUES (p.actor_id), (p.represents_id)) v(x) WHERE v.x IS NOT NULL
  ), pairs AS (
    SELECT a.engagement_id, a.x, b.x AS c FROM ids a JOIN ids b ON b.engagement_id = a.engagement_id AND b.x <> a.x
    EXCEPT SELECT engagement_id, actor_id, represents_id FROM participant WHERE represents_id IS NOT NULL
    EXCEPT SELECT engagement_id, represents_id, actor_id FROM participant WHERE represents_id IS NOT NULL
  )
  SELECT r.x, r.c, count(*)::int,
         min((e.start_date - DATE '0001-01-01') * 4 + CASE e.start_precision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END),
         max((e.start_date - DATE '0001-01-01') * 4 + CASE e.start_precision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END)
    FROM pairs r JOIN engagement e ON e.id = r.engagement_id
   GROUP BY r.x, r.c;
END
$$;

CREATE FUNCTION accord_counterpart_tally_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM accord_counterpart_tally_rebuild();
  RETURN NULL;
END
$$;

CREATE TRIGGER counterpart_tally_insert AFTER INSERT ON "participant"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_counterpart_tally_from_participant();
CREATE TRIGGER counterpart_tally_update AFTER UPDATE ON "participant"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_counterpart_tally_from_participant();
CREATE TRIGGER counterpart_tally_delete AFTER DELETE ON "participant"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_counterpart_tally_from_participant();
CREATE TRIGGER counterpart_tally_update AFTER UPDATE ON "engagement"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_counterpart_tally_from_engagement();
CREATE TRIGGER counterpart_tally_truncate AFTER TRUNCATE ON "participant"
  FOR EACH STATEMENT EXECUTE FUNCTION accord_counterpart_tally_after_truncate();
CREATE TRIGGER counterpart_tally_truncate AFTER TRUNCATE ON "engagement"
  FOR EACH STATEMENT EXECUTE FUNCTION accord_counterpart_tally_after_truncate();

SET LOCAL work_mem = '64MB';
SELECT accord_counterpart_tally_rebuild();

ANALYZE "counterpart_tally";
