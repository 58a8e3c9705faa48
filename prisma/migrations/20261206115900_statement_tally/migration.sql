-- Accord: statementCounts over every statement read from counts kept by triggers, as engagementCounts reads
-- engagement_tally and engagement_key_tally: grouping the 200,000 statements of 100,000 engagements by year
-- joined each to its engagement (~0.85 s), by kind or topic scanned them all. statement_tally keeps
-- statements per (year, month or 0, kind) of their engagement's start date, statement_year_tally the same per
-- (year, kind); statement_key_tally per speaker (dim 1) or topic (dim 2; the nil uuid: no topic) and kind,
-- statement_key_total per key. The application never writes them.

CREATE TABLE "statement_tally" (
    "year" INTEGER NOT NULL,
    "month" SMALLINT NOT NULL,
    "kind" "StatementKind" NOT NULL,
    "count" INTEGER NOT NULL,
    "first_key" INTEGER NOT NULL,
    "last_key" INTEGER NOT NULL,

    CONSTRAINT "statement_tally_pkey" PRIMARY KEY ("year","month","kind")
);

CREATE TABLE "statement_year_tally" (
    "year" INTEGER NOT NULL,
    "kind" "StatementKind" NOT NULL,
    "count" INTEGER NOT NULL,
    "first_key" INTEGER NOT NULL,
    "last_key" INTEGER NOT NULL,

    CONSTRAINT "statement_year_tally_pkey" PRIMARY KEY ("year","kind")
);

CREATE TABLE "statement_key_tally" (
    "dim" SMALLINT NOT NULL,
    "key" UUID NOT NULL,
    "kind" "StatementKind" NOT NULL,
    "count" INTEGER NOT NULL,
    "first_key" INTEGER NOT NULL,
    "last_key" INTEGER NOT NULL,

    CONSTRAINT "statement_key_tally_pkey" PRIMARY KEY ("dim","key","kind")
);

CREATE TABLE "statement_key_total" (
    "dim" SMALLINT NOT NULL,
    "key" UUID NOT NULL,
    "count" INTEGER NOT NULL,
    "first_key" INTEGER NOT NULL,
    "last_key" INTEGER NOT NULL,

    CONSTRAINT "statement_key_total_pkey" PRIMARY KEY ("dim","key")
);

-- Statements without topics: the members of the topic dimension's none group (recomputing it reads these).
CREATE TABLE "statement_key_none" (
    "statement_id" UUID NOT NULL,

    CONSTRAINT "statement_key_none_pkey" PRIMARY KEY ("statement_id")
);

ALTER TABLE "statement_key_none" ADD CONSTRAINT "statement_key_none_statement_id_fkey"
  FOREIGN KEY ("statement_id") REFERENCES "statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Sets the none rows of the given statements from their topics (deleted ones have none).
