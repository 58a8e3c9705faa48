-- Accord: engagementCounts by year (with kind and status, or neither) read counts kept per (year, kind,
-- status): engagement_tally per month made 12,673 rows to sum again for the 740 groups of years by kind at
-- 100,000 engagements (2–3 ms of a 7 ms statement; 1,479 rows here, 0.8–1.2 ms). Kept by the same recompute
-- as engagement_tally, from its rows; the application never writes it.

CREATE TABLE "engagement_year_tally" (
    "year" INTEGER NOT NULL,
    "kind" "EngagementKind" NOT NULL,
    "status" "EngagementStatus" NOT NULL,
    "count" INTEGER NOT NULL,
    "first_key" INTEGER NOT NULL,
    "last_key" INTEGER NOT NULL,

    CONSTRAINT "engagement_year_tally_pkey" PRIMARY KEY ("year","kind","status")
);

-- Recomputes the given month groups, then their year groups from them. The lock now covers a (year, kind,
-- status): two writers of two months of one year would otherwise both rewrite its year row.
CREATE OR REPLACE FUNCTION accord_engagement_tally_recompute(years INTEGER[], months SMALLINT[], kinds "EngagementKind"[], statuses "EngagementStatus"[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  bucket integer;
BEGIN
  IF years IS NULL THEN
    RETURN;
  END IF;
  -- Writers of the same year group queue here; under READ COMMITTED each statement below then takes a new
  -- snapshot that sees what the previous holder committed. 1024 buckets, taken in order: no deadlock.
  FOR bucket IN
    SELECT DISTINCT hashtext(format('%s %s %s', k.y, k.kind, k.status)) & 1023
      FROM unnest(years, kinds, statuses) AS k(y, kind, status) ORDER BY 1
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

  DELETE FROM engagement_year_tally t
   USING unnest(years, kinds, statuses) AS k(y, kind, status)
   WHERE t.year = k.y AND t.kind = k.kind AND t.status = k.status;

  INSERT INTO engagement_year_tally (year, kind, status, count, first_key, last_key)
  SELECT t.year, t.kind, t.status, sum(t.count), min(t.first_key), max(t.last_key)
    FROM (SELECT DISTINCT * FROM unnest(years, kinds, statuses)) AS k(y, kind, status)
    JOIN engagement_tally t ON t.year = k.y AND t.kind = k.kind AND t.status = k.status
   GROUP BY t.year, t.kind, t.status;
END
$$;

-- Backfill from the month groups, kept exact by the triggers from here on.
INSERT INTO engagement_year_tally (year, kind, status, count, first_key, last_key)
SELECT year, kind, status, sum(count), min(first_key), max(last_key) FROM engagement_tally GROUP BY year, kind, status;

ANALYZE "engagement_year_tally";
