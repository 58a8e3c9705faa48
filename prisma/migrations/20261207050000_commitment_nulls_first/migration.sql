-- Accord: the indexes that order commitments keep an undated (or unpriced) commitment first, as the API
-- orders them (nulls are the smallest value: last newest first, first oldest first). A page is then one
-- index walk either way: a committer's or beneficiary's first page and Actor.commitmentsMade/Received
-- (ordered made_on DESC NULLS LAST) read their page's rows instead of every commitment of the actor and
-- a sort. Same names and columns; only the place of nulls changes.

-- DropIndex
DROP INDEX "commitment_committer_id_made_on_id_idx";

-- CreateIndex
CREATE INDEX "commitment_committer_id_made_on_id_idx" ON "commitment"("committer_id", "made_on" NULLS FIRST, "id");

-- DropIndex
DROP INDEX "commitment_beneficiary_id_made_on_id_idx";

-- CreateIndex
CREATE INDEX "commitment_beneficiary_id_made_on_id_idx" ON "commitment"("beneficiary_id", "made_on" NULLS FIRST, "id");

-- DropIndex
DROP INDEX "commitment_made_on_idx";

-- CreateIndex
CREATE INDEX "commitment_made_on_idx" ON "commitment"("made_on" NULLS FIRST);

-- DropIndex
DROP INDEX "commitment_currency_amount_idx";

-- CreateIndex
CREATE INDEX "commitment_currency_amount_idx" ON "commitment"("currency", "amount" NULLS FIRST);