CREATE FUNCTION accord_statement_key_none_refresh(ids UUID[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM statement_key_none WHERE statement_id = ANY(ids);
  INSERT INTO statement_key_none (statement_id)
  SELECT s.id FROM statement s WHERE s.id = ANY(ids)
     AND NOT EXISTS (SELECT FROM statement_topic t WHERE t.statement_id = s.id);
$$;

-- Recomputes the given (year, month, kind) groups from the statements and their engagements (delete their
-- rows, insert fresh counts), then their year rows from the month rows. Writers of one (year, kind) queue on
-- its advisory lock; under READ COMMITTED each statement below then sees what the previous holder committed.
CREATE FUNCTION accord_statement_tally_recompute(years INTEGER[], months SMALLINT[], kinds "StatementKind"[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  bucket integer;
BEGIN
  IF years IS NULL THEN
    RETURN;
  END IF;
  FOR bucket IN
    SELECT DISTINCT hashtext(format('%s %s', k.y, k.kind)) & 1023 FROM unnest(years, kinds) AS k(y, kind) ORDER BY 1
  LOOP
    PERFORM pg_advisory_xact_lock(hashtext('statement_tally'), bucket);
  END LOOP;

  DELETE FROM statement_tally t USING unnest(years, months, kinds) AS k(y, m, kind)
   WHERE t.year = k.y AND t.month = k.m AND t.kind = k.kind;

  -- The date key as the API's dateKeySql: days since 0001-01-01 × 4 + 0/1/2 for YEAR/MONTH/DAY.
  INSERT INTO statement_tally (year, month, kind, count, first_key, last_key)
  SELECT k.y, k.m, k.kind, count(*), min(d.key), max(d.key)
    FROM (SELECT DISTINCT * FROM unnest(years, months, kinds)) AS k(y, m, kind)
    JOIN engagement e ON e.start_date >= make_date(k.y, greatest(k.m, 1), 1)
     AND e.start_date < make_date(k.y, greatest(k.m, 1), 1) + CASE WHEN k.m = 0 THEN interval '1 year' ELSE interval '1 month' END
     AND accord_engagement_tally_month(e.start_date, e.start_precision) = k.m
    JOIN statement s ON s.engagement_id = e.id AND s.kind = k.kind
    CROSS JOIN LATERAL (SELECT (e.start_date - DATE '0001-01-01') * 4
      + CASE e.start_precision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END AS key) d
   GROUP BY k.y, k.m, k.kind;

  DELETE FROM statement_year_tally t USING unnest(years, kinds) AS k(y, kind) WHERE t.year = k.y AND t.kind = k.kind;
  INSERT INTO statement_year_tally (year, kind, count, first_key, last_key)
  SELECT t.year, t.kind, sum(t.count), min(t.first_key), max(t.last_key)
    FROM statement_tally t JOIN (SELECT DISTINCT * FROM unnest(years, kinds)) AS k(y, kind) ON t.year = k.y AND t.kind = k.kind
   GROUP BY t.year, t.kind;
END
$$;

-- Recomputes every kind of the given (dim, key) pairs: speakers (1), topics (2, nil: statements without topics).
CREATE FUNCTION accord_statement_key_recompute(dims SMALLINT[], keys UUID[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  bucket integer;
  nil CONSTANT uuid := '00000000-0000-0000-0000-000000000000';
BEGIN
  IF dims IS NULL THEN
    RETURN;
  END IF;
  FOR bucket IN
    SELECT DISTINCT hashtext(k.d || ' ' || k.k) & 1023 FROM unnest(dims, keys) AS k(d, k) WHERE k.k IS NOT NULL ORDER BY 1
  LOOP
    PERFORM pg_advisory_xact_lock(hashtext('statement_key_tally'), bucket);
  END LOOP;

  DELETE FROM statement_key_tally t USING unnest(dims, keys) AS k(dim, key) WHERE t.dim = k.dim AND t.key = k.key;
  DELETE FROM statement_key_total t USING unnest(dims, keys) AS k(dim, key) WHERE t.dim = k.dim AND t.key = k.key;

  INSERT INTO statement_key_tally (dim, key, kind, count, first_key, last_key)
  WITH touched AS (SELECT DISTINCT d AS dim, k AS key FROM unnest(dims, keys) AS u(d, k) WHERE k IS NOT NULL)
  SELECT m.dim, m.key, s.kind, count(*),
         min((e.start_date - DATE '0001-01-01') * 4 + CASE e.start_precision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END),
         max((e.start_date - DATE '0001-01-01') * 4 + CASE e.start_precision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END)
    FROM (
      SELECT k.dim, k.key, s.id FROM touched k JOIN statement s ON s.speaker_id = k.key WHERE k.dim = 1
      UNION ALL
      SELECT k.dim, k.key, t.statement_id FROM touched k JOIN statement_topic t ON t.topic_id = k.key
       WHERE k.dim = 2 AND k.key <> nil
      UNION ALL
      SELECT k.dim, k.key, n.statement_id FROM touched k CROSS JOIN statement_key_none n WHERE k.dim = 2 AND k.key = nil
    ) m(dim, key, id)
    JOIN statement s ON s.id = m.id
    JOIN engagement e ON e.id = s.engagement_id
   GROUP BY m.dim, m.key, s.kind;

  INSERT INTO statement_key_total (dim, key, count, first_key, last_key)
  SELECT t.dim, t.key, sum(t.count), min(t.first_key), max(t.last_key)
    FROM statement_key_tally t JOIN (SELECT DISTINCT d, k FROM unnest(dims, keys) AS u(d, k)) k(dim, key)
      ON t.dim = k.dim AND t.key = k.key
   GROUP BY t.dim, t.key;
END
$$;

-- Every group the given statements are counted in: their periods and kinds, their speakers and topics (or
-- none), read as the statements and their engagements are now.
CREATE FUNCTION accord_statement_groups_recompute(ids UUID[]) RETURNS void LANGUAGE sql AS $$
  SELECT accord_statement_tally_recompute(array_agg(y), array_agg(m), array_agg(kind))
    FROM (SELECT DISTINCT extract(year FROM e.start_date)::int, accord_engagement_tally_month(e.start_date, e.start_precision), s.kind
            FROM statement s JOIN engagement e ON e.id = s.engagement_id WHERE s.id = ANY(ids)) k(y, m, kind);
  SELECT accord_statement_key_recompute(array_agg(d), array_agg(k))
    FROM (SELECT 1::smallint, s.speaker_id FROM statement s WHERE s.id = ANY(ids)
          UNION SELECT 2::smallint, t.topic_id FROM statement_topic t WHERE t.statement_id = ANY(ids)
          UNION SELECT 2::smallint, '00000000-0000-0000-0000-000000000000'::uuid FROM statement_key_none n
           WHERE n.statement_id = ANY(ids)) x(d, k);
$$;

-- A statement's groups depend on its engagement's start date: writers of statements lock their engagements
-- (FOR SHARE: a concurrent change of the engagement's date waits, or is waited for, so neither recompute
-- misses the other's rows; statements of one engagement do not wait for each other).
CREATE FUNCTION accord_statement_tally_lock(engagement_ids UUID[], statement_ids UUID[]) RETURNS void LANGUAGE sql AS $$
  SELECT FROM engagement WHERE id = ANY(engagement_ids) ORDER BY id FOR SHARE;
  SELECT FROM statement WHERE id = ANY(statement_ids) ORDER BY id FOR SHARE;
$$;

CREATE FUNCTION accord_statement_tally_from_statement() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM accord_statement_tally_lock(array_agg(DISTINCT engagement_id), NULL) FROM new_rows;
    SELECT array_agg(id) INTO ids FROM new_rows;
    PERFORM accord_statement_key_none_refresh(ids);
    PERFORM accord_statement_groups_recompute(ids);
  ELSIF TG_OP = 'DELETE' THEN
    -- The old groups: periods through the engagement when it is still there (an engagement's delete
    -- recomputes its periods itself), speakers, and the none group (topics: statement_topic's cascade).
    PERFORM accord_statement_tally_lock(array_agg(DISTINCT engagement_id), NULL) FROM old_rows;
    PERFORM accord_statement_tally_recompute(array_agg(y), array_agg(m), array_agg(kind))
       FROM (SELECT DISTINCT extract(year FROM e.start_date)::int, accord_engagement_tally_month(e.start_date, e.start_precision), o.kind
               FROM old_rows o JOIN engagement e ON e.id = o.engagement_id) k(y, m, kind);
    PERFORM accord_statement_key_recompute(array_agg(d), array_agg(k))
       FROM (SELECT 1::smallint, speaker_id FROM old_rows
             UNION VALUES (2::smallint, '00000000-0000-0000-0000-000000000000'::uuid)) x(d, k);
  ELSE
    -- Only statements whose counted columns changed: editing a gist leaves the counts alone.
    SELECT array_agg(n.id) INTO ids FROM old_rows o JOIN new_rows n ON n.id = o.id
     WHERE (o.kind, o.speaker_id, o.engagement_id) IS DISTINCT FROM (n.kind, n.speaker_id, n.engagement_id);
    IF ids IS NOT NULL THEN
      PERFORM accord_statement_tally_lock(array_agg(DISTINCT e), NULL)
         FROM (SELECT engagement_id FROM old_rows WHERE id = ANY(ids) UNION SELECT engagement_id FROM new_rows WHERE id = ANY(ids)) u(e);
      PERFORM accord_statement_groups_recompute(ids);
      -- The groups they left.
      PERFORM accord_statement_tally_recompute(array_agg(y), array_agg(m), array_agg(kind))
         FROM (SELECT DISTINCT extract(year FROM e.start_date)::int, accord_engagement_tally_month(e.start_date, e.start_precision), o.kind
                 FROM old_rows o JOIN engagement e ON e.id = o.engagement_id WHERE o.id = ANY(ids)) k(y, m, kind);
      PERFORM accord_statement_key_recompute(array_agg(1::smallint), array_agg(DISTINCT speaker_id))
         FROM old_rows WHERE id = ANY(ids);
    END IF;
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION accord_statement_tally_from_topic() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT statement_id) INTO ids FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT statement_id) INTO ids FROM old_rows;
  ELSE
    SELECT array_agg(DISTINCT statement_id) INTO ids
      FROM (SELECT statement_id FROM old_rows UNION SELECT statement_id FROM new_rows) u;
  END IF;
  PERFORM accord_statement_tally_lock(array_agg(DISTINCT engagement_id), ids) FROM statement WHERE id = ANY(ids);
  PERFORM accord_statement_key_none_refresh(ids);
  IF TG_OP = 'INSERT' THEN
    PERFORM accord_statement_key_recompute(array_agg(d), array_agg(k))
       FROM (SELECT 2::smallint, topic_id FROM new_rows UNION VALUES (2::smallint, '00000000-0000-0000-0000-000000000000'::uuid)) x(d, k);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM accord_statement_key_recompute(array_agg(d), array_agg(k))
       FROM (SELECT 2::smallint, topic_id FROM old_rows UNION VALUES (2::smallint, '00000000-0000-0000-0000-000000000000'::uuid)) x(d, k);
  ELSE
    PERFORM accord_statement_key_recompute(array_agg(d), array_agg(k))
       FROM (SELECT 2::smallint, topic_id FROM old_rows UNION SELECT 2::smallint, topic_id FROM new_rows
             UNION VALUES (2::smallint, '00000000-0000-0000-0000-000000000000'::uuid)) x(d, k);
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION accord_statement_tally_from_engagement() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
  statements uuid[];
BEGIN
  IF TG_OP = 'DELETE' THEN
    -- Its statements went by cascade (their triggers recomputed speakers and topics); their periods are
    -- recomputed here for every kind, the engagement being gone.
    PERFORM accord_statement_tally_recompute(array_agg(k.y), array_agg(k.m), array_agg(kinds.kind))
       FROM (SELECT DISTINCT extract(year FROM start_date)::int, accord_engagement_tally_month(start_date, start_precision)
               FROM old_rows) k(y, m)
       CROSS JOIN unnest(enum_range(NULL::"StatementKind")) kinds(kind);
  ELSE
    -- Only engagements whose start date changed: every group of their statements, the periods they left too.
    SELECT array_agg(n.id) INTO ids FROM old_rows o JOIN new_rows n ON n.id = o.id
     WHERE (o.start_date, o.start_precision) IS DISTINCT FROM (n.start_date, n.start_precision);
    IF ids IS NOT NULL THEN
      SELECT array_agg(id) INTO statements FROM statement WHERE engagement_id = ANY(ids);
      PERFORM accord_statement_groups_recompute(statements);
      PERFORM accord_statement_tally_recompute(array_agg(y), array_agg(m), array_agg(kind))
         FROM (SELECT DISTINCT extract(year FROM o.start_date)::int, accord_engagement_tally_month(o.start_date, o.start_precision), s.kind
                 FROM old_rows o JOIN statement s ON s.engagement_id = o.id WHERE o.id = ANY(ids)) k(y, m, kind);
    END IF;
  END IF;
  RETURN NULL;
END
$$;

-- Rebuilds everything (the backfill, and after a TRUNCATE, which has no transition tables).
CREATE FUNCTION accord_statement_tally_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM statement_key_none;
  INSERT INTO statement_key_none (statement_id)
  SELECT s.id FROM statement s WHERE NOT EXISTS (SELECT FROM statement_topic t WHERE t.statement_id = s.id);
  DELETE FROM statement_tally;
  DELETE FROM statement_year_tally;
  DELETE FROM statement_key_tally;
  DELETE FROM statement_key_total;
  PERFORM accord_statement_tally_recompute(array_agg(y), array_agg(m), array_agg(kind))
     FROM (SELECT DISTINCT extract(year FROM e.start_date)::int, accord_engagement_tally_month(e.start_date, e.start_precision), s.kind
             FROM statement s JOIN engagement e ON e.id = s.engagement_id) k(y, m, kind);
  PERFORM accord_statement_key_recompute(array_agg(d), array_agg(k))
     FROM (SELECT DISTINCT 1::smallint, speaker_id FROM statement
           UNION SELECT DISTINCT 2::smallint, topic_id FROM statement_topic
           UNION VALUES (2::smallint, '00000000-0000-0000-0000-000000000000'::uuid)) x(d, k);
END
$$;

CREATE FUNCTION accord_statement_tally_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM accord_statement_tally_rebuild();
  RETURN NULL;
END
$$;

CREATE TRIGGER statement_tally_insert AFTER INSERT ON "statement"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_statement_tally_from_statement();
CREATE TRIGGER statement_tally_update AFTER UPDATE ON "statement"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_statement_tally_from_statement();
CREATE TRIGGER statement_tally_delete AFTER DELETE ON "statement"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_statement_tally_from_statement();

CREATE TRIGGER statement_tally_insert AFTER INSERT ON "statement_topic"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_statement_tally_from_topic();
CREATE TRIGGER statement_tally_update AFTER UPDATE ON "statement_topic"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_statement_tally_from_topic();
CREATE TRIGGER statement_tally_delete AFTER DELETE ON "statement_topic"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_statement_tally_from_topic();

CREATE TRIGGER statement_tally_update AFTER UPDATE ON "engagement"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_statement_tally_from_engagement();
CREATE TRIGGER statement_tally_delete AFTER DELETE ON "engagement"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_statement_tally_from_engagement();

CREATE TRIGGER statement_tally_truncate AFTER TRUNCATE ON "engagement"
  FOR EACH STATEMENT EXECUTE FUNCTION accord_statement_tally_after_truncate();
CREATE TRIGGER statement_tally_truncate AFTER TRUNCATE ON "statement"
  FOR EACH STATEMENT EXECUTE FUNCTION accord_statement_tally_after_truncate();
CREATE TRIGGER statement_tally_truncate AFTER TRUNCATE ON "statement_topic"
  FOR EACH STATEMENT EXECUTE FUNCTION accord_statement_tally_after_truncate();

SELECT accord_statement_tally_rebuild();

ANALYZE "statement_tally";
ANALYZE "statement_year_tally";
ANALYZE "statement_key_tally";
ANALYZE "statement_key_total";
ANALYZE "statement_key_none";
