-- Accord: engagementCounts by month or quarter without kind or status (bench A3, A5) read counts kept per
-- (year, month or 0 when unknown) of every kind and status: the month groups of engagement_tally made 12,673
-- rows to sum for 888 groups at 100,000 engagements. Kept from engagement_tally by triggers on it (its
-- recompute deletes and inserts the groups it rewrites); the application never writes it.

CREATE TABLE "engagement_month_total" (
    "year" INTEGER NOT NULL,
    "month" SMALLINT NOT NULL,
    "count" INTEGER NOT NULL,
    "first_key" INTEGER NOT NULL,
    "last_key" INTEGER NOT NULL,

    CONSTRAINT "engagement_month_total_pkey" PRIMARY KEY ("year","month")
);

-- Advisory locks on the buckets (1024 a space) of the given keys, taken in order: writers of one key queue
-- there, and two writers of several keys never wait for each other in a circle.
CREATE FUNCTION accord_lock_key_buckets(space TEXT, keys TEXT[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- PERFORM runs the query to its end: every bucket is locked, in the subquery's order.
  PERFORM pg_advisory_xact_lock(hashtext(space), b)
     FROM (SELECT DISTINCT hashtext(k) & 1023 AS b FROM unnest(keys) AS k ORDER BY 1) buckets;
END
$$;

-- Recomputes the month totals of the given (year, month) pairs from engagement_tally, under a lock per
-- (year, month) taken after the recompute's group locks (writers of two kinds of one month would otherwise
-- both rewrite its total); under READ COMMITTED the statements then see what the previous holder committed.
CREATE FUNCTION accord_engagement_month_total_recompute(years INTEGER[], months SMALLINT[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF years IS NULL THEN
    RETURN;
  END IF;
  PERFORM accord_lock_key_buckets('engagement_month_total', array_agg(format('%s %s', y, m)))
     FROM unnest(years, months) AS k(y, m);
  DELETE FROM engagement_month_total t USING unnest(years, months) AS k(y, m) WHERE t.year = k.y AND t.month = k.m;
  INSERT INTO engagement_month_total (year, month, count, first_key, last_key)
  SELECT t.year, t.month, sum(t.count), min(t.first_key), max(t.last_key)
    FROM (SELECT DISTINCT * FROM unnest(years, months)) AS k(y, m)
    JOIN engagement_tally t ON t.year = k.y AND t.month = k.m
   GROUP BY t.year, t.month;
END
$$;

CREATE FUNCTION accord_engagement_month_total_from_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM accord_engagement_month_total_recompute(array_agg(year), array_agg(month)) FROM old_rows;
  ELSE
    PERFORM accord_engagement_month_total_recompute(array_agg(year), array_agg(month)) FROM new_rows;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER engagement_month_total_insert AFTER INSERT ON "engagement_tally"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_engagement_month_total_from_tally();
CREATE TRIGGER engagement_month_total_delete AFTER DELETE ON "engagement_tally"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_engagement_month_total_from_tally();

-- Backfill from the month groups, kept exact by the triggers from here on.
INSERT INTO engagement_month_total (year, month, count, first_key, last_key)
SELECT year, month, sum(count), min(first_key), max(last_key) FROM engagement_tally GROUP BY year, month;

ANALYZE "engagement_month_total";
