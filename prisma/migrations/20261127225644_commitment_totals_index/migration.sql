-- commitmentTotals reads every commitment with an amount: from this partial covering index alone,
-- already in (currency, committer) order, instead of the whole table (26 ms -> 8 ms at 100,000 engagements).
-- CreateIndex
CREATE INDEX "commitment_totals_idx" ON "commitment"("currency", "committer_id", "beneficiary_id", "status", "kind", "made_on", "amount", "id") WHERE (amount IS NOT NULL);
