-- Accord: a publisher's sources in the API's order (newest first, undated as the oldest: sourceSort's
-- expression, then id), so a page of them is an index walk instead of a read and sort of every source
-- of the publisher. An expression index: schema.prisma cannot describe it (as commitment_made_span_idx).

-- CreateIndex
CREATE INDEX "source_publisher_id_published_on_id_idx" ON "source" ("publisher_id", (coalesce("published_on", '-infinity'::date)), "id");
