-- Accord: a country's engagements and a beneficiary's commitments, newest first, read from an index in
-- that order (a page reads its own rows, not every engagement of the country or commitment of the
-- beneficiary). Each index replaces the one on the key alone, which it covers.

-- DropIndex
DROP INDEX "engagement_country_id_idx";

-- CreateIndex
CREATE INDEX "engagement_country_id_start_date_id_idx" ON "engagement"("country_id", "start_date", "id");

-- DropIndex
DROP INDEX "commitment_beneficiary_id_idx";

-- CreateIndex
CREATE INDEX "commitment_beneficiary_id_made_on_id_idx" ON "commitment"("beneficiary_id", "made_on", "id");
