-- Accord: a statement topic's copies of its statement's sort key (engagement start date, engagement, position;
-- 20261206000000) stay right when the statement or its engagement changes in another transaction at the
-- same time. The copies are taken by a BEFORE row trigger, which reads what was last committed; the
-- statement's and the engagement's own triggers update the topics they see, not one still uncommitted. So a
-- topic added while another transaction moved its statement, or re-dated its engagement, kept the old key
-- for good. After each statement the tallies' locks are taken (engagements by id, then statements by id, FOR
-- SHARE: waiting for such a transaction to end), then the engagements of statements moved meanwhile, and any
-- copy then out of date is written again.
CREATE FUNCTION accord_statement_topic_order_resync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  statements uuid[];
  engagements uuid[];
  moved uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT statement_id) INTO statements FROM new_rows;
  ELSE
    -- The statements the tally locks: those left too.
    SELECT array_agg(DISTINCT statement_id) INTO statements
      FROM (SELECT statement_id FROM old_rows UNION SELECT statement_id FROM new_rows) u;
  END IF;
  IF statements IS NULL THEN
    RETURN NULL;
  END IF;
  SELECT array_agg(DISTINCT engagement_id) INTO engagements FROM statement WHERE id = ANY(statements);
  PERFORM accord_statement_tally_lock(engagements, statements);
  -- A statement a transaction waited for above moved to another engagement: locked now, after the statements
  -- (the statement's lock keeps it there). Only after a move, so the tallies' order holds otherwise.
  SELECT array_agg(DISTINCT engagement_id) INTO moved FROM statement
   WHERE id = ANY(statements) AND engagement_id <> ALL(engagements);
  IF moved IS NOT NULL THEN
    PERFORM accord_statement_tally_lock(moved, NULL);
  END IF;
  -- A new statement: it sees what the transaction waited for committed. No UPDATE when nothing is stale
  -- (an UPDATE of no rows would still run the tallies' statement triggers).
  IF EXISTS (SELECT FROM new_rows n JOIN statement s ON s.id = n.statement_id JOIN engagement e ON e.id = s.engagement_id
              WHERE (n.engagement_start_date, n.engagement_id, n.statement_position)
                    IS DISTINCT FROM (e.start_date, s.engagement_id, s.position)) THEN
    UPDATE statement_topic t
       SET engagement_start_date = e.start_date, engagement_id = s.engagement_id, statement_position = s.position
      FROM statement s JOIN engagement e ON e.id = s.engagement_id
     WHERE s.id = t.statement_id AND (t.statement_id, t.topic_id) IN (SELECT statement_id, topic_id FROM new_rows)
       AND (t.engagement_start_date, t.engagement_id, t.statement_position)
           IS DISTINCT FROM (e.start_date, s.engagement_id, s.position);
  END IF;
  RETURN NULL;
END
$$;

-- Named to run before statement_tally_insert/_update (same-event triggers run in name order): every row lock
-- is then taken before the tallies' advisory locks, and the tallies count the statements where they now stay.
CREATE TRIGGER statement_sort_key_resync_insert AFTER INSERT ON "statement_topic"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_statement_topic_order_resync();
CREATE TRIGGER statement_sort_key_resync_update AFTER UPDATE ON "statement_topic"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_statement_topic_order_resync();
