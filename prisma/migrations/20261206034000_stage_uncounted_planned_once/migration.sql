-- Accord: the stages totals leave out (accord_commitment_stage_uncounted), behind a PL/pgSQL wrapper.
-- PostgreSQL inlines the SQL function into every totals statement and plans its recursive query each
-- time (1.5 ms of a 3.6 ms statement for one committer's totals by stage); PL/pgSQL plans it once per
-- connection and hands the outer statement a function scan to anti-join. ROWS: a few per link.
CREATE FUNCTION accord_commitment_stage_uncounted_planned() RETURNS TABLE (commitment_id uuid, kind "CommitmentStageKind")
LANGUAGE plpgsql STABLE ROWS 100 AS $$
BEGIN
  RETURN QUERY SELECT u.commitment_id, u.kind FROM accord_commitment_stage_uncounted() u;
END
$$;
