-- Accord: an engagement's statements are listed by (position, id) (statementsByEngagementSpec, the compiled
-- reads' nested pages and the DataLoaders' windows). The index on (engagement_id, position) left the id
-- tie-break to a sort of every listed engagement's statements; with id in the index a page is its first
-- rows in index order. It replaces the narrower index, which it serves too.
DROP INDEX "statement_engagement_id_position_idx";
CREATE INDEX "statement_engagement_id_position_id_idx" ON "statement"("engagement_id", "position", "id");
