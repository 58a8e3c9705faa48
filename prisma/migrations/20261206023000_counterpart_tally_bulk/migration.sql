-- A statement that touches a large share of the participants (a bulk import, generated data) rebuilds the
-- whole tally in one set-based pass instead of recomputing each touched dyad on its own: 150,000
-- participants inserted at once took over 5 minutes dyad by dyad. Same locks as the TRUNCATE path.
CREATE OR REPLACE FUNCTION accord_counterpart_tally_touch(changed_engagements UUID[], changed_ids UUID[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM accord_engagement_key_lock(ARRAY(SELECT DISTINCT unnest(changed_engagements)));
  IF cardinality(changed_ids) > 1000
     AND cardinality(changed_ids) * 10 > (SELECT greatest(reltuples, 0) FROM pg_class WHERE oid = 'participant'::regclass) THEN
    PERFORM accord_counterpart_tally_rebuild();
    RETURN;
  END IF;
  PERFORM accord_counterpart_tally_recompute(array_agg(x), array_agg(c))
    FROM (SELECT DISTINCT ch.x, o.c
            FROM unnest(changed_engagements, changed_ids) AS ch(engagement_id, x)
            JOIN (SELECT p.engagement_id, v.c FROM participant p
                    CROSS JOIN LATERAL (VALUES (p.actor_id), (p.represents_id)) v(c)
                   WHERE p.engagement_id = ANY(changed_engagements) AND v.c IS NOT NULL
                  UNION SELECT * FROM unnest(changed_engagements, changed_ids)) o(engagement_id, c)
              ON o.engagement_id = ch.engagement_id
           WHERE ch.x IS NOT NULL AND o.c <> ch.x) d;
END
$$;
