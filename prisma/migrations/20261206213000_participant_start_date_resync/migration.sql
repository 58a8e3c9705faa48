-- Accord: a participant's copy of its engagement's start date (the actor timeline indexes, 20261127222741)
-- stays right when its engagement's date changes in another transaction at the same time. The copy is taken
-- by a BEFORE row trigger, which reads the date last committed; the engagement's own trigger updates the
-- participants it sees, not one still uncommitted. So a participant added while another transaction moved
-- its engagement's date kept the old date for good. After each statement the engagements of the rows
-- written are locked as the tallies lock them (waiting for such a transaction to end), and any copy then
-- out of date is written again.
CREATE FUNCTION accord_participant_start_date_resync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  es uuid[];
BEGIN
  SELECT array_agg(DISTINCT engagement_id) INTO es FROM new_rows;
  IF es IS NULL THEN
    RETURN NULL;
  END IF;
  PERFORM accord_engagement_key_lock(es);
  -- A new statement: it sees what the transaction waited for committed.
  IF EXISTS (SELECT FROM new_rows n JOIN engagement e ON e.id = n.engagement_id
              WHERE n.engagement_start_date <> e.start_date) THEN
    UPDATE participant p SET engagement_start_date = e.start_date
      FROM engagement e
     WHERE e.id = p.engagement_id AND p.id IN (SELECT id FROM new_rows) AND p.engagement_start_date <> e.start_date;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER participant_start_date_resync_insert AFTER INSERT ON "participant"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_participant_start_date_resync();
CREATE TRIGGER participant_start_date_resync_update AFTER UPDATE ON "participant"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_participant_start_date_resync();
