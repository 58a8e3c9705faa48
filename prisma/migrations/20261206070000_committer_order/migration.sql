-- Accord: a committer's commitments, newest first, read from an index in that order: a page of 20 read
-- 21 index entries instead of every commitment of the committer (207 rows fetched and sorted for a
-- state at 100,000 engagements). The index on (committer_id, beneficiary_id) stays for filters on both.

-- CreateIndex
CREATE INDEX "commitment_committer_id_made_on_id_idx" ON "commitment"("committer_id", "made_on", "id");
