-- Accord: engagementCounts by period, kind and status (the time series) read from counts kept per
-- (year, month, kind, status) instead of grouping every engagement. Triggers keep them exact for every
-- writer (API, importer, seed, raw SQL); the application never writes them. Month 0: only the year is
-- known (YEAR precision), the month-unknown bucket of engagementCounts.

-- CreateTable
CREATE TABLE "engagement_tally" (
    "year" INTEGER NOT NULL,
    "month" SMALLINT NOT NULL,
    "kind" "EngagementKind" NOT NULL,
    "status" "EngagementStatus" NOT NULL,
    "count" INTEGER NOT NULL,
    "first_key" INTEGER NOT NULL,
    "last_key" INTEGER NOT NULL,

    CONSTRAINT "engagement_tally_pkey" PRIMARY KEY ("year","month","kind","status")
);

-- The group of a start date: its year, and its month unless only the year is known.
CREATE FUNCTION accord_engagement_tally_month(start_date DATE, start_precision "DatePrecision") RETURNS SMALLINT
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN start_precision = 'YEAR' THEN 0 ELSE extract(month FROM start_date)::smallint END
$$;

-- Recomputes the given groups from the engagement table (delete their rows, insert fresh counts), as
-- accord_commitment_rollup_recompute does: independent of the order cascades and triggers fire in.
CREATE FUNCTION accord_engagement_tally_recompute(years INTEGER[], months SMALLINT[], kinds "EngagementKind"[], statuses "EngagementStatus"[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  bucket integer;
BEGIN
  IF years IS NULL THEN
    RETURN;
  END IF;
  -- Writers of the same group queue here; under READ COMMITTED each statement below then takes a new
  -- snapshot that sees what the previous holder committed. 1024 buckets, taken in order: no deadlock.
  FOR bucket IN
    SELECT DISTINCT hashtext(format('%s %s %s %s', k.y, k.m, k.kind, k.status)) & 1023
      FROM unnest(years, months, kinds, statuses) AS k(y, m, kind, status) ORDER BY 1
  LOOP
    PERFORM pg_advisory_xact_lock(hashtext('engagement_tally'), bucket);
  END LOOP;

  DELETE FROM engagement_tally t
   USING unnest(years, months, kinds, statuses) AS k(y, m, kind, status)
   WHERE t.year = k.y AND t.month = k.m AND t.kind = k.kind AND t.status = k.status;

  -- The same sortable date key as the API's dateKeySql: days since 0001-01-01 × 4 + 0/1/2 for YEAR/MONTH/DAY.
  INSERT INTO engagement_tally (year, month, kind, status, count, first_key, last_key)
  SELECT k.y, k.m, k.kind, k.status, count(*), min(d.key), max(d.key)
    FROM (SELECT DISTINCT * FROM unnest(years, months, kinds, statuses)) AS k(y, m, kind, status)
    JOIN engagement e ON e.kind = k.kind AND e.status = k.status
     AND e.start_date >= make_date(k.y, greatest(k.m, 1), 1)
     AND e.start_date < make_date(k.y, greatest(k.m, 1), 1) + CASE WHEN k.m = 0 THEN interval '1 year' ELSE interval '1 month' END
     AND accord_engagement_tally_month(e.start_date, e.start_precision) = k.m
    CROSS JOIN LATERAL (SELECT (e.start_date - DATE '0001-01-01') * 4
      + CASE e.start_precision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END AS key) d
   GROUP BY k.y, k.m, k.kind, k.status;
END
$$;

-- Engagements written by one statement: the groups they left and the groups they joined.
CREATE FUNCTION accord_engagement_tally_from_engagement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM accord_engagement_tally_recompute(array_agg(y), array_agg(m), array_agg(kind), array_agg(status))
       FROM (SELECT DISTINCT extract(year FROM start_date)::int AS y, accord_engagement_tally_month(start_date, start_precision) AS m,
               kind, status FROM new_rows) k;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM accord_engagement_tally_recompute(array_agg(y), array_agg(m), array_agg(kind), array_agg(status))
       FROM (SELECT DISTINCT extract(year FROM start_date)::int AS y, accord_engagement_tally_month(start_date, start_precision) AS m,
               kind, status FROM old_rows) k;
  ELSE
    -- Only rows whose group keys changed: editing a title leaves the counts alone.
    PERFORM accord_engagement_tally_recompute(array_agg(y), array_agg(m), array_agg(kind), array_agg(status))
       FROM (SELECT extract(year FROM r.start_date)::int AS y, accord_engagement_tally_month(r.start_date, r.start_precision) AS m,
                    r.kind, r.status
               FROM (SELECT o.* FROM old_rows o JOIN new_rows n ON n.id = o.id
                      WHERE (o.start_date, o.start_precision, o.kind, o.status) IS DISTINCT FROM (n.start_date, n.start_precision, n.kind, n.status)
                     UNION ALL
                     SELECT n.* FROM old_rows o JOIN new_rows n ON n.id = o.id
                      WHERE (o.start_date, o.start_precision, o.kind, o.status) IS DISTINCT FROM (n.start_date, n.start_precision, n.kind, n.status)) r
             GROUP BY 1, 2, 3, 4) k;
  END IF;
  RETURN NULL;
END
$$;

-- TRUNCATE has no transition tables: recompute every group there is, or was.
CREATE FUNCTION accord_engagement_tally_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM accord_engagement_tally_recompute(array_agg(y), array_agg(m), array_agg(kind), array_agg(status))
     FROM (SELECT year AS y, month AS m, kind, status FROM engagement_tally) k;
  RETURN NULL;
END
$$;

CREATE TRIGGER engagement_tally_insert AFTER INSERT ON "engagement"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_engagement_tally_from_engagement();
CREATE TRIGGER engagement_tally_update AFTER UPDATE ON "engagement"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_engagement_tally_from_engagement();
CREATE TRIGGER engagement_tally_delete AFTER DELETE ON "engagement"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_engagement_tally_from_engagement();
CREATE TRIGGER engagement_tally_truncate AFTER TRUNCATE ON "engagement"
  FOR EACH STATEMENT EXECUTE FUNCTION accord_engagement_tally_after_truncate();

-- Backfill: every group of the existing engagements, through the same recompute the triggers use.
SELECT accord_engagement_tally_recompute(array_agg(y), array_agg(m), array_agg(kind), array_agg(status))
  FROM (SELECT DISTINCT extract(year FROM start_date)::int AS y, accord_engagement_tally_month(start_date, start_precision) AS m,
          kind, status FROM engagement) k;

ANALYZE "engagement_tally";
