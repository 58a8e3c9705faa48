-- Accord: totals by stage ("pledged vs delivered") count each promise once, stage kind by stage kind.
-- A stage's amount is left out when its commitment is superseded or restates another (as in
-- accord_commitment_uncounted), and when a whole above it (PART_OF, at any depth) has an amount at a
-- stage of the same kind: a package pledged whole hides its parts' pledges, but the parts' disbursements
-- count while the package records none.
CREATE FUNCTION accord_commitment_stage_uncounted() RETURNS TABLE (commitment_id uuid, kind "CommitmentStageKind")
LANGUAGE sql STABLE AS $$
  WITH RECURSIVE covered(id, kind) AS (
    SELECT l.from_id, s.kind FROM commitment_link l
      JOIN commitment_stage s ON s.commitment_id = l.to_id AND s.amount IS NOT NULL
     WHERE l.kind = 'PART_OF'
    UNION
    SELECT l.from_id, c.kind FROM commitment_link l JOIN covered c ON l.to_id = c.id WHERE l.kind = 'PART_OF'
  )
  SELECT u.id, k.kind
    FROM (SELECT to_id AS id FROM commitment_link WHERE kind = 'SUPERSEDES'
          UNION SELECT from_id FROM commitment_link WHERE kind = 'RESTATES') u
   CROSS JOIN unnest(enum_range(NULL::"CommitmentStageKind")) AS k(kind)
  UNION
  SELECT id, kind FROM covered
$$;

CREATE INDEX "commitment_stage_totals_idx" ON "commitment_stage" ("commitment_id", "kind", "currency") INCLUDE ("amount")
  WHERE "amount" IS NOT NULL;
