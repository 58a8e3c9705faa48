-- Accord: an index for every orderBy field of the large root lists, in the API's order with the id as
-- tie-break, so a page in any order is one index walk. Without them engagements(orderBy: CREATED_AT) and
-- commitments(orderBy: AMOUNT) read and sorted every row (100,000 engagements: ~140 ms a page), and
-- TITLE every engagement matching the filter. The amount's index keeps nulls first, as the others of
-- commitment do (migration 20261207050000): no amount is the smallest.

-- CreateIndex
CREATE INDEX "engagement_title_id_idx" ON "engagement"("title", "id");

-- CreateIndex
CREATE INDEX "engagement_created_at_id_idx" ON "engagement"("created_at", "id");

-- CreateIndex
CREATE INDEX "actor_created_at_id_idx" ON "actor"("created_at", "id");

-- CreateIndex
CREATE INDEX "commitment_amount_id_idx" ON "commitment"("amount" NULLS FIRST, "id");

-- The commitments' orders without an actor end in the id too: after a cursor the page's rows without a
-- value (commitment.page.ts) walk the null end of the same index in id order. Without the id, the rows of
-- a currency without an amount were looked for by walking the primary key: every commitment read when
-- there are none (30 ms a page at 100,000 engagements).

-- DropIndex
DROP INDEX "commitment_currency_amount_idx";

-- CreateIndex
CREATE INDEX "commitment_currency_amount_id_idx" ON "commitment"("currency", "amount" NULLS FIRST, "id");

-- DropIndex
DROP INDEX "commitment_made_on_idx";

-- CreateIndex
CREATE INDEX "commitment_made_on_id_idx" ON "commitment"("made_on" NULLS FIRST, "id");
