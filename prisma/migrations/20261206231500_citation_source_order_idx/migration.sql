-- Accord: a source's citations are listed in text order (start_offset NULLS LAST, id: citationsBySourceSpec,
-- the compiled reads' nested pages and the DataLoaders' windows). The index on source_id alone left every
-- page to read all of the source's citations and sort them; in (source_id, start_offset, id) order, whose
-- ascending default puts NULLs last, a page is the source's first index rows. It replaces the narrower index.
DROP INDEX "citation_source_id_idx";
CREATE INDEX "citation_source_id_start_offset_id_idx" ON "citation"("source_id", "start_offset", "id");
