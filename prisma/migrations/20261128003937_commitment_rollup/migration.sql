-- Accord: commitmentTotals' common shape (filters and groups on currency, committer and status only) read
-- from sums kept per (currency, committer, status) instead of aggregating every commitment. Triggers keep
-- the sums exact for every writer (API, importer, seed, raw SQL); the application never writes them.

-- A group key is never null: an amount always comes with its currency (as the API and importer require).
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_amount_has_currency"
  CHECK ("amount" IS NULL OR "currency" IS NOT NULL);

-- CreateTable
CREATE TABLE "commitment_rollup" (
    "currency" CHAR(3) NOT NULL,
    "committer_id" UUID NOT NULL,
    "status" "CommitmentStatus" NOT NULL,
    "total" DECIMAL NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "commitment_rollup_pkey" PRIMARY KEY ("currency","committer_id","status")
);

-- Recomputes the given groups from the commitment table (delete their rows, insert fresh sums; a group
-- with no commitment left gets no row). Recomputing rather than adding deltas makes the result
-- independent of the order in which foreign-key cascades and these triggers fire.
CREATE FUNCTION accord_commitment_rollup_recompute(currencies CHAR(3)[], committers UUID[], statuses "CommitmentStatus"[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  bucket integer;
BEGIN
  IF currencies IS NULL THEN
    RETURN;
  END IF;
  -- Writers of the same group queue here; under READ COMMITTED each statement below then takes a new
  -- snapshot that sees what the previous holder committed. Keys hash to 1024 buckets so a bulk write
  -- holds at most 1024 locks (PostgreSQL's shared lock table is small); taken in order, no deadlock.
  FOR bucket IN
    SELECT DISTINCT hashtext(format('%s %s %s', k.currency, k.committer_id, k.status)) & 1023
      FROM unnest(currencies, committers, statuses) AS k(currency, committer_id, status) ORDER BY 1
  LOOP
    PERFORM pg_advisory_xact_lock(hashtext('commitment_rollup'), bucket);
  END LOOP;

  DELETE FROM commitment_rollup r
   USING unnest(currencies, committers, statuses) AS k(currency, committer_id, status)
   WHERE r.currency = k.currency AND r.committer_id = k.committer_id AND r.status = k.status;

  INSERT INTO commitment_rollup (currency, committer_id, status, total, count)
  SELECT c.currency, c.committer_id, c.status, sum(c.amount), count(*)
    FROM (SELECT DISTINCT * FROM unnest(currencies, committers, statuses)) AS k(currency, committer_id, status)
    JOIN commitment c ON c.currency = k.currency AND c.committer_id = k.committer_id AND c.status = k.status
   WHERE c.amount IS NOT NULL
     AND NOT EXISTS (SELECT FROM commitment_link l WHERE l.to_id = c.id AND l.kind = 'SUPERSEDES')
   GROUP BY c.currency, c.committer_id, c.status;
END
$$;

-- Commitments written by one statement: the groups they left and the groups they joined.
CREATE FUNCTION accord_commitment_rollup_from_commitment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM accord_commitment_rollup_recompute(array_agg(currency), array_agg(committer_id), array_agg(status))
       FROM (SELECT DISTINCT currency, committer_id, status FROM new_rows WHERE amount IS NOT NULL) k;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM accord_commitment_rollup_recompute(array_agg(currency), array_agg(committer_id), array_agg(status))
       FROM (SELECT DISTINCT currency, committer_id, status FROM old_rows WHERE amount IS NOT NULL) k;
  ELSE
    -- Only rows whose amount or group changed: editing a description leaves the sums alone.
    PERFORM accord_commitment_rollup_recompute(array_agg(currency), array_agg(committer_id), array_agg(status))
       FROM (SELECT o.currency, o.committer_id, o.status FROM old_rows o
              WHERE o.amount IS NOT NULL AND NOT EXISTS (SELECT FROM new_rows n WHERE n.id = o.id
                AND (n.amount, n.currency, n.committer_id, n.status) IS NOT DISTINCT FROM (o.amount, o.currency, o.committer_id, o.status))
             UNION
             SELECT n.currency, n.committer_id, n.status FROM new_rows n
              WHERE n.amount IS NOT NULL AND NOT EXISTS (SELECT FROM old_rows o WHERE o.id = n.id
                AND (o.amount, o.currency, o.committer_id, o.status) IS NOT DISTINCT FROM (n.amount, n.currency, n.committer_id, n.status))) k;
  END IF;
  RETURN NULL;
END
$$;

-- SUPERSEDES links written by one statement: the groups of the commitments they point to.
CREATE FUNCTION accord_commitment_rollup_from_link() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  superseded UUID[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    superseded := ARRAY(SELECT to_id FROM new_rows WHERE kind = 'SUPERSEDES');
  ELSIF TG_OP = 'DELETE' THEN
    superseded := ARRAY(SELECT to_id FROM old_rows WHERE kind = 'SUPERSEDES');
  ELSE
    superseded := ARRAY(SELECT to_id FROM old_rows WHERE kind = 'SUPERSEDES'
                        UNION SELECT to_id FROM new_rows WHERE kind = 'SUPERSEDES');
  END IF;
  IF cardinality(superseded) = 0 THEN
    RETURN NULL;
  END IF;
  -- Waits for a concurrent change of these commitments to commit, so the next statement reads their current group.
  PERFORM FROM commitment WHERE id = ANY(superseded) ORDER BY id FOR SHARE;
  PERFORM accord_commitment_rollup_recompute(array_agg(currency), array_agg(committer_id), array_agg(status))
     FROM (SELECT DISTINCT currency, committer_id, status FROM commitment WHERE id = ANY(superseded) AND amount IS NOT NULL) k;
  RETURN NULL;
END
$$;

-- TRUNCATE has no transition tables: recompute every group there is, or was.
CREATE FUNCTION accord_commitment_rollup_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM accord_commitment_rollup_recompute(array_agg(currency), array_agg(committer_id), array_agg(status))
     FROM (SELECT currency, committer_id, status FROM commitment_rollup
           UNION SELECT currency, committer_id, status FROM commitment WHERE amount IS NOT NULL) k;
  RETURN NULL;
END
$$;

-- Statement-level: a bulk INSERT … SELECT recomputes each group it touches once. PostgreSQL allows
-- transition tables only on single-event triggers, hence one trigger per event.
CREATE TRIGGER commitment_rollup_insert AFTER INSERT ON "commitment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_commitment_rollup_from_commitment();
CREATE TRIGGER commitment_rollup_update AFTER UPDATE ON "commitment"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_commitment_rollup_from_commitment();
CREATE TRIGGER commitment_rollup_delete AFTER DELETE ON "commitment"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_commitment_rollup_from_commitment();
CREATE TRIGGER commitment_rollup_truncate AFTER TRUNCATE ON "commitment"
  FOR EACH STATEMENT EXECUTE FUNCTION accord_commitment_rollup_after_truncate();

CREATE TRIGGER commitment_link_rollup_insert AFTER INSERT ON "commitment_link"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_commitment_rollup_from_link();
CREATE TRIGGER commitment_link_rollup_update AFTER UPDATE ON "commitment_link"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_commitment_rollup_from_link();
CREATE TRIGGER commitment_link_rollup_delete AFTER DELETE ON "commitment_link"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_commitment_rollup_from_link();
CREATE TRIGGER commitment_link_rollup_truncate AFTER TRUNCATE ON "commitment_link"
  FOR EACH STATEMENT EXECUTE FUNCTION accord_commitment_rollup_after_truncate();

-- Backfill: every group of the existing commitments, through the same recompute the triggers use.
SELECT accord_commitment_rollup_recompute(array_agg(currency), array_agg(committer_id), array_agg(status))
  FROM (SELECT DISTINCT currency, committer_id, status FROM commitment WHERE amount IS NOT NULL) k;

ANALYZE "commitment_rollup";
