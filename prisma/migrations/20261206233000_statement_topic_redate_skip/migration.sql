-- Accord: an engagement re-date updated its statements' topics even when none was to change (most statements
-- have no topic), and an UPDATE of no rows still runs statement_topic's statement-level triggers: the topic
-- tally then recomputed the no-topic group, every statement without a topic, on every re-date. Now the
-- re-date writes only copies that differ, and no UPDATE at all when none does; the topic tally returns
-- at once when its transition tables are empty.
CREATE OR REPLACE FUNCTION accord_engagement_start_date_to_statement_topics() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT FROM statement s JOIN statement_topic t ON t.statement_id = s.id
              WHERE s.engagement_id = NEW.id AND t.engagement_start_date IS DISTINCT FROM NEW.start_date) THEN
    UPDATE statement_topic SET engagement_start_date = NEW.start_date
     WHERE statement_id IN (SELECT s.id FROM statement s WHERE s.engagement_id = NEW.id)
       AND engagement_start_date IS DISTINCT FROM NEW.start_date;
  END IF;
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION accord_statement_tally_from_topic() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT statement_id) INTO ids FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT statement_id) INTO ids FROM old_rows;
  ELSE
    SELECT array_agg(DISTINCT statement_id) INTO ids
      FROM (SELECT statement_id FROM old_rows UNION SELECT statement_id FROM new_rows) u;
  END IF;
  -- No row changed: no group changed either.
  IF ids IS NULL THEN
    RETURN NULL;
  END IF;
  PERFORM accord_statement_tally_lock(array_agg(DISTINCT engagement_id), ids) FROM statement WHERE id = ANY(ids);
  PERFORM accord_statement_key_none_refresh(ids);
  IF TG_OP = 'INSERT' THEN
    PERFORM accord_statement_key_recompute(array_agg(d), array_agg(k))
       FROM (SELECT 2::smallint, topic_id FROM new_rows UNION VALUES (2::smallint, '00000000-0000-0000-0000-000000000000'::uuid)) x(d, k);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM accord_statement_key_recompute(array_agg(d), array_agg(k))
       FROM (SELECT 2::smallint, topic_id FROM old_rows UNION VALUES (2::smallint, '00000000-0000-0000-0000-000000000000'::uuid)) x(d, k);
  ELSE
    PERFORM accord_statement_key_recompute(array_agg(d), array_agg(k))
       FROM (SELECT 2::smallint, topic_id FROM old_rows UNION SELECT 2::smallint, topic_id FROM new_rows
             UNION VALUES (2::smallint, '00000000-0000-0000-0000-000000000000'::uuid)) x(d, k);
  END IF;
  RETURN NULL;
END
$$;
