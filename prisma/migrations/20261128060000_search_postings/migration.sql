-- Accord: impact-ordered postings for search, so a one-word search reads its best hits from an index
-- instead of ranking every match (which grew with the data: 10x from 10,000 to 300,000 engagements).
-- One row per (lexeme, searchable row), holding the rank that row gets for that lexeme alone; kept
-- exact by the triggers below (never written by the application). docs/search.md explains the read.

-- CreateTable
CREATE TABLE "search_posting" (
    "lexeme" TEXT COLLATE "C" NOT NULL,
    "impact" REAL NOT NULL,
    "type" TEXT NOT NULL,
    "id" UUID NOT NULL
);

-- The tsquery that matches exactly one lexeme, without a parser that could split or change it.
CREATE FUNCTION accord_lexeme_query(lexeme text) RETURNS tsquery LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT ('''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || '''')::tsquery
$$;

-- A row's postings; the impact is ts_rank_cd itself, so a row matching one lexeme of a prefix ranks
-- exactly as its posting says (the search's read relies on that).
CREATE FUNCTION accord_search_postings(kind text, row_id uuid, vector tsvector)
RETURNS TABLE (lexeme text, impact real, type text, id uuid) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT l.lexeme, ts_rank_cd(vector, accord_lexeme_query(l.lexeme), 2), kind, row_id FROM unnest(vector) AS l
$$;

-- Inserts and deletes per statement (a bulk import is one INSERT); TG_ARGV[0] is the search type.
CREATE FUNCTION accord_search_posting_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_posting (lexeme, impact, type, id)
  SELECT p.* FROM new_rows n, accord_search_postings(TG_ARGV[0], n.id, n.search_vector) p
   WHERE n.search_vector IS NOT NULL;
  RETURN NULL;
END
$$;

CREATE FUNCTION accord_search_posting_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Found by their whole key: the impact is recomputed from the old vector, as it was computed.
  DELETE FROM search_posting s
   USING (SELECT p.* FROM old_rows o, accord_search_postings(TG_ARGV[0], o.id, o.search_vector) p
           WHERE o.search_vector IS NOT NULL) d
   WHERE s.lexeme = d.lexeme AND s.impact = d.impact AND s.type = d.type AND s.id = d.id;
  RETURN NULL;
END
$$;

-- Updates per row, and only when the vector changed (most updates touch other columns).
CREATE FUNCTION accord_search_posting_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM search_posting s
   USING accord_search_postings(TG_ARGV[0], OLD.id, OLD.search_vector) d
   WHERE OLD.search_vector IS NOT NULL
     AND s.lexeme = d.lexeme AND s.impact = d.impact AND s.type = d.type AND s.id = d.id;
  INSERT INTO search_posting (lexeme, impact, type, id)
  SELECT p.* FROM accord_search_postings(TG_ARGV[0], NEW.id, NEW.search_vector) p WHERE NEW.search_vector IS NOT NULL;
  RETURN NULL;
END
$$;

CREATE FUNCTION accord_search_posting_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM search_posting WHERE type = TG_ARGV[0];
  RETURN NULL;
END
$$;

-- Each searchable table's four triggers, then the postings of the rows it already holds (the index is
-- built once, after them).
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES ('actor', 'Actor'), ('engagement', 'Engagement'), ('statement', 'Statement'),
                                 ('commitment', 'Commitment')) AS v(tbl, kind) LOOP
    EXECUTE format('CREATE TRIGGER %1$s_search_posting_insert AFTER INSERT ON %1$I REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION accord_search_posting_insert(%2$L)', t.tbl, t.kind);
    EXECUTE format('CREATE TRIGGER %1$s_search_posting_delete AFTER DELETE ON %1$I REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION accord_search_posting_delete(%2$L)', t.tbl, t.kind);
    EXECUTE format('CREATE TRIGGER %1$s_search_posting_update AFTER UPDATE ON %1$I FOR EACH ROW
      WHEN (OLD.search_vector IS DISTINCT FROM NEW.search_vector OR OLD.id <> NEW.id)
      EXECUTE FUNCTION accord_search_posting_update(%2$L)', t.tbl, t.kind);
    EXECUTE format('CREATE TRIGGER %1$s_search_posting_truncate AFTER TRUNCATE ON %1$I
      FOR EACH STATEMENT EXECUTE FUNCTION accord_search_posting_truncate(%2$L)', t.tbl, t.kind);
    EXECUTE format('INSERT INTO search_posting (lexeme, impact, type, id)
      SELECT p.* FROM %1$I x, accord_search_postings(%2$L, x.id, x.search_vector) p WHERE x.search_vector IS NOT NULL',
      t.tbl, t.kind);
  END LOOP;
END
$$;

-- CreateIndex: a lexeme's postings best first, in the search's own order (rank, then type, then id).
CREATE UNIQUE INDEX "search_posting_lexeme_impact_type_id_key" ON "search_posting"("lexeme", "impact" DESC, "type", "id");
