-- Accord: totals count each promise once. Before, a PART_OF child was added on top of its parent, so a
-- package split into parts counted twice. Now a commitment is left out when another SUPERSEDES it, when
-- it RESTATES another (the restated one counts), or when it is a part (at any depth) of a whole that
-- carries an amount (the whole counts; when only the parts carry amounts, the parts count).

-- The one statement of that rule: every commitment totals leave out. Read as a hashed set (`id NOT IN`)
-- by the totals over the commitment table and by the summary tables' recompute.
CREATE FUNCTION accord_commitment_uncounted() RETURNS SETOF uuid LANGUAGE sql STABLE AS $$
  WITH RECURSIVE covered(id) AS (
    SELECT l.from_id FROM commitment_link l JOIN commitment w ON w.id = l.to_id
     WHERE l.kind = 'PART_OF' AND w.amount IS NOT NULL
    UNION
    SELECT l.from_id FROM commitment_link l JOIN covered c ON l.to_id = c.id WHERE l.kind = 'PART_OF'
  )
  SELECT to_id FROM commitment_link WHERE kind = 'SUPERSEDES'
  UNION SELECT from_id FROM commitment_link WHERE kind = 'RESTATES'
  UNION SELECT id FROM covered
$$;

-- The given commitments and every part below them (parts of parts): whose counting a change to them can flip.
CREATE FUNCTION accord_commitment_with_parts(ids uuid[]) RETURNS uuid[] LANGUAGE sql STABLE AS $$
  WITH RECURSIVE below(id) AS (
    SELECT unnest(ids)
    UNION
    SELECT l.from_id FROM commitment_link l JOIN below b ON l.to_id = b.id WHERE l.kind = 'PART_OF'
  )
  SELECT coalesce(array_agg(id), '{}') FROM below
$$;

-- Recomputes the groups the given commitments are in now.
CREATE FUNCTION accord_commitment_rollup_recompute_commitments(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  -- Waits for a concurrent change of these commitments to commit, so the next statement reads their current group.
  PERFORM FROM commitment WHERE id = ANY(ids) ORDER BY id FOR SHARE;
  PERFORM accord_commitment_rollup_recompute(array_agg(currency), array_agg(committer_id), array_agg(status))
     FROM (SELECT DISTINCT currency, committer_id, status FROM commitment WHERE id = ANY(ids) AND amount IS NOT NULL) k;
END
$$;

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
     AND c.id NOT IN (SELECT accord_commitment_uncounted())
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

-- Commitments written by one statement: the groups they left and the groups they joined, and, when an
-- amount appeared or went, the groups of the parts below it (a whole with an amount hides its parts).
CREATE OR REPLACE FUNCTION accord_commitment_rollup_from_commitment() RETURNS trigger LANGUAGE plpgsql AS $$
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
    PERFORM accord_commitment_rollup_recompute_commitments(accord_commitment_with_parts(array_agg(n.id)))
       FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n.amount IS NULL) <> (o.amount IS NULL)
     HAVING count(*) > 0;
  END IF;
  RETURN NULL;
END
$$;

-- Links written by one statement: both ends of each link that counting reads (not FOLLOWS), and the parts below them.
CREATE OR REPLACE FUNCTION accord_commitment_rollup_from_link() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  touched UUID[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    touched := ARRAY(SELECT unnest(ARRAY[from_id, to_id]) FROM new_rows WHERE kind <> 'FOLLOWS');
  ELSIF TG_OP = 'DELETE' THEN
    touched := ARRAY(SELECT unnest(ARRAY[from_id, to_id]) FROM old_rows WHERE kind <> 'FOLLOWS');
  ELSE
    touched := ARRAY(SELECT unnest(ARRAY[from_id, to_id]) FROM old_rows WHERE kind <> 'FOLLOWS'
                     UNION SELECT unnest(ARRAY[from_id, to_id]) FROM new_rows WHERE kind <> 'FOLLOWS');
  END IF;
  IF cardinality(touched) > 0 THEN
    PERFORM accord_commitment_rollup_recompute_commitments(accord_commitment_with_parts(touched));
  END IF;
  RETURN NULL;
END
$$;

-- Backfill: every group of the existing commitments, under the new rule.
SELECT accord_commitment_rollup_recompute(array_agg(currency), array_agg(committer_id), array_agg(status))
  FROM (SELECT DISTINCT currency, committer_id, status FROM commitment WHERE amount IS NOT NULL) k;
