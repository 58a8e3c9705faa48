-- Accord: counterpart_tally applies what a statement changed instead of recomputing every dyad it touches.
-- Adding the delegates of one large engagement made every pair of them a dyad to recompute, each
-- intersecting both actors' whole timelines (n² recomputes). Now the engagements' dyads are counted before
-- and after the change, set-based from the participant rows and the transition tables, and the difference
-- is added to the tally in one upsert. A dyad's first or last date that a removed meeting may have held
-- is recomputed from the base tables as before; the same locks (engagements, then dyad buckets in order).

-- The dyads of engagements `es` before and after a change: `added` participant rows are new, the `gone_*`
-- rows (engagement, actor, represents) are removed ones, `redated` engagements had `old_keys` as date key.
CREATE FUNCTION accord_counterpart_tally_apply(es UUID[], added UUID[], gone_e UUID[], gone_a UUID[], gone_r UUID[],
  redated UUID[], old_keys INTEGER[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  pair_x uuid[]; pair_c uuid[]; n_added int[]; added_first int[]; added_last int[];
  n_removed int[]; removed_first int[]; removed_last int[]; removed_unknown boolean[];
  sx uuid[]; sc uuid[]; zx uuid[]; zc uuid[];
  bucket integer;
BEGIN
  IF es IS NULL THEN
    RETURN;
  END IF;
  PERFORM accord_engagement_key_lock(ARRAY(SELECT DISTINCT unnest(es)));

  WITH now_rows AS (
    SELECT p.id, p.engagement_id AS e, p.actor_id AS a, p.represents_id AS r FROM participant p WHERE p.engagement_id = ANY(es)
  ), before_rows AS (
    SELECT n.e, n.a, n.r FROM now_rows n LEFT JOIN unnest(added) ad(id) ON ad.id = n.id WHERE ad.id IS NULL
    UNION ALL SELECT * FROM unnest(gone_e, gone_a, gone_r)
  ), keys AS (
    -- The date key as dateKeySql; before: a re-date's old one, or NULL for an engagement deleted since.
    SELECT u.id, k.now_key, coalesce(o.k, k.now_key) AS before_key
      FROM (SELECT DISTINCT unnest(es) AS id) u
      LEFT JOIN engagement e ON e.id = u.id
      CROSS JOIN LATERAL (SELECT (e.start_date - DATE '0001-01-01') * 4
        + CASE e.start_precision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END AS now_key) k
      LEFT JOIN unnest(redated, old_keys) o(id, k) ON o.id = u.id
  ), after_ids AS (
    SELECT DISTINCT n.e, v.x FROM now_rows n CROSS JOIN LATERAL (VALUES (n.a), (n.r)) v(x) WHERE v.x IS NOT NULL
  ), before_ids AS (
    SELECT DISTINCT b.e, v.x FROM before_rows b CROSS JOIN LATERAL (VALUES (b.a), (b.r)) v(x) WHERE v.x IS NOT NULL
  ), after_pairs AS (
    -- Two ids met when both are in the engagement and no one row holds both (a minister and their state).
    SELECT i.e, i.x, j.x AS c FROM after_ids i JOIN after_ids j ON j.e = i.e AND j.x <> i.x
    EXCEPT SELECT e, a, r FROM now_rows WHERE r IS NOT NULL
    EXCEPT SELECT e, r, a FROM now_rows WHERE r IS NOT NULL
  ), before_pairs AS (
    SELECT i.e, i.x, j.x AS c FROM before_ids i JOIN before_ids j ON j.e = i.e AND j.x <> i.x
    EXCEPT SELECT e, a, r FROM before_rows WHERE r IS NOT NULL
    EXCEPT SELECT e, r, a FROM before_rows WHERE r IS NOT NULL
  ), changes AS (
    SELECT x, c, 1 AS an, key AS akey, 0 AS rn, NULL::int AS rkey, false AS unknown
      FROM (SELECT p.e, p.x, p.c, k.now_key AS key FROM after_pairs p JOIN keys k ON k.id = p.e
            EXCEPT SELECT p.e, p.x, p.c, k.before_key FROM before_pairs p JOIN keys k ON k.id = p.e) a
    UNION ALL
    SELECT x, c, 0, NULL, 1, key, key IS NULL
      FROM (SELECT p.e, p.x, p.c, k.before_key AS key FROM before_pairs p JOIN keys k ON k.id = p.e
            EXCEPT SELECT p.e, p.x, p.c, k.now_key FROM after_pairs p JOIN keys k ON k.id = p.e) r
  )
  -- One pass: the arrays line up. No order needed: the buckets below keep two writers off the same rows.
  SELECT array_agg(x), array_agg(c), array_agg(n_a), array_agg(min_a), array_agg(max_a), array_agg(n_r),
         array_agg(min_r), array_agg(max_r), array_agg(unk)
    INTO pair_x, pair_c, n_added, added_first, added_last, n_removed, removed_first, removed_last, removed_unknown
    FROM (SELECT x, c, sum(an)::int AS n_a, min(akey) AS min_a, max(akey) AS max_a, sum(rn)::int AS n_r,
                 min(rkey) AS min_r, max(rkey) AS max_r, bool_or(unknown) AS unk
            FROM changes GROUP BY x, c) g;
  IF pair_x IS NULL THEN
    RETURN;
  END IF;

  -- Writers of the same dyad queue here, as in accord_counterpart_tally_recompute (same buckets, in order).
  FOR bucket IN
    SELECT DISTINCT hashtext(least(x, c)::text || greatest(x, c)::text) & 1023 FROM unnest(pair_x, pair_c) AS u(x, c) ORDER BY 1
  LOOP
    PERFORM pg_advisory_xact_lock(hashtext('counterpart_tally'), bucket);
  END LOOP;

  -- A dyad whose meetings now are all added ones takes their dates; otherwise the dates widen to the added
  -- ones, and a removed meeting holding the first or last date (or of an engagement gone) leaves it stale.
  WITH upd AS (
    UPDATE counterpart_tally t
       SET count = t.count + d.an - d.rn,
           first_key = CASE WHEN t.count = d.rn AND d.an > 0 THEN d.amin ELSE least(t.first_key, d.amin) END,
           last_key = CASE WHEN t.count = d.rn AND d.an > 0 THEN d.amax ELSE greatest(t.last_key, d.amax) END
      FROM unnest(pair_x, pair_c, n_added, added_first, added_last, n_removed, removed_first, removed_last, removed_unknown)
           AS d(x, c, an, amin, amax, rn, rmin, rmax, unknown)
     WHERE t.actor_id = d.x AND t.counterpart_id = d.c
    RETURNING t.actor_id, t.counterpart_id, t.count,
              t.count > 0 AND d.rn > 0 AND t.count <> d.an
                AND (d.unknown OR d.rmin <= t.first_key OR d.rmax >= t.last_key) AS stale
  )
  SELECT array_agg(actor_id) FILTER (WHERE stale), array_agg(counterpart_id) FILTER (WHERE stale),
         array_agg(actor_id) FILTER (WHERE count <= 0), array_agg(counterpart_id) FILTER (WHERE count <= 0)
    INTO sx, sc, zx, zc FROM upd;
  -- New dyads; the ones just updated are there already (no other writer: the buckets).
  INSERT INTO counterpart_tally (actor_id, counterpart_id, count, first_key, last_key)
  SELECT d.x, d.c, d.an - d.rn, d.amin, d.amax
    FROM unnest(pair_x, pair_c, n_added, added_first, added_last, n_removed) AS d(x, c, an, amin, amax, rn)
   WHERE d.an > d.rn
  ON CONFLICT (actor_id, counterpart_id) DO NOTHING;

  DELETE FROM counterpart_tally t USING unnest(zx, zc) AS z(x, c) WHERE t.actor_id = z.x AND t.counterpart_id = z.c;
  PERFORM accord_counterpart_tally_recompute(sx, sc);
END
$$;

-- A statement that touches a large share of the participants (a bulk import) still rebuilds the whole
-- tally in one pass (20261206023000).
CREATE FUNCTION accord_counterpart_tally_is_bulk(changed integer) RETURNS boolean LANGUAGE sql AS $$
  SELECT changed > 1000 AND changed * 10 > (SELECT greatest(reltuples, 0) FROM pg_class WHERE oid = 'participant'::regclass);
$$;

CREATE OR REPLACE FUNCTION accord_counterpart_tally_from_participant() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  es uuid[];
  added uuid[];
  ge uuid[]; ga uuid[]; gr uuid[];
  changed integer;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT engagement_id), array_agg(id), count(*) INTO es, added, changed FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT engagement_id), array_agg(engagement_id), array_agg(actor_id), array_agg(represents_id), count(*)
      INTO es, ge, ga, gr, changed FROM old_rows;
  ELSE
    -- Only rows whose engagement, actor or represented actor changed: a new title leaves the dyads alone.
    SELECT array_agg(o.id), array_agg(o.engagement_id), array_agg(o.actor_id), array_agg(o.represents_id), count(*)
      INTO added, ge, ga, gr, changed
      FROM old_rows o JOIN new_rows n ON n.id = o.id
     WHERE (o.engagement_id, o.actor_id, o.represents_id) IS DISTINCT FROM (n.engagement_id, n.actor_id, n.represents_id);
    SELECT array_agg(DISTINCT e) INTO es
      FROM (SELECT unnest(ge) UNION SELECT n.engagement_id FROM new_rows n WHERE n.id = ANY(added)) u(e);
  END IF;
  IF es IS NULL THEN
    RETURN NULL;
  END IF;
  IF accord_counterpart_tally_is_bulk(changed) THEN
    PERFORM accord_engagement_key_lock(es);
    PERFORM accord_counterpart_tally_rebuild();
  ELSE
    PERFORM accord_counterpart_tally_apply(es, added, ge, ga, gr, NULL, NULL);
  END IF;
  RETURN NULL;
END
$$;

-- A new start date moves the first and last dates of every dyad of the engagement.
CREATE OR REPLACE FUNCTION accord_counterpart_tally_from_engagement() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  es uuid[];
  old_keys int[];
  changed integer;
BEGIN
  SELECT array_agg(n.id), array_agg((o.start_date - DATE '0001-01-01') * 4
           + CASE o.start_precision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END)
    INTO es, old_keys
    FROM old_rows o JOIN new_rows n ON n.id = o.id
   WHERE (o.start_date, o.start_precision) IS DISTINCT FROM (n.start_date, n.start_precision)
     AND EXISTS (SELECT FROM participant p WHERE p.engagement_id = n.id);
  IF es IS NULL THEN
    RETURN NULL;
  END IF;
  SELECT count(*) INTO changed FROM participant WHERE engagement_id = ANY(es);
  IF accord_counterpart_tally_is_bulk(changed) THEN
    PERFORM accord_engagement_key_lock(es);
    PERFORM accord_counterpart_tally_rebuild();
  ELSE
    PERFORM accord_counterpart_tally_apply(es, NULL, NULL, NULL, NULL, es, old_keys);
  END IF;
  RETURN NULL;
END
$$;
