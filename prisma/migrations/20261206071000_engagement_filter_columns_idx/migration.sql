-- Accord: the engagement columns that filters and groupings read (kind, status, start date and precision,
-- span end, country, parent) beside the id, so a set of engagements found elsewhere (an actor's
-- participations, a topic's engagements) is filtered by index-only probes instead of heap reads. A state's
-- counterparts filtered by kind (~2,940 engagements, 278 matching) took 77 ms in that step reading 2,852
-- heap pages that shared buffers did not hold; 7–15 ms with this index, which the planner picks by itself
-- (statement 235 → 66–90 ms at load 8). Every column here is indexed already, so no update loses HOT.
CREATE INDEX "engagement_filter_columns_idx" ON "engagement" ("id") INCLUDE ("kind", "status", "start_date", "start_precision", "span_end", "country_id", "parent_id");
