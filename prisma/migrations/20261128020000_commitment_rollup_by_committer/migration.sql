-- Accord: the totals by committer (and currency), the commonest question, from a table with one row per
-- answer row. commitment_rollup has up to one row per status under each of them, so summing it grew with
-- the data until every (currency, committer, status) existed (2,400 rows at 10,000 engagements, 6,250 at
-- 300,000, for the same 1,250 answer rows). Kept by the same recompute as commitment_rollup.

-- CreateTable
CREATE TABLE "commitment_rollup_committer" (
    "currency" CHAR(3) NOT NULL,
    "committer_id" UUID NOT NULL,
    "total" DECIMAL NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "commitment_rollup_committer_pkey" PRIMARY KEY ("currency","committer_id")
);

-- Recomputes the given (currency, committer, status) groups, then their (currency, committer) sums from
-- them. The lock now covers a (currency, committer) pair, statuses included: two writers changing two
-- statuses of one committer would otherwise both rewrite its sum.
CREATE OR REPLACE FUNCTION accord_commitment_rollup_recompute(currencies CHAR(3)[], committers UUID[], statuses "CommitmentStatus"[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  bucket integer;
BEGIN
  IF currencies IS NULL THEN
    RETURN;
  END IF;
  -- Writers of the same pair queue here; under READ COMMITTED each statement below then takes a new
  -- snapshot that sees what the previous holder committed. Keys hash to 1024 buckets so a bulk write
  -- holds at most 1024 locks (PostgreSQL's shared lock table is small); taken in order, no deadlock.
  FOR bucket IN
    SELECT DISTINCT hashtext(format('%s %s', k.currency, k.committer_id)) & 1023
      FROM unnest(currencies, committers) AS k(currency, committer_id) ORDER BY 1
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

  DELETE FROM commitment_rollup_committer r
   USING unnest(currencies, committers) AS k(currency, committer_id)
   WHERE r.currency = k.currency AND r.committer_id = k.committer_id;

  INSERT INTO commitment_rollup_committer (currency, committer_id, total, count)
  SELECT r.currency, r.committer_id, sum(r.total), sum(r.count)
    FROM (SELECT DISTINCT * FROM unnest(currencies, committers)) AS k(currency, committer_id)
    JOIN commitment_rollup r ON r.currency = k.currency AND r.committer_id = k.committer_id
   GROUP BY r.currency, r.committer_id;
END
$$;

-- Backfill from the finer sums.
INSERT INTO commitment_rollup_committer (currency, committer_id, total, count)
SELECT currency, committer_id, sum(total), sum(count) FROM commitment_rollup GROUP BY currency, committer_id;

ANALYZE "commitment_rollup_committer";
