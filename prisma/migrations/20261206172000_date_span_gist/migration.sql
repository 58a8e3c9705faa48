-- Accord: every date filter also asks its span as one range (`daterange(first, last, '[]') && $range`, `<@` for
-- WITHIN; apps/api/src/dates/date-range.sql.ts), and these GiST indexes hold those ranges. A btree on the first
-- day serves one side of a range only: engagementCounts of one year (100,000 engagements, generic plans, psql,
-- load 10–14) by kind 10.9 -> 4.3 ms, by country 196 -> 4.1, by topic 57 -> 14, by represented actor 138 -> 45.
-- daterange refuses a last day before the first; writes already refuse such dates, and this says so in the table.
ALTER TABLE "engagement" ADD CONSTRAINT "engagement_span_ordered" CHECK ("span_end" >= "start_date");
CREATE INDEX "engagement_span_idx" ON "engagement" USING gist (daterange("start_date", "span_end", '[]'));
CREATE INDEX "commitment_made_span_idx" ON "commitment"
  USING gist (daterange("made_on", accord_partial_date_last("made_on", "made_on_precision"), '[]'));
